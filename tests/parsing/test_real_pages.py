"""The 11 real pages of tests/fixtures/real (ANTARA, Detik, Kompas, Liputan6, Republika, 2015-2017)
read with no site profile (and ANTARA's also with its own): every expected field of pages.jsonl.

`published_at` is expected to the minute; `author` "?" means the page names nobody: no name may be made up
(a photo credit, a publisher).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

REAL = Path(__file__).resolve().parents[1] / "fixtures" / "real"
PAGES = [json.loads(line) for line in (REAL / "pages.jsonl").read_text(encoding="utf-8").splitlines() if line]
# The expected title of this page is a reader's: "In Picture:" is not written anywhere in the page.
FIELDS = ("title", "published_at", "author", "dateline_place", "dateline_agency", "body_start", "body_end")


def _readings() -> list[tuple[dict, str]]:
    readings = [(case, "none") for case in PAGES]
    readings += [(case, "generic") for case in PAGES if case["outlet"] == "antara"]
    readings += [(case, "antara") for case in PAGES if case["outlet"] == "antara"]
    return readings


@pytest.fixture(scope="module")
def items() -> dict[tuple[str, str], dict]:
    profiles = {"none": None, "generic": GENERIC, "antara": SITES["antara"]}
    return {(case["file"], how): parse_article((REAL / case["file"]).read_bytes(), case["url"], profile=profiles[how])
            for case, how in _readings()}


def _field(item: dict, name: str, expected: str):
    dateline = item["dateline"] or {}
    if name == "published_at":
        value = item["published_at"]
        return value[:16] + value[19:] if value else None
    if name == "dateline_place":
        return dateline.get("place")
    if name == "dateline_agency":
        return dateline.get("agency") or item["agency"]
    if name == "body_start":
        return item["body"][: len(expected)]
    if name == "body_end":
        return item["body"][-len(expected):]
    return item[name]


def _agency_matches(found: str | None, expected: str) -> bool:
    """`Detik (implicit)`: an outlet that writes no agency in its dateline, named by its site."""
    name = expected.split(" (")[0].lower()
    return found is not None and name in found.lower()


@pytest.mark.parametrize("reading", _readings(), ids=lambda r: f"{r[0]['file']}:{r[1]}")
@pytest.mark.parametrize("name", FIELDS)
def test_real_page_field(items, reading, name):
    case, how = reading
    expected = case["expected"][name]
    found = _field(items[(case["file"], how)], name, expected or "")
    if expected == "?":
        assert found is None  # the page names nobody
    elif name == "dateline_agency":
        assert _agency_matches(found, expected)
    else:
        assert found == expected


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c["file"])
def test_no_page_of_another_outlet_is_labelled_mina(items, case):
    assert items[(case["file"], "none")]["agency"] != "MINA"
    assert items[(case["file"], "none")]["site"] in (None, "antara")


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c["file"])
def test_every_page_is_read_as_indonesian_whatever_its_template_declares(items, case):
    assert items[(case["file"], "none")]["language"] == "id"


@pytest.mark.parametrize("case", PAGES, ids=lambda c: c["file"])
def test_no_page_is_modified_before_it_was_published(items, case):
    item = items[(case["file"], "none")]
    assert item["modified_at"] is None or item["modified_at"] >= item["published_at"]


def test_printed_credits_beat_metadata_and_publishers_are_no_authors(items):
    kompas = items[("kompas-singlepage.html", "none")]
    assert (kompas["author"], kompas["editor"]) == ("Masriadi", "Ervan Hardoko")  # a byline table
    assert items[("republika-singlepage.html", "none")]["editor"] == "Yudha Manggala P Putra"  # `Red:`
    assert items[("antara-singlepage4.html", "generic")]["editor"] == "B Kunto Wibisono"


def test_template_a_category_is_the_active_menu_item_and_sub_menu_link():
    # The real 2015-2017 menu marks the section `li.active` and the sub-section `a.active` in its sub-menu.
    expected = {"antara-singlepage.html": ("Umum", ["nasional", "umum"]),
                "antara-singlepage2.html": ("Hukum", ["nasional", "hukum"])}
    for case in PAGES:
        if case["file"] in expected:
            item = parse_article((REAL / case["file"]).read_bytes(), case["url"], profile=SITES["antara"])
            assert (item["category"], item["category_path"]) == expected[case["file"]], case["file"]


def test_a_category_path_holds_section_slugs_only(items):
    """Words that only lead to a section (`/kanal/`, `/kategori/`) and Detik's numeric channel id are no slugs."""
    paths = {file: (item["category"], item["category_path"]) for (file, how), item in items.items() if how == "none"}
    assert paths["detik-singlepage.html"] == ("Security", ["security"])  # /kanal/323/security
    assert paths["liputan6-singlepage.html"] == ("Telko", ["telko"])  # /kategori/telko
    assert paths["republika-singlepage.html"] == ("Nasional", ["news", "nasional"])  # /kanal/news/nasional


def test_a_photo_block_s_caption_and_credit():
    """Kompas: `<div class="photo"><img><span class="pb_10 author">KOMPAS.COM/MASRIADI</span> Penyidik ...</div>`;
    Detik's `(ist)` and Republika's bare `Antara/Teresia May` (over the photo; its caption in the block after it)
    are credits."""
    images = {case["file"]: parse_article((REAL / case["file"]).read_bytes(), case["url"])["image"] for case in PAGES}
    kompas = images["kompas-singlepage.html"]
    assert kompas["credit"] == "KOMPAS.COM/MASRIADI" and kompas["caption"].startswith("Penyidik Polres Lhokseumawe")
    assert (images["detik-singlepage.html"]["caption"], images["detik-singlepage.html"]["credit"]) == (
        "Galaxy S6 Edge & S6", "(ist)")
    assert (images["republika-singlepage.html"]["caption"], images["republika-singlepage.html"]["credit"]) == (
        "Marcella Zalianty", "Antara/Teresia May")


def test_the_article_s_tag_list_and_no_trending_tags(items):
    """Liputan6 lists its tags in `div.read-page--tags` (its header menu and sidebar carry `Trending Tag` lists of
    /tag/ links too), Republika in `div.tagging` links; Kompas's header `kcm-tag` bar comes before the article."""
    tags = {file: item["tags"] for (file, how), item in items.items() if how == "none"}
    assert tags["liputan6-singlepage.html"] == ["Media Visit", "Hutchison 3 Indonesia"]
    assert tags["liputan6-singlepage2.html"] == ["Michelle Ziudith", "Dimas Anggara", "London Love Story"]
    assert tags["republika-singlepage.html"] == ["promosi wisata film", "film promo wisata"]
    assert tags["kompas-singlepage.html"] == tags["kompas-singlepage2.html"] == []


def test_a_breadcrumb_however_its_class_is_spelled(items):
    assert items[("republika-singlepage.html", "none")]["category"] == "Nasional"  # `div.breadcome`
