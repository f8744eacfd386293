"""Run `scrapy crawl mina` against a sandbox in a subprocess, and read what it left behind."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def crawl_command(base_url: str, output_dir: Path, *args: str, edition: str = "all") -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", f"edition={edition}",
            "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
            "-s", "LOG_LEVEL=INFO", *args]


def run_crawl(base_url: str, output_dir: Path, *args: str, edition: str = "all") -> subprocess.CompletedProcess:
    return subprocess.run(crawl_command(base_url, output_dir, *args, edition=edition),
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def start_crawl(base_url: str, output_dir: Path, *args: str, edition: str = "all",
                log: Path | None = None) -> subprocess.Popen:
    """A crawl in the background; its stderr goes to `log` (or nowhere). The caller stops it."""
    stderr = log.open("w") if log else subprocess.DEVNULL
    try:
        return subprocess.Popen(crawl_command(base_url, output_dir, *args, edition=edition), cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=stderr)
    finally:
        if log:
            stderr.close()


def run_files(output_dir: Path) -> list[Path]:
    return sorted((output_dir / "mina").glob("*.jsonl"))


def read_lines(output_dir: Path) -> list[dict]:
    """Every line of every run file, each parsed as JSON (a partial or invalid line fails the test)."""
    items = []
    for path in run_files(output_dir):
        with path.open(encoding="utf-8") as lines:
            items.extend(json.loads(line) for line in lines)
    return items


def stat(result_log: str, name: str) -> int | None:
    """An integer stat from the stats dump Scrapy logs at the end of a crawl."""
    match = re.search(rf"'{re.escape(name)}': (\d+)", result_log)
    return int(match.group(1)) if match else None


def wait_for(condition: Callable[[], bool], timeout: float = 60.0, step: float = 0.02) -> bool:
    """Poll `condition` until it holds or `timeout` seconds pass; returns whether it held."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()
