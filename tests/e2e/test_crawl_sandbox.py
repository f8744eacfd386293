"""End to end: `scrapy crawl mina` over HTTP against the sandbox, compared with its ground truth."""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.schema import FIELD_NAMES, json_schema
from helpers import field_scores, print_scores, read_lines, run_crawl, stat

pytestmark = pytest.mark.e2e

@pytest.fixture(scope="module")
def crawl(sandbox, tmp_path_factory):
    output_dir = tmp_path_factory.mktemp("e2e-output")
    result = run_crawl(sandbox.base_url, output_dir)
    assert result.returncode == 0, result.stderr[-3000:]
    return read_lines(output_dir), sandbox.site.truth(sandbox.base_url), result


def test_every_article_exactly_once(crawl):
    items, truth, _ = crawl
    counts = Counter(item["canonical_url"] for item in items)
    assert [url for url, n in counts.items() if n > 1] == []
    assert set(counts) == {record["canonical_url"] for record in truth}
    assert len(items) == len(truth)


def test_a_clean_crawl_logs_no_warning_or_error(crawl):
    # (Scrapy's redirect middleware warns in every run that no referer middleware is there, unless told otherwise.)
    _, _, result = crawl
    assert [line for line in result.stderr.splitlines() if " WARNING: " in line or " ERROR: " in line] == []


def test_each_listing_page_is_asked_for_once(crawl):
    # A full run follows every page a listing's pagination links, and each page is linked from several: the
    # spider asks for it once, so the scheduler has (almost) nothing to filter.
    _, _, result = crawl
    assert stat(result.stderr, "discovery/listing/pages") > 20
    assert (stat(result.stderr, "dupefilter/filtered") or 0) < 10


def test_every_edition_crawled(crawl):
    items, truth, _ = crawl
    assert Counter(i["edition"] for i in items) == Counter(r["edition"] for r in truth)


def test_lines_follow_the_schema(crawl):
    import jsonschema

    items, _, _ = crawl
    validator = jsonschema.Draft202012Validator(json_schema())
    for item in items:
        assert list(item) == list(FIELD_NAMES)
        validator.validate(item)


def test_fields_match_ground_truth(crawl, capsys):
    items, truth, _ = crawl
    scores = field_scores(items, truth)
    with capsys.disabled():
        print_scores("MINA field", scores)
    wrong = {field: misses for field, (p, r, misses) in scores.items() if p < 1 or r < 1}
    assert wrong == {}


def test_extraction_strategies_are_counted(crawl):
    _, _, result = crawl
    assert "'extract/title/" in result.stderr
    assert "'extract/published_at/" in result.stderr
