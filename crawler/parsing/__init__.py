"""Pure parsing: text and HTML in, values out.

Nothing here imports Scrapy or does I/O; every function is total (bad input gives
None or an empty value, never an exception) and fast.

The public names load with their module on first use (PEP 562): a scheduled poll that reads a
feed and a listing imports `crawler.parsing.feeds` and `.listing`, not the article parsers,
whose regular expressions take ~0.15 s to compile.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

# Public name -> the module of this package that defines it.
_EXPORTS = {
    "WIB": "dates",
    "Dateline": "dateline",
    "canonicalize_url": "urls",
    "find_body_dates": "dates",
    "merge_article_pages": "article",
    "page_links": "article",
    "parse_article": "article",
    "parse_date": "dates",
    "parse_dateline": "dateline",
}
__all__ = ["WIB", "Dateline", "canonicalize_url", "find_body_dates", "merge_article_pages", "page_links",
           "parse_article", "parse_date", "parse_dateline"]

if TYPE_CHECKING:
    from crawler.parsing.article import merge_article_pages, page_links, parse_article
    from crawler.parsing.dateline import Dateline, parse_dateline
    from crawler.parsing.dates import WIB, find_body_dates, parse_date
    from crawler.parsing.urls import canonicalize_url


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
