"""Size and speed of the SQLite state store at scale, and the cost of an idle monitor poll.

    python bench/bench_state.py [--urls 1000000] [--poll-articles 300]

Fills a store with synthetic articles in random key order (as a crawl inserts them), then
prints bytes per URL on disk (WAL checkpointed), the time to open it, warm `in` checks,
`decide()`, `claim()` and near-duplicate queries per second, the process's peak memory and the size after VACUUM.
Then starts a sandbox, crawls it in full, polls it with `-a mode=monitor` twice (nothing new)
and prints the HTTP requests (robots.txt included) each poll made, for one edition and for all three.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sandbox import Sandbox, build_site  # noqa: E402
from crawler.state.base import ArticleState, key_id, to_signed64  # noqa: E402
from crawler.state.sqlite import SqliteStateStore  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RUN_FILES = 300
NOW = 1_790_000_000


def _fill(path: Path, urls: int, rng: random.Random) -> list[int]:
    SqliteStateStore(path).close()  # creates the schema
    keys = [to_signed64(rng.getrandbits(64)) for _ in range(urls)]
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode=WAL")
    db.executemany("INSERT INTO files (file_no, name) VALUES (?, ?)",
                   [(n, f"daily_{n:04d}_20261101T000000Z.jsonl") for n in range(1, RUN_FILES + 1)])
    rows = ((key, 1 + (i % 10 == 0), to_signed64(rng.getrandbits(64)),
             NOW - rng.randrange(10**8) if i % 2 else None, to_signed64(rng.getrandbits(64)),
             NOW - rng.randrange(10**8), NOW - rng.randrange(10**6), 1 + i % RUN_FILES)
            for i, key in enumerate(keys))
    db.executemany("INSERT OR IGNORE INTO seen VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.commit()
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return keys


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def _rate(count: int, seconds: float) -> str:
    return f"{count / seconds:,.0f}/s"


def _crawl(base_url: str, output_dir: Path, edition: str, *args: str) -> int:
    """Runs `scrapy crawl mina`; returns its `downloader/request_count` stat."""
    result = subprocess.run(
        [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", f"edition={edition}",
         "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=INFO",
         *args], cwd=ROOT, capture_output=True, text=True, timeout=1800)
    match = re.search(r"'downloader/request_count': (\d+)", result.stderr)
    if result.returncode not in (0, 3) or not match:  # 3: monitors failed, the crawl itself ran
        sys.exit(f"crawl failed ({result.returncode}):\n{result.stderr[-3000:]}")
    return int(match.group(1))


def idle_monitor_polls(articles: int) -> None:
    with Sandbox(build_site(articles=articles, seed=0)) as server, tempfile.TemporaryDirectory() as folder:
        for edition in ("id", "all"):
            output = Path(folder) / edition
            full = _crawl(server.base_url, output, edition)
            polls = [_crawl(server.base_url, output, edition, "-a", "mode=monitor") for _ in range(2)]
            print(f"requests per idle monitor poll, edition={edition} ({articles} articles, full crawl "
                  f"{full} requests): first poll {polls[0]}, second poll {polls[1]} (robots.txt included)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=1_000_000)
    parser.add_argument("--poll-articles", type=int, default=300, help="sandbox size for the monitor polls")
    args = parser.parse_args(argv)
    rng = random.Random(0)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mina.sqlite"
        started = time.perf_counter()
        keys = _fill(path, args.urls, rng)
        print(f"fill {args.urls:,} articles: {time.perf_counter() - started:.1f} s")
        print(f"on disk: {_size(path):,} B = {_size(path) / args.urls:.1f} B per URL")

        started = time.perf_counter()
        store = SqliteStateStore(path)
        print(f"open (loads the id set): {time.perf_counter() - started:.2f} s")

        probes = [key_id(key) for key in rng.sample(keys, 50_000)]
        probes += [format(rng.getrandbits(64), "016x") for _ in range(50_000)]
        rounds = 10
        started = time.perf_counter()
        for _ in range(rounds):
            for probe in probes:
                probe in store  # noqa: B015 - the lookup is what is measured
        print(f"warm `in` checks: {_rate(rounds * len(probes), time.perf_counter() - started)}")

        hashes = "0" * 40
        started = time.perf_counter()
        for probe in probes:
            store.decide(probe, hashes, None)
        print(f"decide(): {_rate(len(probes), time.perf_counter() - started)}")

        fresh = [format(rng.getrandbits(64), "016x") for _ in range(20_000)]
        started = time.perf_counter()
        for article_id in fresh:
            store.claim(ArticleState(article_id, 1, "0" * 16, None, rng.getrandbits(64),
                                     "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z", "new_run.jsonl"))
        store.flush()
        print(f"claim() (batched commits): {_rate(len(fresh), time.perf_counter() - started)}")

        started = time.perf_counter()
        store.find_near_duplicate(0, 3, exclude_id="")
        print(f"near-duplicate index build (first query): {time.perf_counter() - started:.2f} s")
        queries = [rng.getrandbits(64) for _ in range(2_000)]
        started = time.perf_counter()
        for simhash in queries:
            store.find_near_duplicate(simhash, 3, exclude_id="")
        print(f"find_near_duplicate(): {_rate(len(queries), time.perf_counter() - started)}")
        print(f"peak RSS of this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
        store.close()

        db = sqlite3.connect(path)
        db.execute("VACUUM")
        db.close()
        total = args.urls + len(fresh)
        print(f"after VACUUM: {_size(path):,} B = {_size(path) / total:.1f} B per URL")
    idle_monitor_polls(args.poll_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
