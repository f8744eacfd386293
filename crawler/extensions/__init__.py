"""Scrapy extensions for scheduled runs: crawl progress, article figures, webhooks, the run report.

Enabled in `crawler/settings.py` (`EXTENSIONS`); their order there is the order in which they
see `spider_closed`: figures first, then the monitors (spidermon), then the report.
"""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def find_extension(crawler, kind: type[T]) -> T | None:
    """The enabled extension of class `kind`, or None when it is not enabled."""
    for extension in crawler.extensions.middlewares:
        if isinstance(extension, kind):
            return extension
    return None
