"""End to end: `scrapy crawl news -a site_url=...` over HTTP against the outlet sandbox (no profile), compared
with its ground truth: every article once, no home, section, label, author or static page; fields per field;
a rerun exports nothing and an idle monitor poll costs a few requests."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import field_scores, print_scores, read_lines, run_command, stat
from sandbox import Sandbox, build_site

pytestmark = pytest.mark.e2e

# The fields the outlet's truth states (sandbox/outlet/site.py, truth_record).
STATED = ("canonical_url", "edition", "language", "title", "published_at", "author", "editor", "category", "tags",
          "dateline", "lead", "body")
# What this crawl must get right whatever the generic extraction's state; the rest is reported.
REQUIRED = ("canonical_url", "edition", "title", "published_at", "category", "tags", "body")


def run_news(site_url: str, output_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return run_command([sys.executable, "-m", "scrapy", "crawl", "news", "-a", f"site_url={site_url}",
                        "-s", f"OUTPUT_DIR={output_dir}", "-s", "LOG_LEVEL=INFO", *args])


@pytest.fixture(scope="module")
def outlet_sandbox() -> Iterator[Sandbox]:
    with Sandbox(build_site(articles=300, seed=0, site="outlet")) as server:
        yield server


@pytest.fixture(scope="module")
def crawl(outlet_sandbox, tmp_path_factory):
    output_dir = tmp_path_factory.mktemp("e2e-news")
    result = run_news(outlet_sandbox.base_url, output_dir)
    assert result.returncode == 0, result.stderr[-3000:]
    return output_dir, read_lines(output_dir, "news"), outlet_sandbox.site.truth(outlet_sandbox.base_url), result


def test_every_article_exactly_once_and_nothing_else(crawl):
    _, items, truth, result = crawl
    counts = Counter(item["canonical_url"] for item in items)
    assert [url for url, n in counts.items() if n > 1] == []
    assert set(counts) == {record["canonical_url"] for record in truth}
    assert len(items) == len(truth)
    # Label, author, static and paged listing pages were fetched and judged no article on their evidence.
    assert stat(result.stderr, "article/skipped/listing") and stat(result.stderr, "article/skipped/static")


def test_every_way_in_was_used(crawl):
    _, _, _, result = crawl
    assert stat(result.stderr, "discovery/sitemap/urlset") == 2  # the news sitemap and the archive's
    assert stat(result.stderr, "discovery/feed/documents") == 1  # the advertised feed (its path is unusual)
    assert stat(result.stderr, "discovery/listing/pages") >= 5  # home and the menu's sections


def test_items_are_of_no_site_and_runs_named_by_host(crawl, outlet_sandbox):
    output_dir, items, _, _ = crawl
    assert {item["site"] for item in items} == {None}
    port = outlet_sandbox.base_url.rsplit(":", 1)[1]
    assert all(path.name.startswith(f"news_127.0.0.1-{port}_") for path in (output_dir / "news").glob("*.jsonl"))


def test_fields_against_ground_truth(crawl, capsys):
    _, items, truth, _ = crawl
    scores = field_scores(items, truth, STATED)
    with capsys.disabled():
        print_scores("outlet (news, no profile) field", scores)
    wrong = {field: scores[field][2] for field in REQUIRED if scores[field][0] < 1 or scores[field][1] < 1}
    assert wrong == {}


def test_a_rerun_exports_nothing(crawl, outlet_sandbox):
    output_dir, items, _, _ = crawl
    rerun = run_news(outlet_sandbox.base_url, output_dir)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert stat(rerun.stderr, "jsonl/items_written") is None
    assert len(read_lines(output_dir, "news")) == len(items)


def test_an_idle_monitor_poll_is_cheap(crawl, outlet_sandbox):
    output_dir, items, _, _ = crawl
    poll = run_news(outlet_sandbox.base_url, output_dir, "-a", "mode=monitor")
    assert poll.returncode == 0, poll.stderr[-3000:]
    # robots.txt, the usual feed path (a 404 here), the home page, the feed it advertises.
    assert stat(poll.stderr, "downloader/request_count") <= 4
    assert stat(poll.stderr, "jsonl/items_written") is None
    assert len(read_lines(output_dir, "news")) == len(items)
