"""The webhook sender's bounds (concurrency, a dead endpoint) and the progress line's content."""

from __future__ import annotations

import threading
import time
from http.server import BaseHTTPRequestHandler

from crawler.extensions.progress import format_duration, progress_line
from crawler.extensions.webhook import WebhookSender
from monitoring_helpers import LocalServer, closed_port, receiver


def test_a_refused_endpoint_ends_the_close_at_once_and_nothing_is_counted_delivered():
    sender = WebhookSender(f"http://127.0.0.1:{closed_port()}", retries=4, backoff=0.5, timeout=5)
    for n in range(20):
        sender.send({"id": n}, key=str(n))
    started = time.monotonic()
    left = sender.close(timeout=30)
    assert time.monotonic() - started < 5  # not the 30 s flush timeout
    assert sender.endpoint_down and sender.sent == 0 and left + sender.failed == 20
    assert sender.delivered_keys() == []


def test_delivered_keys_come_out_once_each():
    server, received = receiver()
    with server:
        sender = WebhookSender(server.url, retries=1, backoff=0.01, timeout=5)
        for n in range(10):
            sender.send({"id": n}, key=f"k{n}")
        assert sender.close(timeout=10) == 0
    assert sorted(sender.delivered_keys()) == sorted(f"k{n}" for n in range(10)) and len(received) == 10


def test_deliveries_run_concurrently():
    gate = threading.Barrier(3, timeout=10)  # three POSTs must be in flight at once to pass it

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            gate.wait()
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args):
            pass

    with LocalServer(Handler) as server:
        sender = WebhookSender(server.url, retries=0, timeout=15, concurrency=3)
        for n in range(3):
            sender.send({"id": n})
        assert sender.close(timeout=15) == 0
    assert sender.sent == 3


def test_the_progress_line_names_fetched_exported_queued_rate_and_eta():
    assert progress_line(1200, 340, 600, 12.0) == (
        "progress: 1200 pages fetched, 340 articles exported, 600 queued, 12.0 pages/s, ETA 50 s")


def test_no_eta_without_a_queue_size_or_a_rate():
    assert progress_line(10, 0, None, 3.0) == (
        "progress: 10 pages fetched, 0 articles exported, queue size unknown, 3.0 pages/s")
    assert progress_line(10, 0, 50, 0.0).endswith("50 queued, 0.0 pages/s")
    assert "ETA" not in progress_line(10, 0, 0, 2.0)


def test_no_eta_while_the_queue_grows():
    # A backfill's first minute: sitemap links queued faster than pages are fetched.
    assert progress_line(80, 6, 32095, 2.2, growing=True) == (
        "progress: 80 pages fetched, 6 articles exported, 32095 queued, 2.2 pages/s, queue growing")


def test_durations_read_as_seconds_minutes_hours():
    assert [format_duration(s) for s in (45, 200, 7500)] == ["45 s", "3 min 20 s", "2 h 05 min"]


def test_the_watch_reports_the_crawls_figures_and_the_scheduler_size(caplog):
    from types import SimpleNamespace

    from scrapy.utils.test import get_crawler

    from crawler.extensions.progress import ProgressWatch

    crawler = get_crawler(settings_dict={"PROGRESS_INTERVAL": 10})
    crawler.stats = SimpleNamespace(get_value=lambda key, default=None: {
        "response_received_count": 50, "item_scraped_count": 20}.get(key, default))
    crawler.engine = SimpleNamespace(_slot=SimpleNamespace(scheduler=[None] * 7))
    watch = ProgressWatch(crawler)
    with caplog.at_level("INFO", logger="crawler.extensions.progress"):
        watch.report()
    [line] = caplog.messages
    # The queue started empty: discovery is filling it.
    assert line.startswith("progress: 50 pages fetched, 20 articles exported, 7 queued, ")
    assert line.endswith(" pages/s, queue growing")
    crawler.engine._slot.scheduler = [None] * 4  # emptying: an ETA
    crawler.stats = SimpleNamespace(get_value=lambda key, default=None: {
        "response_received_count": 80, "item_scraped_count": 40}.get(key, default))
    with caplog.at_level("INFO", logger="crawler.extensions.progress"):
        watch.report()
    assert "4 queued, " in caplog.messages[-1] and " pages/s, ETA " in caplog.messages[-1]
