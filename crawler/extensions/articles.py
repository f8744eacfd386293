"""Figures over the exported articles: field coverage, publication latency, publication day and hour.

Stats it keeps (read by the monitors and the run report):
- `articles/site/<site>`: articles exported per site (their `site`, else the spider's name);
- `coverage/items`: articles exported; `coverage/<field>`: how many of them have a value in
  `<field>` — `None`, `""`, `[]` and `{}` count as missing (spidermon's own coverage counts None
  as covered);
- `latency/count`, `latency/p50_seconds`, `latency/p95_seconds`, `latency/max_seconds`: publication
  latency `discovered_at - published_at` of the articles exported for the first time (version 1)
  that state a publication time; percentiles by nearest rank (always an observed value).
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from datetime import datetime

from scrapy import signals

from crawler.items import as_dict
from crawler.schema import FIELD_NAMES

_COVERAGE_KEYS = {name: f"coverage/{name}" for name in FIELD_NAMES}


def has_value(value) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def percentile(sorted_values: list[float], share: float) -> float:
    """Nearest-rank percentile of an ascending, non-empty list (`share` in 0..1)."""
    rank = max(1, math.ceil(share * len(sorted_values)))
    return sorted_values[rank - 1]


class ArticleStats:
    def __init__(self, stats):
        self.stats = stats
        self.latencies = array("d")  # seconds, 8 bytes an article (a list of floats is ~32)
        self.per_day: Counter[str] = Counter()  # publication day (WIB) -> articles exported
        self.per_hour: Counter[int] = Counter()  # publication hour of day (WIB) -> articles exported

    @classmethod
    def from_crawler(cls, crawler):
        extension = cls(crawler.stats)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item, response, spider):
        article = as_dict(item)
        inc_value = self.stats.inc_value
        inc_value(f"articles/site/{article.get('site') or spider.name}")
        inc_value("coverage/items")
        for name, key in _COVERAGE_KEYS.items():
            if has_value(article.get(name)):
                inc_value(key)
        if not article.get("published_at"):
            return
        published = datetime.fromisoformat(article["published_at"])
        self.per_day[published.date().isoformat()] += 1
        self.per_hour[published.hour] += 1
        if article.get("version") == 1 and article.get("discovered_at"):
            discovered = datetime.fromisoformat(article["discovered_at"])
            self.latencies.append((discovered - published).total_seconds())

    def spider_closed(self, spider):
        if not self.latencies:
            return
        ordered = sorted(self.latencies)
        self.stats.set_value("latency/count", len(ordered))
        self.stats.set_value("latency/p50_seconds", round(percentile(ordered, 0.50)))
        self.stats.set_value("latency/p95_seconds", round(percentile(ordered, 0.95)))
        self.stats.set_value("latency/max_seconds", round(ordered[-1]))

    def coverage(self) -> dict[str, float]:
        """Share of exported articles with a value, per field (empty when nothing was exported)."""
        items = self.stats.get_value("coverage/items", 0)
        if not items:
            return {}
        return {name: self.stats.get_value(f"coverage/{name}", 0) / items for name in FIELD_NAMES}
