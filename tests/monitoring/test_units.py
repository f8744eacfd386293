"""Webhook sender retry bounds, percentiles, report charts and the per-mode article minimum."""

from __future__ import annotations

import time
from collections import Counter

from scrapy.settings import Settings

from crawler.extensions.articles import has_value, percentile
from crawler.extensions.webhook import WebhookSender
from crawler.monitors.monitors import min_articles
from crawler.report.charts import bar_chart, publication_bars
from crawler.report.summary import duration
from monitoring_helpers import closed_port, receiver


def test_sender_gives_up_after_the_retry_budget():
    server, received = receiver(failures_first=100)
    with server:
        sender = WebhookSender(server.url, retries=2, backoff=0.01, timeout=5)
        sender.send({"id": "a"})
        assert sender.close(timeout=10) == 0
    assert len(received) == 3 and (sender.sent, sender.retried, sender.failed) == (0, 2, 1)


def test_sender_close_is_bounded_when_the_receiver_is_down():
    sender = WebhookSender(f"http://127.0.0.1:{closed_port()}", retries=10, backoff=5, timeout=1)
    for n in range(3):
        sender.send({"id": n})
    started = time.monotonic()
    undelivered = sender.close(timeout=0.5)
    assert time.monotonic() - started < 5
    assert sender.sent == 0 and undelivered + sender.failed == 3


def test_percentile_is_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.95), percentile([7.0], 0.95)) == (50.0, 95.0, 7.0)


def test_empty_values_are_missing():
    assert [has_value(v) for v in (None, "", [], {}, 0, "x", ["t"])] == [False, False, False, False, True, True, True]


def test_min_articles_per_mode_or_for_all():
    assert [min_articles(Settings(), mode) for mode in ("full", "monitor", "backfill")] == [1, 0, 0]
    assert min_articles(Settings({"MONITOR_MIN_ARTICLES": "500"}), "monitor") == 500
    assert min_articles(Settings({"MONITOR_MIN_ARTICLES": '{"full": 50}'}), "full") == 50


def test_days_without_articles_are_charted_as_zero_and_long_spans_by_month():
    assert publication_bars(Counter({"2026-01-01": 2, "2026-01-03": 1})) == ("day", [
        ("2026-01-01", 2), ("2026-01-02", 0), ("2026-01-03", 1)])
    unit, months = publication_bars(Counter({"2024-01-05": 1, "2024-01-20": 2, "2026-03-01": 4}))
    assert unit == "month" and months[:2] == [("2024-01", 3), ("2024-02", 0)] and months[-1] == ("2026-03", 4)
    assert len(months) == 27  # empty months are zero bars, not gaps


def test_bar_chart_has_one_bar_per_value_with_its_label():
    svg = bar_chart([("a<b", 1), ("c", 3)], "title")
    assert svg.count("<rect") == 2 and "<title>a&lt;b: 1</title>" in svg and svg.startswith("<svg")


def test_duration_reads_well():
    assert [duration(s) for s in (12, 250, 7500, 2 * 86400 + 3600, -90, None)] == [
        "12s", "4m 10s", "2h 05m", "2d 1h", "-1m 30s", "-"]


def test_the_stats_collector_counts_and_keeps_the_last_run_per_spider():
    from scrapy import Spider
    from scrapy.utils.test import get_crawler

    from crawler.runtime.stats import StatsCollector

    crawler = get_crawler(Spider, {"STATS_CLASS": "crawler.runtime.stats.StatsCollector"})
    crawler.spider = Spider("mina")
    stats = crawler.stats
    assert isinstance(stats, StatsCollector)
    stats.inc_value("a")
    stats.inc_value("a", 2)
    stats.max_value("m", 3)
    stats.max_value("m", 1)
    stats.set_value("s", "x")
    assert (stats.get_value("a"), stats.get_value("m"), stats.get_value("s")) == (3, 3, "x")
    stats.close_spider(reason="finished")
    assert stats.spider_stats["mina"]["a"] == 3
