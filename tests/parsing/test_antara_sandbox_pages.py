"""Every ANTARA sandbox article page (300 articles, seed 0; templates A 2015-17, B 2018-22, C 2023-26;
editions id, en, bali, jatim) parsed directly, no crawl, with ANTARA's profile, against the truth
(which states what a reader sees: template A's section is the active top-level menu item, a dateline's
double space shows as one)."""

from __future__ import annotations

from collections import Counter

import pytest

from crawler.parsing import parse_article
from crawler.sites import SITES
from sandbox import build_site

BASE = "http://127.0.0.1:9"
FIELDS = ("title", "published_at", "author", "editor", "agency", "edition", "language", "dateline", "lead", "body",
          "related", "category", "category_path", "tags", "image", "mentioned_dates", "modified_at")


@pytest.fixture(scope="module")
def pages() -> list[tuple[dict, dict]]:
    site = build_site(300, 0, site="antara")
    return [(record, parse_article(site.handle(record["url"][len(BASE):], BASE).body, record["url"],
                                   profile=SITES["antara"]))
            for record in site.truth(BASE)]


def test_the_sandbox_covers_every_template_and_edition(pages):
    shapes = Counter((record["template"], record["edition"]) for record, _ in pages)
    assert {template for template, _ in shapes} == {"A", "B", "C"}
    assert {edition for _, edition in shapes} >= {"id", "en", "bali", "jatim"}


@pytest.mark.parametrize("name", FIELDS)
def test_field_matches_the_truth_on_every_page(pages, name):
    wrong = []
    for record, item in pages:
        if item[name] != record[name]:
            wrong.append((record["url"], item[name], record[name]))
    assert wrong == []


def test_printed_credits_beat_the_json_ld_author(pages):
    """The site's JSON-LD `author` names the editor; the reporter is `Pewarta:` / `Oleh`."""
    checked = 0
    for record, item in pages:
        if record["template"] == "C" and record["author"] != record["editor"]:
            assert (item["author"], item["editor"]) == (record["author"], record["editor"])
            checked += 1
    assert checked > 0
