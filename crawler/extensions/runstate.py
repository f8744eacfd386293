"""The run's hold on its state, as a component: the run lock and the state store.

Extensions are built after the spider and before the engine, so the lock and the state are
open before any pipeline opens or any request leaves. The state is handed out on the
crawler (`crawler.run_state`, a `crawler.runtime.runstate.RunState`); it is None in a run
that did not get its lock, which closes as `lock_held` without writing anything.
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import CloseSpider

from crawler.runtime import distributed
from crawler.runtime.frontier import remove_abandoned_folders
from crawler.runtime.lock import LockHeld
from crawler.runtime.runstate import RunState

logger = logging.getLogger(__name__)


class RunStateOpener:
    def __init__(self, crawler, run_state: RunState | None, refusal: str | None = None):
        self.crawler = crawler
        self.run_state = run_state
        self.refusal = refusal  # why the lock was not ours

    @classmethod
    def from_crawler(cls, crawler) -> RunStateOpener:
        spider = crawler.spider
        labels = (distributed.slot_labels(spider.run_label) if distributed.enabled(crawler.settings)
                  else [spider.run_label])
        try:
            run_state = RunState.open_first_free(crawler.settings, spider.name, labels)
        except LockHeld as held:
            extension = cls(crawler, None, str(held))
        else:
            if run_state.label != spider.run_label:
                logger.info("crawl %s: this worker's run label is %s", spider.run_label, run_state.label)
            spider.run_label = run_state.label
            extension = cls(crawler, run_state)
        crawler.run_state = extension.run_state
        if extension.run_state is not None:
            for label in remove_abandoned_folders(crawler):
                logger.info("removed the frontier folder a killed run of %s left", label)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider) -> None:
        if self.run_state is None:
            logger.error("not crawling: %s", self.refusal)
            raise CloseSpider("lock_held")
        self.run_state.record_stats(self.crawler.stats)

    def spider_closed(self, spider) -> None:
        if self.run_state is not None:
            self.run_state.close()
