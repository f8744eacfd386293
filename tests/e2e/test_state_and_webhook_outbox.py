"""End to end: run files deleted under a kept state are exported again, `scrapy state` sees and
manages the store, and webhook notifications survive a dead endpoint (docs/state.md)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from helpers import ROOT, read_lines, run_crawl, run_files, stat

pytestmark = pytest.mark.e2e

ARTICLES = 30


def state_command(output_dir, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "state", *args, "-s", f"OUTPUT_DIR={output_dir}"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)


def test_deleted_run_files_are_said_and_their_articles_exported_again(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=21)
    first = run_crawl(server.base_url, tmp_path, edition="id")
    assert first.returncode == 0, first.stderr[-3000:]
    exported = {item["id"] for item in read_lines(tmp_path)}
    assert exported

    shown = state_command(tmp_path, "show", "--site", "mina")
    assert shown.returncode == 0, shown.stderr
    assert f"mina: {len(exported)} articles known" in shown.stdout
    assert f"mina_id: {len(exported)} articles" in shown.stdout and "missing run files: 0" in shown.stdout

    for path in run_files(tmp_path):
        path.unlink()
    shown = state_command(tmp_path, "show")
    assert "missing run files: 1 (" in shown.stdout, shown.stdout

    again = run_crawl(server.base_url, tmp_path, edition="id")
    assert again.returncode == 0, again.stderr[-3000:]
    warnings = [line for line in again.stderr.splitlines() if "run files the state refers to are gone" in line]
    assert len(warnings) == 1 and "1 run files" in warnings[0] and str(tmp_path / "mina") in warnings[0]
    assert f"their {len(exported)} articles are forgotten" in warnings[0]
    assert {item["id"] for item in read_lines(tmp_path)} == exported
    assert state_command(tmp_path, "show", "--site", "mina").stdout.count("missing run files: 0") == 1


def test_keep_leaves_deleted_articles_known_until_state_forget(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=22)
    assert run_crawl(server.base_url, tmp_path, edition="id").returncode == 0
    exported = len(read_lines(tmp_path))
    for path in run_files(tmp_path):
        path.unlink()

    kept = run_crawl(server.base_url, tmp_path, "-s", "STATE_MISSING_RUN_FILES=keep", edition="id")
    assert "scrapy state forget --site mina --missing-files" in kept.stderr
    assert read_lines(tmp_path) == []  # the old behaviour, chosen: nothing exported again

    forgot = state_command(tmp_path, "forget", "--site", "mina", "--missing-files")
    assert forgot.returncode == 0, forgot.stderr
    assert f"their {exported} articles" in forgot.stdout
    assert run_crawl(server.base_url, tmp_path, edition="id").returncode == 0
    assert len(read_lines(tmp_path)) == exported


def test_state_reset_needs_yes_and_forget_by_id(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=23)
    assert run_crawl(server.base_url, tmp_path, edition="id").returncode == 0
    some = sorted(item["id"] for item in read_lines(tmp_path))[:2]

    forgot = state_command(tmp_path, "forget", "--site", "mina", "--id", *some)
    assert forgot.returncode == 0 and "forgot 2 of 2 articles" in forgot.stdout, forgot.stderr
    rerun = run_crawl(server.base_url, tmp_path, edition="id")
    assert stat(rerun.stderr, "jsonl/items_written") == 2

    refused = state_command(tmp_path, "reset", "--site", "mina")
    assert refused.returncode == 2 and "--yes" in refused.stderr
    assert state_command(tmp_path, "reset", "--site", "mina", "--yes").returncode == 0
    assert "mina: 0 articles known" in state_command(tmp_path, "show", "--site", "mina").stdout


@pytest.mark.skipif(not os.environ.get("REDIS_TEST_URL"), reason="needs REDIS_TEST_URL (a disposable Redis db)")
def test_with_a_redis_store_deleted_run_files_are_exported_again_and_the_outbox_kept(make_sandbox, tmp_path):
    import redis

    url = os.environ["REDIS_TEST_URL"]
    client = redis.Redis.from_url(url)
    client.flushdb()
    server = make_sandbox(articles=ARTICLES, seed=25)
    redis_state = ("-s", f"STATE_URL={url}")
    try:
        with Receiver() as probe:
            dead_url = probe.url
        down = run_crawl(server.base_url, tmp_path, *redis_state, "-a", "mode=monitor",
                         "-s", f"WEBHOOK_URL={dead_url}", edition="id")
        assert down.returncode == 3, down.stderr[-3000:]
        exported = {item["id"] for item in read_lines(tmp_path)}
        shown = state_command(tmp_path, "show", "--site", "mina", *redis_state).stdout
        assert f"mina: {len(exported)} articles known" in shown
        assert f"webhook outbox: {len(exported)} notifications waiting" in shown

        for path in run_files(tmp_path):
            path.unlink()
        with Receiver() as live:
            again = run_crawl(server.base_url, tmp_path, *redis_state, "-s", f"WEBHOOK_URL={live.url}",
                              edition="id")
        assert again.returncode == 0, again.stderr[-3000:]
        assert "run files the state refers to are gone" in again.stderr
        assert {item["id"] for item in read_lines(tmp_path)} == exported
        assert {body["id"] for body in live.bodies} == exported  # the outbox, sent by a full run too
    finally:
        client.flushdb()
        client.close()


class Receiver:
    """A loopback webhook endpoint recording every POSTed body; stopped by the test."""

    def __init__(self):
        self.bodies: list[dict] = []
        bodies = self.bodies

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                bodies.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
                self.send_response(204)
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hook"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


def test_notifications_wait_in_the_outbox_while_the_endpoint_is_down(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=24)
    with Receiver() as probe:  # a port that was just free: nothing listens on it once closed
        dead_url = probe.url
    started = time.monotonic()
    down = run_crawl(server.base_url, tmp_path, "-a", "mode=monitor", "-s", f"WEBHOOK_URL={dead_url}",
                     "-s", "WEBHOOK_FLUSH_TIMEOUT=30", edition="id")
    assert time.monotonic() - started < 25  # the close does not wait the flush timeout for a dead endpoint
    exported = read_lines(tmp_path)
    assert exported
    assert down.returncode == 3, down.stderr[-3000:]
    assert "monitor failed: Webhook delivery" in down.stderr
    assert stat(down.stderr, "webhook/outbox") == len(exported)
    assert stat(down.stderr, "webhook/sent") == 0
    assert f"webhook outbox: {len(exported)} notifications waiting" in state_command(tmp_path, "show").stdout

    with Receiver() as live:
        up = run_crawl(server.base_url, tmp_path, "-a", "mode=monitor", "-s", f"WEBHOOK_URL={live.url}",
                       edition="id")
    assert up.returncode == 0, up.stderr[-3000:]
    assert stat(up.stderr, "webhook/from_outbox") == len(exported)
    assert stat(up.stderr, "webhook/outbox") == 0
    assert sorted((body["id"], body["version"]) for body in live.bodies) == sorted(
        (item["id"], item["version"]) for item in exported)
    assert "webhook outbox: 0 notifications waiting" in state_command(tmp_path, "show").stdout
