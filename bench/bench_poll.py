"""The cost of an idle scheduled poll vs an empty Scrapy spider fetching the same pages, same run.

    python bench/bench_poll.py [--articles 300] [--rounds 7]

Starts a sandbox, crawls its `id` edition in full and polls it once (`-a mode=monitor`), so the
state knows everything. Then, alternately, times whole processes: the idle poll (it fetches
robots.txt, the feed and the latest listing, and exports nothing) and the empty spider
(bench/empty_spider.py, Scrapy's defaults, outside the project) handed the URLs the poll
fetched. Prints the median, min and max wall time of each, the ratio of the medians, and where
the time goes: the phases of the median runs (read from when their log lines arrive) and
`python -X importtime` of one run each, grouped by what imported it.
A third process, "lean", is the empty spider given the poll's two savings that any Scrapy
process could have (switched-off components left unloaded, objects frozen before exit): the
poll/lean ratio is what the project's own work costs over the least Scrapy can do.
Then the same poll and empty spider once the output holds `--history-files` more run files (a year
of polls that found something, one article each): every start-up checks every run file of the history.
Last, polls that find news: a sandbox of this process publishes one article before each poll, which
exports it; the empty spider fetches the same pages and the new article's.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.demo import start_sandbox  # noqa: E402

_CRAWLED = re.compile(r"Crawled \(\d+\) <GET ([^>]+)>")
_REQUESTS = re.compile(r"'downloader/request_count': (\d+)")
# Log lines that end each phase of a Scrapy process, in order.
PHASES = (("start-up (imports, settings)", "] INFO: Scrapy "),
          ("components built", "] INFO: Spider opened"),
          ("crawl", "] INFO: Closing spider"),
          ("close (extensions, monitors)", "] INFO: Spider closed"))
PROJECT = ("crawler", "pipelines", "sandbox")
LEAN_ADDONS = '{"crawler.extensions.switched_off.SwitchedOffComponents": 0}'


def crawl_command(base_url: str, output_dir: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=id",
            "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}", *extra]


def poll_command(base_url: str, output_dir: Path, *extra: str) -> list[str]:
    return crawl_command(base_url, output_dir, "-a", "mode=monitor", *extra)


def timed(command: list[str], cwd: Path) -> dict:
    """Runs a process; its wall time, CPU time, the time each phase ended, its request count."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    marks: dict[str, float] = {}
    lines = []
    for line in process.stderr:  # Python's stderr is line-buffered: each line arrives when logged
        lines.append(line)
        for name, marker in PHASES:
            if name not in marks and marker in line:
                marks[name] = time.perf_counter() - started
    process.wait()
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    log = "".join(lines)
    requests = _REQUESTS.search(log)
    if process.returncode != 0 or not requests or len(marks) < len(PHASES):
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{log[-3000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall": wall, "cpu": cpu, "marks": marks, "requests": int(requests.group(1)), "log": log}


def polls_with_news(articles: int, work: Path, peer_dir: Path, idle_urls: list[str]) -> tuple[list[dict], list[dict]]:
    """Polls of a sandbox that publishes one `id` article before each, and the empty spider fetching what the
    poll fetched: the idle poll's pages (`idle_urls`, on this sandbox's host) and the new article."""
    from urllib.parse import urlsplit

    from sandbox import Sandbox, build_site

    site = build_site(articles=articles, seed=1)
    output = work / "news-output"
    polls, peers = [], []
    with Sandbox(site) as sandbox:
        base = sandbox.base_url
        full = subprocess.run(crawl_command(base, output), cwd=ROOT, capture_output=True, text=True)
        if full.returncode != 0:
            raise SystemExit(f"the full crawl of the news sandbox failed:\n{full.stderr[-3000:]}")
        pages = [base + urlsplit(url).path for url in idle_urls]
        for number in range(5):
            article = next(a for _ in range(100) for a in site.add_articles(1) if a.edition == "id")
            poll = timed(poll_command(base, output), ROOT)
            if "'item_scraped_count': 1," not in poll["log"]:
                raise SystemExit(f"a news poll did not export the one new article:\n{poll['log'][-3000:]}")
            urls_file = work / f"news-urls-{number}.txt"
            urls_file.write_text("\n".join([*pages, site.truth_record(base, article)["url"]]) + "\n", encoding="utf-8")
            polls.append(poll)
            peers.append(timed([sys.executable, "-m", "scrapy", "runspider", "empty_spider.py", "-a",
                                f"urls={urls_file}"], peer_dir))
    return polls, peers


def write_history(runs_dir: Path, count: int) -> None:
    """`count` earlier run files of one article each, as a year of polls that found something leaves."""
    for number in range(count):
        digest = hashlib.sha1(f"history {number}".encode()).hexdigest()
        line = {"id": digest[:16], "content_hash": digest, "version": 1, "body": f"Artikel lama {number}.",
                "fetched_at": "2025-12-01T00:00:00Z", "discovered_at": "2025-12-01T00:00:00Z"}
        (runs_dir / f"mina_id_2025{number:08d}.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")


def import_times(command: list[str], cwd: Path) -> dict[str, float]:
    """Seconds of `-X importtime` per top-level import (what Scrapy, the project or Python itself imported)."""
    result = subprocess.run([command[0], "-X", "importtime", *command[1:]], cwd=cwd, capture_output=True,
                            text=True, check=True)
    times: dict[str, float] = {}
    for line in result.stderr.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            _, cumulative, name = line.split("|")
            if not name.startswith("  "):  # top level: imported by running code, not by another module
                times[name.strip()] = times.get(name.strip(), 0) + int(cumulative) / 1e6
    return times


def grouped(times: dict[str, float]) -> dict[str, float]:
    groups: dict[str, float] = defaultdict(float)
    for name, seconds in times.items():
        root = name.split(".")[0]
        groups["project" if root in PROJECT else root if root in ("scrapy", "spidermon") else "other"] += seconds
    return groups


def describe(name: str, runs: list[dict]) -> str:
    walls = [run["wall"] for run in runs]
    return (f"{name:6} median {statistics.median(walls):.3f} s  min {min(walls):.3f}  max {max(walls):.3f}  "
            f"CPU {statistics.median(run['cpu'] for run in runs):.3f} s  requests {runs[0]['requests']}")


def phases(run: dict) -> str:
    previous, parts = 0.0, []
    for name, _ in PHASES:
        parts.append(f"{name} {run['marks'][name] - previous:.3f}")
        previous = run["marks"][name]
    parts.append(f"exit {run['wall'] - previous:.3f}")
    return ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300, help="sandbox size")
    parser.add_argument("--rounds", type=int, default=7, help="timed runs of each (at least 5)")
    parser.add_argument("--history-files", type=int, default=20_000, help="run files of the history case (0: skip it)")
    options = parser.parse_args(argv)

    work = Path(tempfile.mkdtemp(prefix="bench-poll-"))
    sandbox, base_url = start_sandbox(options.articles)
    try:
        output = work / "output"
        full = subprocess.run(crawl_command(base_url, output), cwd=ROOT, capture_output=True, text=True)
        if full.returncode != 0:
            raise SystemExit(f"the full crawl failed:\n{full.stderr[-3000:]}")
        warm = timed(poll_command(base_url, output, "-s", "LOG_LEVEL=DEBUG"), ROOT)
        urls_file = work / "urls.txt"
        urls_file.write_text("\n".join(_CRAWLED.findall(warm["log"])) + "\n", encoding="utf-8")
        peer_dir = work / "peer"
        peer_dir.mkdir()
        shutil.copy(ROOT / "bench" / "empty_spider.py", peer_dir)
        peer_command = [sys.executable, "-m", "scrapy", "runspider", "empty_spider.py", "-a", f"urls={urls_file}"]
        lean_command = [*peer_command, "-a", "freeze_at_close=1", "-s", f"ADDONS={LEAN_ADDONS}",
                        "-s", "REMOTE_CONTROL_ENABLED=False", "-s", "TELNETCONSOLE_ENABLED=False",
                        "-s", "COOKIES_ENABLED=False"]

        polls, peers, leans = [], [], []
        for _ in range(max(options.rounds, 5)):
            polls.append(timed(poll_command(base_url, output), ROOT))
            peers.append(timed(peer_command, peer_dir))
            leans.append(timed(lean_command, peer_dir))
        if any("'item_scraped_count'" in run["log"] for run in polls):
            raise SystemExit("a timed poll exported articles: it was not idle")
        poll_imports = import_times(poll_command(base_url, output), ROOT)
        peer_imports = import_times(peer_command, peer_dir)
        history_polls, history_peers = [], []
        if options.history_files:
            write_history(output / "mina", options.history_files)
            timed(poll_command(base_url, output), ROOT)  # its start-up records them, as the first poll after a restore
            for _ in range(5):
                history_polls.append(timed(poll_command(base_url, output), ROOT))
                history_peers.append(timed(peer_command, peer_dir))
        news_polls, news_peers = polls_with_news(options.articles, work, peer_dir, _CRAWLED.findall(warm["log"]))
    finally:
        sandbox.terminate()
        sandbox.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)

    def ratio(runs: list[dict]) -> float:
        return statistics.median(r["wall"] for r in polls) / statistics.median(r["wall"] for r in runs)

    print(f"idle monitor poll vs empty Scrapy spider, same pages ({', '.join(_CRAWLED.findall(warm['log']))}),"
          f" {len(polls)} runs each, alternately; whole-process wall time")
    print(describe("poll", polls))
    print(describe("empty", peers))
    print(describe("lean", leans))
    print(f"poll/empty wall-time ratio (medians): {ratio(peers):.2f}  (goal <= 1.3)")
    print(f"poll/lean wall-time ratio (medians): {ratio(leans):.2f}  (the project's own work over the least"
          " Scrapy can do)")
    for name, runs in (("poll", polls), ("empty", peers), ("lean", leans)):
        median_run = sorted(runs, key=lambda run: run["wall"])[len(runs) // 2]
        print(f"{name:6} phases (s): {phases(median_run)}")
    if history_polls:
        history_ratio = (statistics.median(r["wall"] for r in history_polls)
                         / statistics.median(r["wall"] for r in history_peers))
        print(f"with {options.history_files:,} run files of history, {len(history_polls)} runs each:")
        print(describe("poll", history_polls))
        print(describe("empty", history_peers))
        print(f"poll/empty wall-time ratio with history (medians): {history_ratio:.2f}  (goal <= 1.3)")
    news_ratio = statistics.median(r["wall"] for r in news_polls) / statistics.median(r["wall"] for r in news_peers)
    print(f"polls that each export the one article published since the last, {len(news_polls)} runs each:")
    print(describe("poll", news_polls))
    print(describe("empty", news_peers))
    print(f"poll/empty wall-time ratio with news (medians): {news_ratio:.2f}  (goal <= 1.3)")
    for name, times in (("poll", poll_imports), ("empty", peer_imports)):
        groups = grouped(times)
        project = sorted(((seconds, module) for module, seconds in times.items()
                          if module.split(".")[0] in PROJECT), reverse=True)[:4]
        print(f"{name:6} imports (-X importtime, inflated by it): total {sum(groups.values()):.3f} s = "
              + ", ".join(f"{group} {seconds:.3f}" for group, seconds in sorted(groups.items(), key=lambda g: -g[1]))
              + ("; project's largest: " + ", ".join(f"{module} {seconds:.3f}" for seconds, module in project)
                 if project else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
