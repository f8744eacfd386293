"""Two real worker processes, one real redis-server, one sandbox: exactly once across workers.

Needs a throwaway Redis database in REDIS_TEST_URL (`.ci/run` starts one); each test flushes it.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from urllib.parse import urlsplit

import pytest

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.skipif(not os.environ.get("REDIS_TEST_URL"), reason="REDIS_TEST_URL not set (no redis-server)"),
]

ROOT = Path(__file__).resolve().parents[2]
CRAWLED = re.compile(r"Crawled \((\d+)\) <GET ([^>]+)>")


@pytest.fixture
def redis_url():
    import redis

    url = os.environ["REDIS_TEST_URL"]
    client = redis.Redis.from_url(url)
    client.flushdb()
    yield url
    client.flushdb()
    client.close()


def start_worker(base_url: str, output_dir: Path, redis_url: str, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
               "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
               "-s", "CRAWL_BACKEND=redis", "-s", f"REDIS_URL={redis_url}",
               "-s", "MAX_IDLE_TIME_BEFORE_CLOSE=1",
               # A little slower than the sandbox allows, so that both workers share the crawl.
               "-s", "DOWNLOAD_DELAY=0.02", "-s", "LOG_LEVEL=DEBUG",
               # Monitors judge a run's sample of articles; a worker's share is small and skewed.
               "-s", "SPIDERMON_ENABLED=False"]
    with log.open("w") as stderr:
        return subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr)


def wait_all(workers: list[subprocess.Popen], timeout: float = 300) -> list[int]:
    try:
        return [worker.wait(timeout=timeout) for worker in workers]
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def lines_by_file(output_dir: Path) -> dict[str, list[dict]]:
    files = {}
    for path in sorted((output_dir / "mina").glob("*.jsonl")):
        with path.open(encoding="utf-8") as lines:
            files[path.name] = [json.loads(line) for line in lines]
    return files


def written_lines(output_dir: Path) -> int:
    return sum(path.read_bytes().count(b"\n") for path in (output_dir / "mina").glob("*.jsonl"))


def article_fetches(logs: list[Path], truth: list[dict]) -> Counter:
    """How often each article's first page was fetched, over all workers' logs (any slash form)."""
    paths = {urlsplit(record["canonical_url"]).path.rstrip("/") for record in truth}
    fetched = Counter()
    for log in logs:
        for _, url in CRAWLED.findall(log.read_text(encoding="utf-8")):
            path = urlsplit(url).path.rstrip("/")
            if path in paths:
                fetched[path] += 1
    return fetched


def assert_exactly_once(output_dir: Path, truth: list[dict]) -> dict[str, list[dict]]:
    files = lines_by_file(output_dir)
    counts = Counter(item["canonical_url"] for lines in files.values() for item in lines)
    assert [url for url, n in counts.items() if n > 1] == []
    assert set(counts) == {record["canonical_url"] for record in truth}
    return files


def test_two_workers_share_one_crawl_exactly_once(make_sandbox, redis_url, tmp_path):
    import redis

    site = make_sandbox(articles=80, seed=11)
    truth = site.site.truth(site.base_url)
    logs = [tmp_path / "worker1.log", tmp_path / "worker2.log"]
    workers = [start_worker(site.base_url, tmp_path / "out", redis_url, log) for log in logs]
    assert wait_all(workers) == [0, 0], logs[0].read_text()[-3000:] + logs[1].read_text()[-3000:]

    files = assert_exactly_once(tmp_path / "out", truth)
    assert len(files) == 2 and all(len(lines) > 0 for lines in files.values()), {n: len(v) for n, v in files.items()}
    assert {name.split("_20")[0].rsplit(".", 1)[1] for name in files} == {"w1", "w2"}
    fetches = article_fetches(logs, truth)
    assert len(fetches) == len(truth)
    assert [path for path, n in fetches.items() if n > 1] == []
    seeded = [log.read_text(encoding="utf-8").count("'distributed/seeded': True") for log in logs]
    assert sorted(seeded) == [0, 1]
    # The last worker out reset the frontier; the state store stays for the next run.
    client = redis.Redis.from_url(redis_url)
    assert client.keys("mina:crawl:*") == []
    assert len(client.keys("mina:state:a:*")) == len(truth)

    rerun = tmp_path / "rerun.log"
    assert wait_all([start_worker(site.base_url, tmp_path / "out", redis_url, rerun)]) == [0]
    assert sum(len(lines) for lines in lines_by_file(tmp_path / "out").values()) == len(truth)
    assert article_fetches([rerun], truth) == Counter()  # every article known: none fetched again


def test_a_worker_killed_midway_loses_nothing(make_sandbox, redis_url, tmp_path):
    site = make_sandbox(articles=120, seed=12)
    truth = site.site.truth(site.base_url)
    out = tmp_path / "out"
    victim = start_worker(site.base_url, out, redis_url, tmp_path / "victim.log")
    survivor = start_worker(site.base_url, out, redis_url, tmp_path / "survivor.log")
    try:
        deadline = time.monotonic() + 120
        while written_lines(out) < len(truth) // 4:
            assert time.monotonic() < deadline and victim.poll() is None, "the crawl never got going"
            time.sleep(0.05)
        victim.send_signal(signal.SIGKILL)
        victim.wait(timeout=30)
    finally:
        if victim.poll() is None:
            victim.kill()
            victim.wait()
    assert victim.returncode == -signal.SIGKILL
    assert wait_all([survivor]) == [0]

    rerun = tmp_path / "rerun.log"
    assert wait_all([start_worker(site.base_url, out, redis_url, rerun)]) == [0]
    files = assert_exactly_once(out, truth)
    assert len(files) >= 2  # the victim's lines count: they are not exported again
