"""The extension that runs the monitor suites: at spider open and close, at engine stop, and periodically.

It reads spidermon's settings (`SPIDERMON_ENABLED`, `SPIDERMON_SPIDER_OPEN_MONITORS`,
`SPIDERMON_SPIDER_CLOSE_MONITORS`, `SPIDERMON_ENGINE_STOP_MONITORS`, `SPIDERMON_PERIODIC_MONITORS`)
and runs each suite with spidermon's runner, as spidermon's own extension does, without importing
what only that extension's other features use: its expression monitors load jsonschema, and the
whole costs ~0.1-0.2 s at every start, paid by every scheduled poll. The suites load when they
first run. A run that asks for those other features (expression monitors, field coverage), or
runs on Scrapy Cloud (its job is handed to monitors), gets spidermon's own extension.
"""

from __future__ import annotations

import os

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object
from twisted.internet.task import LoopingCall

# Settings that only spidermon's own extension understands.
SPIDERMON_EXTENSION_ONLY = ("SPIDERMON_SPIDER_OPEN_EXPRESSION_MONITORS", "SPIDERMON_SPIDER_CLOSE_EXPRESSION_MONITORS",
                            "SPIDERMON_ENGINE_STOP_EXPRESSION_MONITORS", "SPIDERMON_ADD_FIELD_COVERAGE")


class MonitorSuites:
    def __init__(self, crawler, open_suites: list[str], close_suites: list[str], engine_stop_suites: list[str],
                 periodic_suites: dict[str, float]):
        self.crawler = crawler
        self.open_suites = open_suites
        self.close_suites = close_suites
        self.engine_stop_suites = engine_stop_suites
        self.periodic_suites = periodic_suites  # suite path -> seconds between runs
        self.periodic_tasks: list[LoopingCall] = []

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        if not settings.getbool("SPIDERMON_ENABLED"):
            raise NotConfigured
        if "SHUB_JOBKEY" in os.environ or any(settings.get(name) for name in SPIDERMON_EXTENSION_ONLY):
            from spidermon.contrib.scrapy.extensions import Spidermon

            return Spidermon.from_crawler(crawler)
        extension = cls(crawler, settings.getlist("SPIDERMON_SPIDER_OPEN_MONITORS"),
                        settings.getlist("SPIDERMON_SPIDER_CLOSE_MONITORS"),
                        settings.getlist("SPIDERMON_ENGINE_STOP_MONITORS"),
                        settings.getdict("SPIDERMON_PERIODIC_MONITORS"))
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(extension.engine_stopped, signal=signals.engine_stopped)
        return extension

    def spider_opened(self, spider) -> None:
        self.run_suites(spider, self.open_suites)
        for suite, seconds in self.periodic_suites.items():
            task = LoopingCall(self.run_suites, spider, [suite])
            self.periodic_tasks.append(task)
            task.start(float(seconds), now=False)

    def spider_closed(self, spider) -> None:
        for task in self.periodic_tasks:
            if task.running:
                task.stop()
        self.run_suites(spider, self.close_suites)

    def engine_stopped(self) -> None:
        self.run_suites(self.crawler.spider, self.engine_stop_suites)

    def run_suites(self, spider, suites: list[str]) -> None:
        if not suites:
            return
        from spidermon.core.suites import MonitorSuite

        from crawler.monitors.runner import Runner

        # The data spidermon's extension gives monitors (`job` is Scrapy Cloud's, handled there).
        data = {"stats": self.crawler.stats.get_stats(), "stats_history": getattr(spider, "stats_history", []),
                "crawler": self.crawler, "spider": spider,
                "sc_spider_name": os.getenv("SHUB_VIRTUAL_SPIDER") or spider.name, "job": None}
        for path in suites:
            suite_class = load_object(path)
            if not (isinstance(suite_class, type) and issubclass(suite_class, MonitorSuite)):
                raise TypeError(f"{path} is not a spidermon MonitorSuite")
            Runner(spider=spider).run(suite_class(crawler=self.crawler), **data)
