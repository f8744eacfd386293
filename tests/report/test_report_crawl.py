"""A crawl and its idle rerun, as a person finds them: run reports, their index, and the Atom feeds."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import orjson
import pytest

from crawler.datasets.feed import ATOM, read_entries

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]


def crawl(base_url: str, output_dir: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scrapy", "crawl", "mina", "-a", "edition=all",
                           "-a", f"base_url={base_url}/{{edition}}", "-s", f"OUTPUT_DIR={output_dir}",
                           "-s", "FEED_ENTRIES=5", "-s", "LOG_LEVEL=INFO"],
                          cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_reports_index_and_feeds_of_a_crawl_and_its_idle_rerun(make_sandbox, tmp_path):
    server = make_sandbox(articles=12, seed=4)
    first = crawl(server.base_url, tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    [run_file] = (tmp_path / "mina").glob("*.jsonl")
    lines = [orjson.loads(line) for line in run_file.read_bytes().splitlines()]
    report = (tmp_path / "reports" / f"{run_file.stem}.html").read_text(encoding="utf-8")
    assert f"{len(lines)} new or updated articles, newest first" in report
    assert all(f'<a href="{line["url"]}">' in report for line in lines)
    assert report.count('class="status-ok">passed</td>') == 7 and 'class="status-failed"' not in report
    assert "latency" in report and "1693d" not in report

    feed = tmp_path / "feeds" / "mina.xml"
    every_site = tmp_path / "feeds" / "all.xml"
    newest = sorted(lines, key=lambda line: line["published_at"], reverse=True)[:5]
    assert [entry.id for entry in read_entries(feed)] == [line["canonical_url"] for line in newest]
    assert read_entries(every_site) == read_entries(feed)
    assert ElementTree.parse(feed).getroot().tag == f"{{{ATOM}}}feed"
    feed_bytes = feed.read_bytes()

    second = crawl(server.base_url, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert feed.read_bytes() == feed_bytes  # an idle run leaves the feed as it was
    reports = sorted(path for path in (tmp_path / "reports").glob("mina_*.html"))
    assert len(reports) == 2
    rerun = max(reports, key=lambda path: path.stat().st_mtime).read_text(encoding="utf-8")
    assert "No new or updated articles in this run" in rerun
    assert "No exported article states a publication time" not in rerun
    index = (tmp_path / "reports" / "index.html").read_text(encoding="utf-8")
    assert index.count(">report</a>") == 2 and index.count("healthy") >= 2
    newest_first = f'href="{max(reports, key=lambda path: path.stat().st_mtime).name}"'
    assert index.index(newest_first) < index.index(f'href="{run_file.stem}.html"')
