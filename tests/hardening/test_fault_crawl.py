"""End to end under faults: a crawl of a `--faults all` sandbox finishes and accounts for every article.

One crawl (module fixture) against a sandbox with every fault group on; each test reads one aspect of
it. A second local server stands in for "another host": nothing may ever reach it.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sandbox import Sandbox, build_site
from sandbox.faults import BURST, FaultInjector, FaultSet

pytestmark = pytest.mark.e2e

RETRY_TIMES = 3  # crawler/settings.py
BACKOFF_BASE = 0.1  # seconds, set for this crawl
RETRY_AFTER = 1
TIMEOUT = 1.0  # DOWNLOAD_TIMEOUT for this crawl; the sandbox's hang is longer
TIMEOUT_RETRIES = "retry/reason_count/scrapy.exceptions.DownloadTimeoutError"
ROOT = Path(__file__).resolve().parents[2]


def run_crawl(base_url: str, output_dir: Path, *args: str) -> tuple[subprocess.CompletedProcess, int]:
    """The crawl's result and its peak RSS in bytes: the crawl's and its parsing worker's own peaks (`VmHWM`),
    added up. Not `wait4`'s: a process started from this test session keeps, across its exec, the peak of the
    session's own memory it was forked from (hundreds of MB late in a full run)."""
    command = [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
               "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=INFO", *args]
    peaks: dict[int, int] = {}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=err, text=True)
        deadline = time.monotonic() + 300
        while process.poll() is None:
            for pid in (process.pid, *_children(process.pid)):
                peaks[pid] = max(peaks.get(pid, 0), _own_peak_rss(pid))
            if time.monotonic() > deadline:
                process.kill()
            time.sleep(0.05)
        out.seek(0)
        err.seek(0)
        return subprocess.CompletedProcess(command, process.returncode, out.read(), err.read()), sum(peaks.values())


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _own_peak_rss(pid: int) -> int:
    """The process's peak RSS since its exec, in bytes (0 once it is gone)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    found = re.search(r"^VmHWM:\s+(\d+) kB", status, re.M)
    return int(found.group(1)) * 1024 if found else 0


def read_lines(output_dir: Path) -> list[dict]:
    return [json.loads(line) for path in sorted((output_dir / "mina").glob("*.jsonl"))
            for line in path.read_text(encoding="utf-8").splitlines()]


def crawl_stats(stderr: str) -> dict[str, int]:
    """The integer stats of Scrapy's closing stats dump."""
    dump = stderr[stderr.rfind("Dumping Scrapy stats"):]
    return {key: int(value) for key, value in re.findall(r"'([^']+)': (\d+)[,}]", dump)}


class _Trap(BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:  # noqa: N802
        self.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


@pytest.fixture(scope="module")
def other_host():
    """A server on another local port: the "other host" links and redirects point at."""
    hits: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Trap", (_Trap,), {"hits": hits}))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], hits
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


@pytest.fixture(scope="module")
def fault_crawl(other_host, tmp_path_factory):
    port, hits = other_host
    site = build_site(articles=120, seed=0)
    faults = FaultInjector(site, FaultSet.parse("all", seed=0, other_port=port, hang_seconds=TIMEOUT + 1.5,
                                                retry_after=RETRY_AFTER))
    output_dir = tmp_path_factory.mktemp("fault-crawl")
    with Sandbox(site, faults=faults) as sandbox:
        result, peak_rss = run_crawl(sandbox.base_url, output_dir, "-s", f"DOWNLOAD_TIMEOUT={TIMEOUT}",
                           "-s", f"RETRY_BACKOFF_BASE={BACKOFF_BASE}", "-s", "MEMUSAGE_CHECK_INTERVAL_SECONDS=0.2")
        expected = faults.expectations(sandbox.base_url)
    return {"result": result, "stats": crawl_stats(result.stderr), "items": read_lines(output_dir),
            "expected": expected, "faults": faults, "hits": hits, "output_dir": output_dir, "peak_rss": peak_rss}


def test_the_crawl_finishes(fault_crawl):
    result = fault_crawl["result"]
    assert "'finish_reason': 'finished'" in result.stderr, result.stderr[-3000:]
    assert result.returncode in (0, 3), result.stderr[-3000:]  # 3: monitors saw the faults' errors


def test_every_line_is_whole_json(fault_crawl):
    files = list((Path(fault_crawl["output_dir"]) / "mina").glob("*.jsonl"))
    assert files
    for path in files:
        data = path.read_bytes()
        assert data.endswith(b"\n")
        for line in data.splitlines():
            assert isinstance(json.loads(line), dict)


def test_each_reachable_article_exported_once_or_failed_with_its_reason(fault_crawl):
    items, expected, stats = fault_crawl["items"], fault_crawl["expected"], fault_crawl["stats"]
    urls = [item["canonical_url"] for item in items]
    assert len(urls) == len(set(urls)), "an article exported twice"
    assert set(urls) == expected.exported
    failed = {key.removeprefix("article/failed/"): n for key, n in stats.items() if key.startswith("article/failed/")}
    assert failed == expected.failed_by_reason()
    assert len(items) + sum(failed.values()) == expected.reachable
    assert {"http_500", "timeout", "connection_lost", "redirect_loop", "too_large", "offsite"} <= set(failed)


def test_robots_disallowed_articles_are_never_requested(fault_crawl):
    faults, stats = fault_crawl["faults"], fault_crawl["stats"]
    assert faults.requested("robots-disallowed") == {}
    assert stats["article/skipped/robots_txt"] == len(fault_crawl["expected"].forbidden) > 0


def test_no_request_leaves_the_site_even_after_a_retry_and_a_redirect(fault_crawl):
    assert fault_crawl["hits"] == []  # links and redirects to localhost:<other port>
    stats = fault_crawl["stats"]
    assert stats["offsite/filtered"] >= 2
    assert not any("CannotResolveHost" in key for key in stats)  # example.invalid was never resolved
    # Each redirecting article: a 503, then the retry that is redirected away, and nothing more, but for a retry
    # of an answer that came later than DOWNLOAD_TIMEOUT on a busy machine (the hanging articles time out on
    # every try by design; any other timeout is the machine's).
    late = stats.get(TIMEOUT_RETRIES, 0) - RETRY_TIMES * len(fault_crawl["faults"].requested("hang"))
    for times in fault_crawl["faults"].requested("offsite-redirect").values():
        assert 2 <= len(times) <= 2 + late
    assert len(fault_crawl["faults"].requested("offsite-redirect")) == 2


def test_retry_after_is_honoured(fault_crawl):
    gaps = fault_crawl["faults"].retry_gaps("too-many-requests")
    assert len(gaps) == 2
    for article_gaps in gaps:
        assert len(article_gaps) == 1  # one 429, one retry that succeeded
        assert article_gaps[0] >= RETRY_AFTER * 0.95


def test_retries_back_off_exponentially(fault_crawl):
    gaps = fault_crawl["faults"].retry_gaps("burst-503")
    assert len(gaps) == 2
    for article_gaps in gaps:
        assert len(article_gaps) == BURST
        for retry, gap in enumerate(article_gaps):
            assert gap >= BACKOFF_BASE * 2 ** retry * 0.95


def test_a_permanent_failure_is_tried_retry_times_plus_one(fault_crawl):
    faults = fault_crawl["faults"]
    for mode in ("broken-500", "hang"):
        assert [len(t) for t in faults.requested(mode).values()] == [RETRY_TIMES + 1] * 2, mode
    # Twisted's connection pool itself retries a GET once when a reused connection dies before the answer.
    for times in faults.requested("reset-always").values():
        assert RETRY_TIMES + 1 <= len(times) <= 2 * (RETRY_TIMES + 1)


def test_a_page_without_charset_decodes_from_its_meta(fault_crawl):
    faults, items = fault_crawl["faults"], fault_crawl["items"]
    by_url = {item["canonical_url"]: item for item in items}
    site = faults.site
    for index in faults.requested("no-charset"):
        article = site.articles[index]
        url = next(u for u, mode in fault_crawl["expected"].modes.items()
                   if mode == "no-charset" and u.endswith(article.path()))
        assert by_url[url]["title"] == article.shown_title


def test_gzip_bombs_are_stopped_and_memory_stays_bounded(fault_crawl):
    stats, stderr = fault_crawl["stats"], fault_crawl["result"].stderr
    assert stats["discovery/sitemap/too_large"] == 3  # the .xml.gz of each edition
    assert stderr.count("during decompression") >= 3  # the Content-Encoding: gzip ones
    bomb = fault_crawl["faults"].faults.bomb_bytes
    assert stats["memusage/max"] - stats["memusage/startup"] < bomb
    assert fault_crawl["peak_rss"] < 600 * 1024 * 1024
