"""Memory of a backfill: peak RSS of full `mina` sandbox crawls of growing archives.

    python bench/bench_memory.py [--sizes 10000,50000,100000]

For each size: a MINA sandbox of that many articles, then `scrapy crawl mina -a edition=all` of it (full
mode, a fresh OUTPUT_DIR) as a subprocess. The crawl process and its children (the parsing workers) are
sampled every 0.2 s; each process's peak is its kernel high-water mark (VmHWM), so a peak between two
samples is not missed. Prints per size: articles exported, pages fetched, wall time, peak RSS of the crawl
process, of its workers (summed), their total, and the sandbox's own peak; then the ratio of the largest
size's total to the smallest's (flat memory: close to 1). A worker forked from the crawl (`PARSE_WORKER_START`,
the default on Linux) counts in its RSS the pages it still shares with the crawl: the total overstates the
memory the two use together (by ~20 MB on a 2,000-article crawl).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.demo import start_sandbox

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_SECONDS = 0.2
_STAT = re.compile(r"'(response_received_count|item_scraped_count)': (\d+)")


def high_water_kb(pid: int) -> int | None:
    """The process's peak resident set so far (kB), or None once it is gone."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        return None
    return None


def children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listed:
            return [int(child) for child in listed.read().split()]
    except (FileNotFoundError, ProcessLookupError):
        return []


def crawl(base_url: str, output_dir: Path) -> dict:
    """One full crawl; its figures and the peak RSS (kB) of the crawl process and of its workers."""
    command = [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
               "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=INFO"]
    log_path = output_dir.with_suffix(".log")
    started = time.perf_counter()
    with log_path.open("w", encoding="utf-8") as log:
        process = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=log)
        crawl_peak, worker_peaks = 0, {}
        while process.poll() is None:
            crawl_peak = max(crawl_peak, high_water_kb(process.pid) or 0)
            for child in children(process.pid):
                worker_peaks[child] = max(worker_peaks.get(child, 0), high_water_kb(child) or 0)
            time.sleep(SAMPLE_SECONDS)
    wall = time.perf_counter() - started
    text = log_path.read_text(encoding="utf-8")
    if process.returncode != 0:
        raise SystemExit(f"crawl failed (exit {process.returncode}): {' '.join(command)}\n{text[-2000:]}")
    stats = {name: int(value) for name, value in _STAT.findall(text)}
    return {"articles": stats.get("item_scraped_count", 0), "pages": stats.get("response_received_count", 0),
            "wall": wall, "crawl_kb": crawl_peak, "workers_kb": sum(worker_peaks.values())}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="peak memory of full crawls of growing sandboxes")
    parser.add_argument("--sizes", default="10000,50000,100000", help="comma list of article counts")
    options = parser.parse_args(argv)
    try:
        sizes = [int(size) for size in options.sizes.split(",")]
    except ValueError:
        parser.exit(2, f"--sizes {options.sizes!r}: takes a comma list of article counts, e.g. 10000,50000\n")
    if not sizes or min(sizes) < 1:
        parser.exit(2, f"--sizes {options.sizes!r}: article counts must be positive\n")

    work = Path(tempfile.mkdtemp(prefix="bench-memory-"))
    os.chdir(ROOT)  # the sandbox command runs in the project
    rows = []
    try:
        for size in sizes:
            sandbox, base_url = start_sandbox(size)
            try:
                row = crawl(base_url, work / f"crawl-{size}")
                row["sandbox_kb"] = high_water_kb(sandbox.pid) or 0
            finally:
                sandbox.terminate()
                sandbox.wait(timeout=30)
            row["size"] = size
            rows.append(row)
            print(f"  crawled {size} articles in {row['wall']:.0f} s", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print("memory benchmark: full `mina` crawls (all editions) of sandboxes of growing size; peak RSS in MB")
    print(f"{'articles':>9} {'exported':>9} {'pages':>8} {'wall s':>7} {'crawl':>7} {'workers':>8} {'total':>7}"
          f" {'sandbox':>8}")
    for row in rows:
        total = row["crawl_kb"] + row["workers_kb"]
        print(f"{row['size']:>9} {row['articles']:>9} {row['pages']:>8} {row['wall']:>7.0f}"
              f" {row['crawl_kb'] / 1024:>7.1f} {row['workers_kb'] / 1024:>8.1f} {total / 1024:>7.1f}"
              f" {row['sandbox_kb'] / 1024:>8.1f}")
    smallest, largest = rows[0], rows[-1]
    ratio = (largest["crawl_kb"] + largest["workers_kb"]) / (smallest["crawl_kb"] + smallest["workers_kb"])
    print(f"peak total ratio {largest['size']}/{smallest['size']} articles: {ratio:.2f}"
          f"  (goal <= 1.2, and <= 300 MB at 100,000)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
