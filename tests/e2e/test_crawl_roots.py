"""End to end: each sandbox crawled from its root (every edition below it), by its site spider and by `news`:
no home, section, tag, author, archive, static or media page is exported, only articles of the truth, once."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from crawler.parsing.urls import canonicalize_url
from helpers import ROOT, stat

pytestmark = pytest.mark.e2e


def crawl_root(spider: str, root: str, output_dir: Path, *settings: str) -> tuple[subprocess.CompletedProcess, list[dict]]:
    target = f"site_url={root}" if spider == "news" else f"base_url={root}"
    command = [sys.executable, "-m", "scrapy", "crawl", spider, "-a", target, "-s", f"OUTPUT_DIR={output_dir}",
               "-s", "LOG_LEVEL=INFO", *(part for setting in settings for part in ("-s", setting))]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=600)
    items = [json.loads(line) for path in sorted((output_dir / spider).glob("*.jsonl"))
             for line in path.read_text(encoding="utf-8").splitlines()]
    return result, items


def truth_articles(site, base_url: str) -> dict[str, str]:
    """Every URL spelling of every truth article -> its canonical URL."""
    spellings = {}
    for record in site.truth_records(base_url):
        for url in (record["url"], record["canonical_url"], *record.get("urls", [])):
            spellings[canonicalize_url(url)] = record["canonical_url"]
    return spellings


def exported_articles(items: list[dict], truth: dict[str, str]) -> tuple[Counter, list[tuple[str, str]]]:
    """(truth article -> times exported, exported pages that are no truth article)."""
    found: Counter = Counter()
    others = []
    for item in items:
        article = truth.get(canonicalize_url(item["url"])) or truth.get(canonicalize_url(item["canonical_url"]))
        if article is None:
            others.append((item["url"], item["title"]))
        else:
            found[article] += 1
    return found, others


@pytest.mark.parametrize("spider", ["mina", "news"])
def test_mina_from_its_root(spider, sandbox, tmp_path):
    result, items = crawl_root(spider, sandbox.base_url, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    truth = truth_articles(sandbox.site, sandbox.base_url)
    found, others = exported_articles(items, truth)
    assert others == []  # the edition home pages ("MINA News") were exported as articles before page evidence
    assert [article for article, times in found.items() if times > 1] == []
    assert len(found) == len(set(truth.values()))
    assert stat(result.stderr, "article/skipped/listing")  # the edition homes, judged on their evidence


def test_a_featured_article_in_the_home_menu_is_exported(sandbox, tmp_path):
    """The home page's menu links an article under a section-like path: read before any other listing links it
    (pages parsed inline, the home page first), it is judged on its page, not read as a section listing."""
    result, items = crawl_root("news", sandbox.base_url, tmp_path, "PARSE_PROCESSES=0")
    truth = truth_articles(sandbox.site, sandbox.base_url)
    found, others = exported_articles(items, truth)
    assert result.returncode == 0 and others == []
    assert len(found) == len(set(truth.values()))


@pytest.mark.parametrize("spider", ["antara", "news"])
def test_antara_from_its_root(spider, antara_sandbox, tmp_path):
    result, items = crawl_root(spider, antara_sandbox.base_url, tmp_path)
    truth = truth_articles(antara_sandbox.site, antara_sandbox.base_url)
    found, others = exported_articles(items, truth)
    assert others == []
    assert [article for article, times in found.items() if times > 1] == []
    if spider == "news":  # the edition homes are read as listings, their menus and feeds followed
        assert result.returncode == 0, result.stderr[-3000:]
        assert len(found) == len(set(truth.values()))
        assert stat(result.stderr, "article/skipped/media")  # video and photo stories, on their declared type
    else:  # ANTARA's article paths are `/berita/<id>` right under an edition root: none below the bare root
        assert items == []
