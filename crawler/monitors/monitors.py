"""The monitors. Each reads the crawl's stats and a threshold setting (`-s NAME=VALUE` overrides it).

| monitor | passes when | setting (default) |
|---|---|---|
| finish reason | `finish_reason` is expected | `MONITOR_FINISH_REASONS` (`["finished"]`) |
| articles found | new + updated + unchanged + known articles >= the mode's minimum | `MONITOR_MIN_ARTICLES` (`{"full": 1, "backfill": 0, "monitor": 0}`, or one number for every mode) |
| errors | `log_count/ERROR` <= the maximum | `MONITOR_MAX_ERRORS` (`0`) |
| HTTP error rate | (5xx + 429 responses + download exceptions) / requests <= the maximum | `MONITOR_MAX_HTTP_ERROR_RATE` (`0.1`) |
| field coverage | share of exported articles with a non-empty value >= the minimum, per field (judged from `MONITOR_COVERAGE_MIN_ITEMS` articles on) | `MONITOR_FIELD_COVERAGE` (title 1.0, published_at 0.95, body 0.95, dateline 0.8), `MONITOR_COVERAGE_MIN_ITEMS` (`20`) |
| invalid articles | `validate/dropped` / articles parsed <= the maximum | `MONITOR_MAX_INVALID_RATE` (`0.02`) |
| webhook delivery | every notification of the run (and those left by earlier runs) was delivered; the rest wait in the outbox for the next run | `WEBHOOK_URL` (off when empty) |
| stall (periodic) | a response arrived in the last `STALL_TIMEOUT` seconds, or nothing is pending | `STALL_TIMEOUT` (`600`) |

A run that did not get its lock (`lock_held`) did nothing to judge: every monitor skips it.
"""

from __future__ import annotations

import json
import unittest

from spidermon import Monitor

from crawler.extensions import find_extension
from crawler.extensions.progress import ProgressWatch

DEFAULT_MIN_ARTICLES = {"full": 1, "backfill": 0, "monitor": 0}
DEFAULT_FIELD_COVERAGE = {"title": 1.0, "published_at": 0.95, "body": 0.95, "dateline": 0.8}
HTTP_ERROR_STATUSES = ("429", "500", "502", "503", "504")


def min_articles(settings, mode: str) -> int:
    """The minimum for `mode`: the setting is a mode -> number mapping, or one number for every mode."""
    value = settings.get("MONITOR_MIN_ARTICLES", DEFAULT_MIN_ARTICLES)
    if isinstance(value, str):
        value = json.loads(value)
    if isinstance(value, dict):
        return int(value.get(mode, 0))
    return int(value)


class CrawlMonitor(Monitor):
    longMessage = False  # the failure message alone, without unittest's "x is not y" prefix

    @property
    def stats(self) -> dict:
        return self.data.stats

    @property
    def settings(self):
        return self.data.crawler.settings

    def setUp(self):
        if self.stats.get("finish_reason") == "lock_held":
            raise unittest.SkipTest("another run held the lock: nothing was crawled")


class FinishReasonMonitor(CrawlMonitor):
    """Finish reason"""

    def test_finish_reason_is_expected(self):
        expected = self.settings.getlist("MONITOR_FINISH_REASONS", ["finished"])
        reason = self.stats.get("finish_reason")
        self.assertIn(reason, expected, msg=f"the crawl finished with {reason!r}, expected one of {expected}")


class ArticlesFoundMonitor(CrawlMonitor):
    """Articles found"""

    def test_enough_articles_found(self):
        mode = getattr(self.data.spider, "mode", "full")
        minimum = min_articles(self.settings, mode)
        found = sum(self.stats.get(key, 0) for key in (
            "item_scraped_count", "dedup/unchanged", "discovery/skipped_known"))
        self.assertGreaterEqual(found, minimum, msg=(
            f"{found} articles found (new, updated, unchanged or known), "
            f"at least {minimum} expected in {mode} mode"))


class ErrorCountMonitor(CrawlMonitor):
    """Errors logged"""

    def test_errors_within_limit(self):
        maximum = self.settings.getint("MONITOR_MAX_ERRORS", 0)
        errors = self.stats.get("log_count/ERROR", 0)
        self.assertLessEqual(errors, maximum, msg=f"{errors} errors logged, at most {maximum} allowed")


class HttpErrorRateMonitor(CrawlMonitor):
    """HTTP error rate"""

    def test_http_error_rate_within_limit(self):
        requests = self.stats.get("downloader/request_count", 0)
        if not requests:
            raise unittest.SkipTest("no request was made")
        errors = self.stats.get("downloader/exception_count", 0) + sum(
            self.stats.get(f"downloader/response_status_count/{status}", 0) for status in HTTP_ERROR_STATUSES)
        maximum = self.settings.getfloat("MONITOR_MAX_HTTP_ERROR_RATE", 0.1)
        self.assertLessEqual(errors / requests, maximum, msg=(
            f"{errors} of {requests} requests failed (5xx, 429 or no response): "
            f"{errors / requests:.1%}, at most {maximum:.1%} allowed"))


class FieldCoverageMonitor(CrawlMonitor):
    """Field coverage"""

    def test_fields_are_filled(self):
        items = self.stats.get("coverage/items", 0)
        # A share of a handful of articles (a monitor poll's) says nothing about the extraction.
        if items < self.settings.getint("MONITOR_COVERAGE_MIN_ITEMS", 20):
            raise unittest.SkipTest(f"too few articles exported to judge coverage ({items})")
        minimums = self.settings.getdict("MONITOR_FIELD_COVERAGE", DEFAULT_FIELD_COVERAGE)
        short = {field: self.stats.get(f"coverage/{field}", 0) / items for field in minimums}
        short = {field: share for field, share in short.items() if share < float(minimums[field])}
        self.assertFalse(short, msg="fields too often empty: " + ", ".join(
            f"{field} {share:.1%} (minimum {float(minimums[field]):.0%})" for field, share in short.items()))


class InvalidArticlesMonitor(CrawlMonitor):
    """Invalid articles"""

    def test_invalid_articles_within_limit(self):
        dropped = self.stats.get("validate/dropped", 0)
        parsed = self.stats.get("article/parsed", 0)
        if not parsed:
            raise unittest.SkipTest("no article was parsed")
        maximum = self.settings.getfloat("MONITOR_MAX_INVALID_RATE", 0.02)
        reasons = sorted(key.removeprefix("validate/dropped/") for key in self.stats
                         if key.startswith("validate/dropped/"))
        self.assertLessEqual(dropped / parsed, maximum, msg=(
            f"{dropped} of {parsed} articles failed the schema ({', '.join(reasons)}), "
            f"at most {maximum:.1%} allowed"))


class WebhookDeliveryMonitor(CrawlMonitor):
    """Webhook delivery"""

    def test_notifications_were_delivered(self):
        if "webhook/undelivered" not in self.stats:
            raise unittest.SkipTest("no webhook notification was due")
        undelivered = self.stats["webhook/undelivered"]
        self.assertEqual(undelivered, 0, msg=(
            f"{undelivered} webhook notifications not delivered to {self.settings.get('WEBHOOK_URL')}: "
            f"{self.stats.get('webhook/outbox', 0)} wait in the outbox for the next run"))


class StallMonitor(CrawlMonitor):
    """Crawl progress"""

    def test_crawl_is_not_stalled(self):
        watch = find_extension(self.data.crawler, ProgressWatch)
        if watch is None:
            raise unittest.SkipTest("the ProgressWatch extension is not enabled")
        if self.stats.get("stall/detected"):
            raise unittest.SkipTest("already closing as stalled")
        timeout = self.settings.getfloat("STALL_TIMEOUT", 600)
        silent = watch.seconds_without_response()
        self.assertFalse(silent > timeout and watch.has_pending_requests(), msg=(
            f"no response for {silent:.0f} s while requests are pending (STALL_TIMEOUT {timeout:.0f} s)"))
