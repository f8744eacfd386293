"""Run `scrapy crawl <site>` against a sandbox in a subprocess, read what it left behind, score it against the truth."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


# Fields a sandbox's ground truth states, compared one by one.
COMPARED = ("canonical_url", "edition", "language", "title", "published_at", "modified_at", "author",
            "editor", "category", "category_path", "tags", "dateline", "lead", "body", "signature",
            "related", "image", "mentioned_dates")


def crawl_command(base_url: str, output_dir: Path, *args: str, edition: str = "all", spider: str = "mina") -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", spider, "-a", f"edition={edition}",
            "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
            "-s", "LOG_LEVEL=INFO", *args]


def run_command(command: list[str]) -> subprocess.CompletedProcess:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)


def run_crawl(base_url: str, output_dir: Path, *args: str, edition: str = "all",
              spider: str = "mina") -> subprocess.CompletedProcess:
    return run_command(crawl_command(base_url, output_dir, *args, edition=edition, spider=spider))


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


def run_files(output_dir: Path, spider: str = "mina") -> list[Path]:
    return sorted((output_dir / spider).glob("*.jsonl"))


def read_lines(output_dir: Path, spider: str = "mina") -> list[dict]:
    """Every line of every run file, each parsed as JSON (a partial or invalid line fails the test)."""
    items = []
    for path in run_files(output_dir, spider):
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


def to_minute(value: str | None) -> str | None:
    return datetime.fromisoformat(value).isoformat(timespec="minutes") if value else None


def comparable(field: str, value):
    if field in ("published_at", "modified_at"):
        return to_minute(value)
    return value


def field_scores(items: list[dict], truth: list[dict],
                 fields: Iterable[str] = COMPARED) -> dict[str, tuple[float, float, list]]:
    """Per field: (precision, recall, a few mismatches). Precision over stated output values,
    recall over stated truth values; `None`/empty on both sides counts as agreement."""
    by_url = {item["canonical_url"]: item for item in items}
    scores = {}
    for field in fields:
        stated_out = right_out = stated_truth = right_truth = 0
        misses = []
        for record in truth:
            expected = comparable(field, record.get(field))
            got = comparable(field, by_url.get(record["canonical_url"], {}).get(field))
            if got not in (None, [], ""):
                stated_out += 1
                right_out += got == expected
            if expected not in (None, [], ""):
                stated_truth += 1
                right_truth += got == expected
            if got != expected and len(misses) < 3:
                misses.append((record["canonical_url"], expected, got))
        scores[field] = (right_out / stated_out if stated_out else 1.0,
                         right_truth / stated_truth if stated_truth else 1.0, misses)
    return scores


def print_scores(title: str, scores: dict[str, tuple[float, float, list]]) -> None:
    print(f"\n{title:<30} precision  recall")
    for field, (precision, recall, _) in scores.items():
        print(f"{field:<30} {precision:9.1%} {recall:7.1%}")
