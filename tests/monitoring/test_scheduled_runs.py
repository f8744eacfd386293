"""Acceptance: exit codes, the run lock, monitors, the run report and latency figures of real crawls."""

from __future__ import annotations

import json
import re
import subprocess
import time
from datetime import datetime

import pytest

from crawler.extensions.articles import percentile
from crawler.runtime.lock import RunLock
from monitoring_helpers import (ROOT, closed_port, crawl_command, dumped_stats, gated_server, read_lines,
                                      receiver, run_crawl)

pytestmark = pytest.mark.e2e

LOCK = "locks/mina_id_en_ar.lock"


@pytest.fixture(scope="module")
def healthy(sandbox, tmp_path_factory):
    output_dir = tmp_path_factory.mktemp("healthy")
    result = run_crawl(sandbox.base_url, output_dir)
    return output_dir, result, dumped_stats(result.stderr)


def test_healthy_crawl_exits_0_with_every_monitor_passing(healthy):
    _, result, stats = healthy
    assert result.returncode == 0, result.stderr[-3000:]
    assert "[Spidermon] 7 monitors" in result.stderr
    assert "monitors/failed" not in stats
    assert stats["item_scraped_count"] > 0


def test_healthy_crawl_writes_an_offline_html_report(healthy):
    output_dir, result, _ = healthy
    [run_file] = (output_dir / "mina").glob("*.jsonl")
    report = output_dir / "reports" / f"{run_file.stem}.html"
    html = report.read_text(encoding="utf-8")
    assert html.count("<svg") >= 3  # per day, per hour, coverage bars
    assert re.search(r"per publication (day|month) \(WIB\)", html) and "per publication hour" in html
    assert re.search(r"<code>published_at</code></td><td class=\"num\">\d+\.\d%", html)
    assert "<script" not in html and not re.search(r"src=\"https?:", html)  # links: the articles' pages only
    items = read_lines(output_dir)
    assert f"<td>new articles</td><td class=\"num\">{len(items)}</td>" in html


def test_summary_is_printed_at_the_end(healthy):
    output_dir, result, stats = healthy
    summary = result.stderr.split("run report mina_id_en_ar (full mode): finished with 'finished'", 1)[1]
    assert re.search(rf"new articles\s+{stats['dedup/new']}\n", summary)
    assert re.search(r"latency\s+(p50 .+ of \d+ articles published in the 48 h|not measured: no new article)", summary)
    assert re.search(r"exit code\s+0: healthy\n", summary)


def test_latency_percentiles_match_the_exported_lines(healthy):
    output_dir, _, stats = healthy
    latencies = sorted(
        (datetime.fromisoformat(item["discovered_at"]) - datetime.fromisoformat(item["published_at"])).total_seconds()
        for item in read_lines(output_dir) if item["version"] == 1 and item["published_at"])
    assert stats["latency/count"] == len(latencies) > 0
    assert stats["latency/p50_seconds"] == round(percentile(latencies, 0.5))
    assert stats["latency/p95_seconds"] == round(percentile(latencies, 0.95))
    assert 0 < stats["latency/p50_seconds"] <= stats["latency/p95_seconds"] <= stats["latency/max_seconds"]


def test_coverage_counts_only_filled_fields(healthy):
    output_dir, _, stats = healthy
    items = read_lines(output_dir)
    assert stats["coverage/items"] == len(items)
    for field in ("title", "dateline", "editor", "modified_at", "tags"):
        assert stats.get(f"coverage/{field}", 0) == sum(1 for item in items if item[field] not in (None, "", [], {}))
    assert stats.get("coverage/editor", 0) < len(items)  # null editors are missing, not covered


def test_a_failing_monitor_exits_3_and_posts_an_alert(make_sandbox, tmp_path):
    site = make_sandbox(articles=10, seed=5)
    server, received = receiver()
    with server:
        result = run_crawl(site.base_url, tmp_path, "-s", "MONITOR_MIN_ARTICLES=100000",
                           "-s", f"ALERT_WEBHOOK_URL={server.url}/alert")
    assert result.returncode == 3, result.stderr[-3000:]
    assert dumped_stats(result.stderr)["monitors/failed"] == 1
    [alert] = received
    assert alert["run"] == "mina_id_en_ar" and alert["stats"]["finish_reason"] == "finished"
    assert [failure["monitor"] for failure in alert["failed"]] == ["Articles found"]
    assert "at least 100000 expected in full mode" in alert["failed"][0]["reason"]
    assert list((tmp_path / "reports").glob("*.html"))


def test_dead_site_exits_4(tmp_path):
    result = run_crawl(f"http://127.0.0.1:{closed_port()}", tmp_path, "-s", "RETRY_TIMES=0")
    assert result.returncode == 4, result.stderr[-3000:]
    assert re.search(r"exit code\s+4: nothing fetched: the site is down or every request failed\n", result.stderr)
    # Each feed and listing it could not fetch is one line, not Scrapy's `Error downloading` and its traceback.
    assert re.search(r"WARNING: discovery page failed \(\w+\): http://127\.0\.0\.1:\d+/id/feed\n", result.stderr)
    assert "[scrapy.core.scraper] ERROR: Error downloading" not in result.stderr
    # Nor is the robots.txt Scrapy could not fetch.
    assert re.search(r"WARNING: robots\.txt not fetched \(\w+\): http://127\.0\.0\.1:\d+/robots\.txt; crawling as if",
                     result.stderr)
    assert "Traceback" not in result.stderr
    # Its failed monitors are one line each, with the reason.
    assert re.search(r"ArticlesFoundMonitor/test_enough_articles_found\.\.\. FAIL \(0 articles found", result.stderr)


def test_held_lock_exits_75_and_leaves_nothing(tmp_path):
    with RunLock(tmp_path / LOCK):
        result = run_crawl(f"http://127.0.0.1:{closed_port()}", tmp_path)
    assert result.returncode == 75, result.stderr[-3000:]
    assert not (tmp_path / "reports").exists() and not list(tmp_path.glob("mina/*.jsonl"))


def test_stale_lock_of_a_dead_run_is_taken_over(make_sandbox, tmp_path):
    site = make_sandbox(articles=10, seed=6)
    (tmp_path / "locks").mkdir()
    (tmp_path / LOCK).write_text("pid 999999999 since 2026-01-01T00:00:00+00:00\n", encoding="utf-8")
    result = run_crawl(site.base_url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    assert "took over the lock left by a finished or dead run (pid 999999999" in result.stderr
    assert len(read_lines(tmp_path)) == 10


def test_second_concurrent_run_exits_75_while_the_first_goes_on(tmp_path):
    server, gate = gated_server()
    with server:
        first = subprocess.Popen(crawl_command(server.url, tmp_path), cwd=ROOT, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE, text=True)
        try:
            deadline = time.monotonic() + 60
            lock = tmp_path / LOCK
            while not (lock.exists() and lock.read_text().startswith(f"pid {first.pid} ")):
                assert time.monotonic() < deadline and first.poll() is None, "the first run never took the lock"
                time.sleep(0.1)
            second = run_crawl(server.url, tmp_path)
            assert second.returncode == 75, second.stderr[-3000:]
            assert f"another run holds {lock}" in second.stderr
            assert first.poll() is None
        finally:
            gate.set()
            _, first_log = first.communicate(timeout=120)
    assert first.returncode not in (75, None), first_log[-3000:]
    assert "Spider closed (finished)" in first_log


def test_stalled_crawl_is_closed_as_stalled(tmp_path):
    server, gate = gated_server()
    with server:
        try:
            result = run_crawl(server.url, tmp_path, "-s", "STALL_TIMEOUT=1", "-s", "DOWNLOAD_TIMEOUT=3",
                               "-s", 'SPIDERMON_PERIODIC_MONITORS={"crawler.monitors.suites.StallSuite": 0.5}')
        finally:
            gate.set()
    assert "Spider closed (stalled)" in result.stderr, result.stderr[-3000:]
    assert "crawl stalled: no response for" in result.stderr
    assert result.returncode == 3
    assert dumped_stats(result.stderr)["monitors/failed"] >= 1


def test_webhook_gets_every_new_article_despite_a_failed_first_attempt(make_sandbox, tmp_path):
    site = make_sandbox(articles=15, seed=7)
    server, received = receiver(failures_first=1)
    with server:
        result = run_crawl(site.base_url, tmp_path, "-a", "mode=monitor", "-s", f"WEBHOOK_URL={server.url}/new",
                           "-s", "WEBHOOK_BACKOFF=0.05")
    assert result.returncode == 0, result.stderr[-3000:]
    items = read_lines(tmp_path)
    assert items
    expected = [{key: item[key] for key in ("id", "url", "title", "published_at", "edition", "version")}
                for item in items]
    assert len(received) == len(items) + 1  # the first delivery was answered 500 and sent again
    assert sorted(received[1:], key=json.dumps) == sorted(expected, key=json.dumps)
    stats = dumped_stats(result.stderr)
    assert (stats["webhook/sent"], stats["webhook/retries"], stats["webhook/failed"],
            stats["webhook/undelivered"]) == (len(items), 1, 0, 0)


def test_no_webhook_outside_the_notifying_modes(make_sandbox, tmp_path):
    site = make_sandbox(articles=5, seed=8)
    server, received = receiver()
    with server:
        result = run_crawl(site.base_url, tmp_path, "-s", f"WEBHOOK_URL={server.url}/new")
    assert result.returncode == 0, result.stderr[-3000:]
    assert read_lines(tmp_path) and received == []


def test_a_field_too_often_empty_fails_the_coverage_monitor(make_sandbox, tmp_path):
    site = make_sandbox(articles=12, seed=10)
    result = run_crawl(site.base_url, tmp_path, "-s", 'MONITOR_FIELD_COVERAGE={"editor": 0.99, "title": 1.0}',
                       "-s", "MONITOR_COVERAGE_MIN_ITEMS=10")
    assert result.returncode == 3, result.stderr[-3000:]
    assert re.search(r"monitor failed: Field coverage: fields too often empty: editor \d+\.\d% \(minimum 99%\)\n",
                     result.stderr)
