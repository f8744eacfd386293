"""`make demo`: for each site, start its sandbox on a loopback port, crawl every edition it serves, summarize, stop.

    python -m crawler.demo [--site mina,...] [--articles N] [--seed N] [--output-dir DIR]

The demo writes below `output/demo/`, never into the real crawls' `output/`: sandbox articles
(127.0.0.1 URLs) must not mix into a dataset of the real sites.
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

from sandbox import editions

SERVING_PREFIX = "sandbox: serving "


# Article URLs (and so their ids) include the sandbox's port: the demo prefers one fixed port, so a
# second demo finds the articles of the first already exported, as a rerun on the real site would.
PREFERRED_PORT = 8800  # the first site's; the next sites take the following ports
# The sites whose sandboxes the demo crawls, in order.
DEMO_SITES = ("mina", "antara")


def free_port(preferred: int) -> int:
    """`preferred` when nothing listens there, else 0 (the sandbox picks a free port)."""
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", preferred))
        except OSError:
            return 0
    return preferred


def start_sandbox(articles: int, seed: int = 0, port: int = 0, site: str = "mina") -> tuple[subprocess.Popen, str]:
    """A `scrapy sandbox` process and its base URL (read from the line it prints when listening)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "sandbox", "--port", str(port),
         "--articles", str(articles), "--seed", str(seed), *(["--site", site] if site != "mina" else [])],
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
    parser.add_argument("--site", default=",".join(DEMO_SITES), help="comma list of sites (default: %(default)s)")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--output-dir", default=str(Path("output", "demo")))
    options = parser.parse_args(argv)
    for offset, site in enumerate(options.site.split(",")):
        if offset:
            print()
        status = demo_site(site, options, PREFERRED_PORT + offset)
        if status:
            return status
    return 0


def demo_site(site: str, options: argparse.Namespace, port: int) -> int:
    """Serve `site`'s sandbox, crawl the editions it serves into the demo folder, print what came out (the real
    site's other editions, ANTARA's other bureaus, would be a 404 each)."""
    sandbox, base_url = start_sandbox(options.articles, options.seed, free_port(port), site)
    print(f"{site}: sandbox at {base_url} ({options.articles} articles, seed {options.seed})", flush=True)
    folder = Path(options.output_dir, site)
    try:
        started = time.monotonic()
        before = set(folder.glob("*.jsonl"))
        crawl = subprocess.run(
            [sys.executable, "-m", "scrapy", "crawl", site, "-a", f"edition={','.join(editions(site))}",
             "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={options.output_dir}",
             "-s", "LOG_LEVEL=WARNING"],
            check=False,
        )
        elapsed = time.monotonic() - started
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
    runs = sorted(folder.glob("*.jsonl"))
    written = sorted(set(runs) - before)
    if crawl.returncode != 0:
        print(f"{site}: crawl failed (exit {crawl.returncode})", file=sys.stderr)
        return crawl.returncode
    if written:
        print(f"{site}: new articles per edition: {per_edition(summarize(written))}")
        print(f"{site}: output: {', '.join(str(path) for path in written)}")
    else:
        print(f"{site}: no new articles: an earlier run exported every sandbox article (see {folder})")
    union = summarize(runs)
    print(f"{site}: all runs together: {per_edition(union)}; total {sum(union.values())} articles")
    print(f"{site}: elapsed: {elapsed:.1f} s")
    return 0


def per_edition(counts: Counter) -> str:
    return ", ".join(f"{code} {n}" for code, n in sorted(counts.items()))


if __name__ == "__main__":
    sys.exit(main())
