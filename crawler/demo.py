"""`make demo`: start the sandbox on a free loopback port, crawl every edition, summarize, stop.

    python -m crawler.demo [--articles N] [--seed N] [--output-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

SERVING_PREFIX = "sandbox: serving "


def start_sandbox(articles: int, seed: int) -> tuple[subprocess.Popen, str]:
    """A `scrapy sandbox` process and its base URL (read from the line it prints when listening)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "sandbox", "--port", "0",
         "--articles", str(articles), "--seed", str(seed)],
        stdout=subprocess.PIPE, text=True,
    )
    line = process.stdout.readline()
    if not line.startswith(SERVING_PREFIX):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {line!r}")
    return process, line[len(SERVING_PREFIX):].split()[0]


def summarize(path: Path) -> Counter:
    editions: Counter = Counter()
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            editions[json.loads(line)["edition"]] += 1
    return editions


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output-dir", default="output")
    options = parser.parse_args(argv)

    sandbox, base_url = start_sandbox(options.articles, options.seed)
    print(f"sandbox at {base_url} ({options.articles} articles, seed {options.seed})", flush=True)
    try:
        started = time.monotonic()
        before = set(Path(options.output_dir, "mina").glob("*.jsonl"))
        crawl = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
             "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={options.output_dir}",
             "-s", "LOG_LEVEL=WARNING"],
            check=False,
        )
        elapsed = time.monotonic() - started
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    outputs = sorted(set(Path(options.output_dir, "mina").glob("*.jsonl")) - before)
    if crawl.returncode != 0 or not outputs:
        print(f"crawl failed (exit {crawl.returncode})", file=sys.stderr)
        return crawl.returncode or 1
    editions = summarize(outputs[-1])
    print("\narticles per edition: " + ", ".join(f"{code} {n}" for code, n in sorted(editions.items())))
    print(f"total: {sum(editions.values())} articles in {elapsed:.1f} s")
    print(f"output: {outputs[-1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
