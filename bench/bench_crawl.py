"""Crawl throughput: the full `mina` crawl vs a naive Scrapy spider, same sandbox, same run.

    python bench/bench_crawl.py [--articles 2000] [--rounds 2]

The full crawl discovers everything itself (robots.txt, sitemaps, feeds, listings) and runs every
pipeline; the naive spider (bench/naive_spider.py, Scrapy defaults) is handed the same pages (the
URLs a warm-up full crawl fetched) and yields title + body for each. Both crawl the same sandbox, alternately, so machine drift hits both.
After the warm-up the sandbox answers from its page cache, as a real site's cache would: its
CPU (on this same machine) then costs either crawl little.
Prints pages/s and CPU seconds per 1,000 pages of each and the full/naive throughput ratio.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.demo import start_sandbox

ROOT = Path(__file__).resolve().parents[1]
_STAT = re.compile(r"'(response_received_count|item_scraped_count|elapsed_time_seconds)': ([\d.]+)")
_CRAWLED = re.compile(r"Crawled \(\d+\) <GET ([^>]+)>")


def crawled_urls(base_url: str, output_dir: Path) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all", "-a", f"base_url={base_url}/{{edition}}",
         "-s", f"OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=DEBUG"], cwd=ROOT, capture_output=True, text=True)
    return _CRAWLED.findall(result.stderr)


def timed(command: list[str], cwd: Path) -> dict:
    """Run a crawl; wall time, CPU time of the child, and Scrapy's final counters."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"crawl failed: {' '.join(command)}\n{result.stderr[-2000:]}")
    stats = {name: float(value) for name, value in _STAT.findall(result.stderr)}
    pages = stats.get("response_received_count", 0)
    crawl = stats.get("elapsed_time_seconds") or wall
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "crawl": crawl, "cpu": cpu, "pages": pages, "items": stats.get("item_scraped_count", 0),
            "pages_per_s": pages / crawl, "process_pages_per_s": pages / wall,
            "cpu_ms_per_page": 1000 * cpu / max(pages, 1)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="full mina crawl vs naive spider")
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-crawl-"))
    os.chdir(ROOT)  # the sandbox command runs in the project
    sandbox, base_url = start_sandbox(options.articles)
    try:
        # The naive spider gets the very pages the full crawl fetches (articles, and the robots.txt,
        # sitemaps, feeds and listings it discovers them from), taken from a warm-up crawl's log.
        urls_file = work / "urls.txt"
        urls_file.write_text("\n".join(crawled_urls(base_url, work / "warmup")) + "\n", encoding="utf-8")
        naive_dir = work / "naive"
        naive_dir.mkdir()
        shutil.copy(ROOT / "bench" / "naive_spider.py", naive_dir)

        full_runs, naive_runs = [], []
        for round_number in range(options.rounds):
            output_dir = work / f"full-{round_number}"
            full_runs.append(timed(
                [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
                 "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
                 "-s", "LOG_LEVEL=INFO"], ROOT))
            naive_runs.append(timed(
                [sys.executable, "-m", "scrapy", "runspider", "naive_spider.py", "-a", f"urls={urls_file}",
                 "-o", f"naive-{round_number}.jsonl", "-s", "LOG_LEVEL=INFO"], naive_dir))
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    def median(runs: list[dict], key: str) -> float:
        return statistics.median(run[key] for run in runs)

    print(f"crawl benchmark: sandbox of {options.articles} articles, {options.rounds} rounds, medians")
    print("pages/s: pages over Scrapy's elapsed_time_seconds (the crawl); process: over the whole process,"
          " start-up and shut-down included")
    print(f"{'':8} {'pages':>7} {'items':>7} {'crawl s':>8} {'pages/s':>9} {'process s':>10} {'pages/s':>9}"
          f" {'CPU ms/page':>12}")
    for name, runs in (("full", full_runs), ("naive", naive_runs)):
        print(f"{name:8} {median(runs, 'pages'):7.0f} {median(runs, 'items'):7.0f} {median(runs, 'crawl'):8.2f}"
              f" {median(runs, 'pages_per_s'):9.1f} {median(runs, 'wall'):10.2f}"
              f" {median(runs, 'process_pages_per_s'):9.1f} {median(runs, 'cpu_ms_per_page'):12.2f}")
    ratio = median(full_runs, "pages_per_s") / median(naive_runs, "pages_per_s")
    process_ratio = median(full_runs, "process_pages_per_s") / median(naive_runs, "process_pages_per_s")
    cpu_ratio = median(naive_runs, "cpu_ms_per_page") / median(full_runs, "cpu_ms_per_page")
    print(f"throughput ratio full/naive (crawl pages/s): {ratio:.2f}  (>= 1.0 required, goal 1.3)")
    print(f"throughput ratio full/naive (process pages/s): {process_ratio:.2f}")
    print(f"CPU efficiency ratio naive/full (CPU ms per page): {cpu_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
