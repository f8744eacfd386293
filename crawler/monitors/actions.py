"""What failing monitors do: count themselves in the stats, alert a webhook, close a stalled crawl."""

from __future__ import annotations

import logging

from scrapy.utils.defer import deferred_from_coro
from spidermon.core.actions import Action

from crawler.extensions.webhook import sender_from_settings

logger = logging.getLogger(__name__)

# Stats copied into an alert: enough to judge a run without its log.
ALERT_STATS = ("finish_reason", "response_received_count", "item_scraped_count", "dedup/new", "dedup/update",
               "validate/dropped", "log_count/ERROR", "jsonl/path")


def failures(result) -> list[dict]:
    return [{"monitor": failed.monitor.monitor_description or failed.monitor.monitor_name,
             "reason": failed.reason}
            for failed in result.monitors_failed_results]


class CountFailedMonitors(Action):
    """Adds the number of failed monitors to the `monitors/failed` stat: `scrapy crawl` then exits 3."""

    def run_action(self):
        failed = failures(self.result)
        self.data.crawler.stats.inc_value("monitors/failed", len(failed))
        for failure in failed:
            logger.error("monitor failed: %s: %s", failure["monitor"], failure["reason"])


class PostAlert(Action):
    """POSTs the failures and a few stats to `ALERT_WEBHOOK_URL` (when set), retried like article webhooks."""

    def run_action(self):
        settings = self.data.crawler.settings
        url = settings.get("ALERT_WEBHOOK_URL")
        if not url:
            return
        stats = self.data.stats
        spider = self.data.spider
        sender = sender_from_settings(settings, url)
        sender.send({"spider": spider.name, "run": getattr(spider, "run_label", spider.name),
                     "mode": getattr(spider, "mode", None), "failed": failures(self.result),
                     "stats": {key: stats.get(key) for key in ALERT_STATS}})
        undelivered = sender.close(settings.getfloat("WEBHOOK_FLUSH_TIMEOUT", 30.0))
        self.data.crawler.stats.set_value("alert/sent", sender.sent)
        if sender.failed or undelivered:
            logger.warning("the alert could not be delivered to %s", url)


class CloseStalledCrawl(Action):
    """Closes the spider with the reason `stalled`."""

    def run_action(self):
        crawler = self.data.crawler
        crawler.stats.set_value("stall/detected", True)
        logger.error("crawl stalled: %s", "; ".join(f["reason"] for f in failures(self.result)))
        deferred_from_coro(crawler.engine.close_spider_async(reason="stalled"))
