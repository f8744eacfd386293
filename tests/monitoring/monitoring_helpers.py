"""Crawl subprocesses and small loopback HTTP servers for the monitoring tests."""

from __future__ import annotations

import ast
import json
import re
import socket
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def crawl_command(base_url: str, output_dir: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
            "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
            "-s", "LOG_LEVEL=INFO", *args]


def run_crawl(base_url: str, output_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(crawl_command(base_url, output_dir, *args), cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


def read_lines(output_dir: Path) -> list[dict]:
    items = []
    for path in sorted((output_dir / "mina").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            items.extend(json.loads(line) for line in lines)
    return items


_STAT = re.compile(r"^ '(?P<key>[^']+)': (?P<value>[^\n]*?),?$", re.MULTILINE)


def dumped_stats(log: str) -> dict:
    """The stats Scrapy dumps at close, for the keys whose values are plain literals."""
    stats = {}
    for match in _STAT.finditer(log.split("Dumping Scrapy stats:", 1)[-1]):
        try:
            stats[match["key"]] = ast.literal_eval(match["value"].rstrip("}").rstrip(","))
        except (ValueError, SyntaxError):
            continue
    return stats


def closed_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LocalServer:
    """A threaded HTTP server on 127.0.0.1 with a given handler class; a context manager."""

    def __init__(self, handler: type[BaseHTTPRequestHandler]):
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # a client that hung up is no news here
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "LocalServer":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(10)


def receiver(failures_first: int = 0):
    """A webhook receiver: answers 500 to the first `failures_first` POSTs, then 200; records every body."""
    received: list[dict] = []
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            with lock:
                received.append(body)
                status = 500 if len(received) <= failures_first else 200
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    return LocalServer(Handler), received


def gated_server(instant: tuple[str, ...] = ("/robots.txt",)):
    """Answers 404 to `instant` paths at once and to every other path only once `gate` is set."""
    gate = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            if self.path not in instant:
                gate.wait(60)
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    return LocalServer(Handler), gate
