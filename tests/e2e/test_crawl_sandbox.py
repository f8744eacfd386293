"""End to end: `scrapy crawl mina` over HTTP against the sandbox, compared with its ground truth."""

from __future__ import annotations

from collections import Counter
from datetime import datetime

import pytest

from crawler.schema import FIELD_NAMES, json_schema
from helpers import read_lines, run_crawl

pytestmark = pytest.mark.e2e

# Fields the ground truth states, compared one by one.
COMPARED = ("canonical_url", "edition", "language", "title", "published_at", "modified_at", "author",
            "editor", "category", "category_path", "tags", "dateline", "lead", "body", "signature",
            "related", "image", "mentioned_dates")


def to_minute(value: str | None) -> str | None:
    return datetime.fromisoformat(value).isoformat(timespec="minutes") if value else None


def comparable(field: str, value):
    if field in ("published_at", "modified_at"):
        return to_minute(value)
    return value


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


def field_scores(items: list[dict], truth: list[dict]) -> dict[str, tuple[float, float, list]]:
    """Per field: (precision, recall, a few mismatches). Precision over stated output values,
    recall over stated truth values; `None`/empty on both sides counts as agreement."""
    by_url = {item["canonical_url"]: item for item in items}
    scores = {}
    for field in COMPARED:
        stated_out = right_out = stated_truth = right_truth = 0
        misses = []
        for record in truth:
            expected = comparable(field, record.get(field))
            got = comparable(field, by_url.get(record["canonical_url"], {}).get(field))
            if got not in (None, [], ""):
                stated_out += 1
                right_out += got == expected
            if expected not in (None, [], ""):
                stated_truth += 1
                right_truth += got == expected
            if got != expected and len(misses) < 3:
                misses.append((record["canonical_url"], expected, got))
        scores[field] = (right_out / stated_out if stated_out else 1.0,
                         right_truth / stated_truth if stated_truth else 1.0, misses)
    return scores


def test_fields_match_ground_truth(crawl, capsys):
    items, truth, _ = crawl
    scores = field_scores(items, truth)
    with capsys.disabled():
        print("\nfield              precision  recall")
        for field, (precision, recall, _) in scores.items():
            print(f"{field:<18} {precision:9.1%} {recall:7.1%}")
    wrong = {field: misses for field, (p, r, misses) in scores.items() if p < 1 or r < 1}
    assert wrong == {}


def test_extraction_strategies_are_counted(crawl):
    _, _, result = crawl
    assert "'extract/title/" in result.stderr
    assert "'extract/published_at/" in result.stderr
