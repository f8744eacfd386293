"""`make demo`: start the sandbox on a free loopback port, crawl every edition, summarize, stop.

    python -m crawler.demo [--articles N] [--seed N] [--output-dir DIR]
"""

from __future__ import annotations

import argparse
import json
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

SERVING_PREFIX = "sandbox: serving "


# Article URLs (and so their ids) include the sandbox's port: the demo prefers one fixed port, so a
# second demo finds the articles of the first already exported, as a rerun on the real site would.
PREFERRED_PORT = 8800


def free_port(preferred: int) -> int:
    """`preferred` when nothing listens there, else 0 (the sandbox picks a free port)."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
        except OSError:
            return 0
    return preferred


def start_sandbox(articles: int, seed: int = 0, port: int = 0) -> tuple[subprocess.Popen, str]:
    """A `scrapy sandbox` process and its base URL (read from the line it prints when listening)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "sandbox", "--port", str(port),
         "--articles", str(articles), "--seed", str(seed)],
        stdout=subprocess.PIPE, text=True,
    )
    line = process.stdout.readline()
    if not line.startswith(SERVING_PREFIX):
        process.kill()
        raise SystemExit(f"the sandbox did not start: {line!r}")
    return process, line[len(SERVING_PREFIX):].split()[0]


def summarize(paths: list[Path]) -> Counter:
    """Articles per edition in the union of run files (each article id once)."""
    editions: dict[str, str] = {}
    for path in paths:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                article = json.loads(line)
                editions[article["id"]] = article["edition"]
    return Counter(editions.values())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output-dir", default="output")
    options = parser.parse_args(argv)

    sandbox, base_url = start_sandbox(options.articles, options.seed, free_port(PREFERRED_PORT))
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
    runs = sorted(Path(options.output_dir, "mina").glob("*.jsonl"))
    written = sorted(set(runs) - before)
    if crawl.returncode != 0:
        print(f"crawl failed (exit {crawl.returncode})", file=sys.stderr)
        return crawl.returncode
    print()
    if written:
        print(f"new articles per edition: {per_edition(summarize(written))}")
        print(f"output: {', '.join(str(path) for path in written)}")
    else:
        print(f"no new articles: an earlier run exported every sandbox article (see {Path(options.output_dir, 'mina')})")
    union = summarize(runs)
    print(f"all runs together: {per_edition(union)}; total {sum(union.values())} articles")
    print(f"elapsed: {elapsed:.1f} s")
    return 0


def per_edition(counts: Counter) -> str:
    return ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))


if __name__ == "__main__":
    sys.exit(main())
