"""Crawl progress: a progress line every `PROGRESS_INTERVAL` seconds (10; 0: none), and, for the
stall monitor, when the last response arrived and whether work is pending.

The line: pages fetched, articles exported, requests queued (the scheduler's size), the rate of
pages over the last interval, and an ETA when the queue is known, the rate is not zero and the queue
did not grow over the interval (the ETA is the time to empty today's queue, not a promise). While
discovery is still filling the queue (a backfill queues its sitemaps' links before it fetches their
pages) the line says `queue growing` instead: an ETA from that minute's rate read hours.
The first line comes after one interval, so a short run prints none; the end summary is
Scrapy's stats dump and the run report.
"""

from __future__ import annotations

import logging
import time

from scrapy import signals
from twisted.internet import task

logger = logging.getLogger(__name__)


def format_duration(seconds: float) -> str:
    """`45 s`, `3 min 20 s`, `2 h 05 min`."""
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds} s"
    if seconds < 3600:
        return f"{seconds // 60} min {seconds % 60:02d} s"
    return f"{seconds // 3600} h {seconds % 3600 // 60:02d} min"


def progress_line(fetched: int, exported: int, queued: int | None, rate: float, growing: bool = False) -> str:
    """The progress line: `rate` is pages per second; `queued` None when the scheduler cannot tell; `growing`
    when the queue grew over the interval."""
    parts = [f"{fetched} pages fetched", f"{exported} articles exported",
             "queue size unknown" if queued is None else f"{queued} queued", f"{rate:.1f} pages/s"]
    if queued and growing:
        parts.append("queue growing")
    elif queued and rate > 0:
        parts.append(f"ETA {format_duration(queued / rate)}")
    return "progress: " + ", ".join(parts)


class ProgressWatch:
    def __init__(self, crawler):
        self.crawler = crawler
        self.last_progress = time.monotonic()
        self.interval = crawler.settings.getfloat("PROGRESS_INTERVAL", 10)
        self._reporter: task.LoopingCall | None = None
        # When the last line was written, and the pages fetched and requests queued then.
        self._last_report: tuple[float, int, int | None] = (time.monotonic(), 0, 0)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.response_received, signal=signals.response_received)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        self.last_progress = time.monotonic()
        self._last_report = (self.last_progress, 0, 0)  # the queue starts empty
        if self.interval > 0:
            self._reporter = task.LoopingCall(self.report)
            self._reporter.start(self.interval, now=False)

    def spider_closed(self, spider):
        if self._reporter is not None and self._reporter.running:
            self._reporter.stop()

    def response_received(self, response, request, spider):
        self.last_progress = time.monotonic()

    def report(self) -> None:
        stats = self.crawler.stats
        fetched = stats.get_value("response_received_count", 0)
        now = time.monotonic()
        since, fetched_then, queued_then = self._last_report
        queued = self.queued()
        self._last_report = (now, fetched, queued)
        rate = (fetched - fetched_then) / (now - since) if now > since else 0.0
        growing = queued is not None and queued_then is not None and queued > queued_then
        logger.info(progress_line(fetched, stats.get_value("item_scraped_count", 0), queued, rate, growing))

    def queued(self) -> int | None:
        """Requests waiting in the scheduler, or None when it cannot say (no open spider, a scheduler without size)."""
        engine = self.crawler.engine
        try:
            return len(engine._slot.scheduler)
        except (AttributeError, TypeError):
            return None

    def seconds_without_response(self) -> float:
        """Seconds since the last response (or since the spider opened, before the first one)."""
        return time.monotonic() - self.last_progress

    def has_pending_requests(self) -> bool:
        engine = self.crawler.engine
        try:
            return not engine.spider_is_idle()
        except RuntimeError:  # the engine has no open spider: nothing can be pending
            return False
