"""End to end: `-a mode=monitor` polls cheaply and finds exactly the new articles;
`-a mode=backfill` exports a date window, and resumes after SIGINT with JOBDIR without duplicates."""

from __future__ import annotations

import signal
from collections import Counter
from datetime import date, datetime

import pytest

from helpers import read_lines, run_crawl, run_files, start_crawl, stat, wait_for

pytestmark = pytest.mark.e2e

ARTICLES = 80


def published_day(record: dict) -> date:
    return datetime.fromisoformat(record["published_at"]).date()  # in WIB, as the window is


def test_an_idle_monitor_poll_makes_at_most_3_requests_and_exports_nothing(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=11)
    full = run_crawl(server.base_url, tmp_path, edition="id")
    assert full.returncode == 0, full.stderr[-3000:]
    files = run_files(tmp_path)

    for _ in range(2):  # the second poll too: what the first learnt (static pages) is remembered
        poll = run_crawl(server.base_url, tmp_path, "-a", "mode=monitor", edition="id")
        assert poll.returncode == 0, poll.stderr[-3000:]
        assert stat(poll.stderr, "downloader/request_count") <= 3  # robots.txt, feed, home page
        assert stat(poll.stderr, "robotstxt/request_count") == 1
        assert stat(poll.stderr, "jsonl/items_written") is None
        assert run_files(tmp_path) == files


def test_a_monitor_poll_exports_exactly_the_new_articles(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=12)
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    files = run_files(tmp_path)
    added = server.site.add_articles(3)
    expected = {server.site.truth_record(server.base_url, a)["canonical_url"] for a in added}

    poll = run_crawl(server.base_url, tmp_path, "-a", "mode=monitor")
    items = [item for item in read_lines(tmp_path) if item["canonical_url"] in expected]
    assert sorted(item["canonical_url"] for item in items) == sorted(expected)
    assert len(read_lines(tmp_path)) == ARTICLES + 3
    assert len(run_files(tmp_path)) == len(files) + 1
    # Three editions: robots.txt once, a feed and a home page each, and the new articles.
    assert stat(poll.stderr, "downloader/request_count") <= 1 + 2 * 3 + 3
    assert poll.returncode == 0, poll.stderr[-3000:]  # a poll that found 3 articles is healthy


def window(truth: list[dict], low: float, high: float) -> tuple[date, date]:
    days = sorted(published_day(record) for record in truth)
    return days[int(len(days) * low)], days[int(len(days) * high)]


def test_a_backfill_exports_only_the_window(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=13)
    truth = server.site.truth(server.base_url)
    since, until = window(truth, 0.3, 0.6)
    expected = {r["canonical_url"] for r in truth if since <= published_day(r) <= until}
    assert 15 <= len(expected) < ARTICLES

    result = run_crawl(server.base_url, tmp_path, "-a", "mode=backfill", "-a", f"since={since}",
                       "-a", f"until={until}")
    assert result.returncode == 0, result.stderr[-3000:]
    counts = Counter(item["canonical_url"] for item in read_lines(tmp_path))
    assert set(counts) == expected
    assert max(counts.values()) == 1


def test_a_backfill_interrupted_by_sigint_resumes_from_jobdir_without_duplicates(make_sandbox, tmp_path):
    server = make_sandbox(articles=120, seed=14)
    truth = server.site.truth(server.base_url)
    since, until = window(truth, 0.1, 0.9)
    expected = {r["canonical_url"] for r in truth if since <= published_day(r) <= until}
    output, jobdir = tmp_path / "output", tmp_path / "job"
    args = ("-a", "mode=backfill", "-a", f"since={since}", "-a", f"until={until}", "-s", f"JOBDIR={jobdir}",
            # Slow enough that a SIGINT after the first lines leaves work for the resumed run.
            "-s", "CONCURRENT_REQUESTS=2", "-s", "DOWNLOAD_DELAY=0.01")

    first = start_crawl(server.base_url, output, *args, log=tmp_path / "first.log")
    try:
        assert wait_for(lambda: any(path.stat().st_size for path in run_files(output)) or first.poll() is not None)
        first.send_signal(signal.SIGINT)  # one SIGINT: Scrapy finishes what is in flight, keeps the queue
        first.wait(timeout=120)
    finally:
        if first.poll() is None:
            first.kill()
            first.wait(timeout=60)
    log = (tmp_path / "first.log").read_text()
    assert "'finish_reason': 'shutdown'" in log, log[-3000:]
    interrupted = read_lines(output)
    assert 0 < len(interrupted) < len(expected)

    resumed = run_crawl(server.base_url, output, *args)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert "'finish_reason': 'finished'" in resumed.stderr
    counts = Counter(item["canonical_url"] for item in read_lines(output))
    assert [url for url, n in counts.items() if n > 1] == []
    assert set(counts) == expected
