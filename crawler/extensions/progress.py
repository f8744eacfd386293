"""Crawl progress for the stall monitor: when the last response arrived, and whether work is pending."""

from __future__ import annotations

import time

from scrapy import signals


class ProgressWatch:
    def __init__(self, crawler):
        self.crawler = crawler
        self.last_progress = time.monotonic()
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.last_progress = time.monotonic()

    def response_received(self, response, request, spider):
        self.last_progress = time.monotonic()

    def seconds_without_response(self) -> float:
        """Seconds since the last response (or since the spider opened, before the first one)."""
        return time.monotonic() - self.last_progress

    def has_pending_requests(self) -> bool:
        engine = self.crawler.engine
        try:
            return not engine.spider_is_idle()
        except RuntimeError:  # the engine has no open spider: nothing can be pending
            return False
