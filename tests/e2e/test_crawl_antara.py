"""End to end: `scrapy crawl antara -a edition=all` over HTTP against the ANTARA sandbox, compared with its
ground truth: every text article once under its slug-free canonical URL, no video, photo, static or listing
page, every field as the truth says; a rerun exports nothing and an idle monitor poll stays cheap."""

from __future__ import annotations

import subprocess
from collections import Counter
from pathlib import Path

import pytest

from crawler.sites.antara import ANTARA
from helpers import field_scores, print_scores, read_lines, run_crawl, stat

pytestmark = pytest.mark.e2e


def run_antara(base_url: str, output_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return run_crawl(base_url, output_dir, *args, spider="antara")


@pytest.fixture(scope="module")
def crawl(antara_sandbox, tmp_path_factory):
    output_dir = tmp_path_factory.mktemp("e2e-antara")
    result = run_antara(antara_sandbox.base_url, output_dir)
    assert result.returncode == 0, result.stderr[-3000:]
    return output_dir, read_lines(output_dir, "antara"), antara_sandbox.site.truth(antara_sandbox.base_url), result


def test_every_article_exactly_once_and_nothing_else(crawl):
    _, items, truth, _ = crawl
    counts = Counter(item["canonical_url"] for item in items)
    assert [url for url, n in counts.items() if n > 1] == []
    assert set(counts) == {record["canonical_url"] for record in truth}
    assert len(items) == len(truth)
    assert not [item["url"] for item in items if "/video/" in item["url"] or "/foto/" in item["url"]]


def test_every_edition_crawled(crawl):
    _, items, truth, _ = crawl
    assert Counter(i["edition"] for i in items) == Counter(r["edition"] for r in truth)


def test_videos_and_photo_stories_are_skipped_unfetched(crawl, antara_sandbox):
    _, _, _, result = crawl
    media = [i for i in antara_sandbox.site.items if not i.is_article]
    assert stat(result.stderr, "discovery/skipped_media") == len(media)
    assert stat(result.stderr, "article/skipped/not_an_article") is None  # static pages are not fetched either


def test_fields_match_ground_truth(crawl, capsys):
    _, items, truth, _ = crawl
    scores = field_scores(items, truth)
    with capsys.disabled():
        print_scores("ANTARA field", scores)
    wrong = {field: misses for field, (p, r, misses) in scores.items() if p < 1 or r < 1}
    assert wrong == {}


def test_a_rerun_exports_nothing(crawl, antara_sandbox):
    output_dir, items, _, _ = crawl
    rerun = run_antara(antara_sandbox.base_url, output_dir)
    assert stat(rerun.stderr, "jsonl/items_written") is None
    assert len(read_lines(output_dir, "antara")) == len(items)


def test_an_idle_monitor_poll_costs_two_requests_per_edition(crawl, antara_sandbox):
    output_dir, items, _, _ = crawl
    poll = run_antara(antara_sandbox.base_url, output_dir, "-a", "mode=monitor")
    assert poll.returncode == 0, poll.stderr[-3000:]
    # robots.txt (one host), then per edition the latest feed and the latest listing's first page.
    assert stat(poll.stderr, "downloader/request_count") <= 1 + 2 * len(ANTARA.editions)
    assert stat(poll.stderr, "robotstxt/request_count") == 1
    assert stat(poll.stderr, "jsonl/items_written") is None
    assert len(read_lines(output_dir, "antara")) == len(items)
