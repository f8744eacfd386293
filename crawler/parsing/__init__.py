"""Pure parsing: text and HTML in, values out.

Nothing here imports Scrapy or does I/O; every function is total (bad input gives
None or an empty value, never an exception) and fast.
"""

from crawler.parsing.article import merge_article_pages, page_links, parse_article
from crawler.parsing.dateline import Dateline, parse_dateline
from crawler.parsing.dates import WIB, find_body_dates, parse_date
from crawler.parsing.urls import canonicalize_url

__all__ = [
    "WIB",
    "Dateline",
    "canonicalize_url",
    "find_body_dates",
    "merge_article_pages",
    "page_links",
    "parse_article",
    "parse_date",
    "parse_dateline",
]
