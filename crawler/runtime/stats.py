"""The crawl's stats collector: Scrapy's MemoryStatsCollector, minus a per-access shim.

Scrapy 2.19's StatsCollector routes every attribute access through a Python-level
`__getattribute__` (it wraps the stats methods to warn about their old `spider`
argument), including the `self._stats` lookups inside each method: every
`inc_value` costs several exception-raising lookups. A crawl makes ~30 stat calls
per page (downloader, scheduler, coverage, extraction strategies), so the shim was
~3% of the crawl thread. Plain attribute access keeps the behaviour and the API;
a `spider` argument is accepted and ignored, as Scrapy's methods do.
"""

from __future__ import annotations

from scrapy.statscollectors import MemoryStatsCollector


class StatsCollector(MemoryStatsCollector):
    __getattribute__ = object.__getattribute__
