"""The writer's labelled byline on the last line, under the text (a student blog's `... yaitu Skyegrid` over `Oleh :
Muhammad Raihan Satrio`): as at the top, the label says whose the text is, and the line leaves the text. A rubric's,
a desk's or a place's words after the label, and a sentence opening with `Oleh karena itu`, name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

LAST = "<p>Selain itu, untuk ruang lingkup Indonesia, muncul sebuah startup cloud gaming yaitu Skyegrid</p>"


@pytest.mark.parametrize("byline, writer", [
    ("Oleh : Muhammad Raihan Satrio", "Muhammad Raihan Satrio"),
    ("Oleh: Fauzi Fehung", "Fauzi Fehung"),
    ("Oleh Budi Santoso", "Budi Santoso"),
])
def test_a_closing_labelled_byline_names_the_writer(byline, writer):
    item = parse_article(page(last=f"{LAST}<p>{byline}</p>"), URL)
    assert item["author"] == writer
    assert writer not in item["body"]


def test_the_header_byline_comes_first():
    item = parse_article(page(header="<div>Oleh Andi Saputra</div>", last=f"{LAST}<p>Oleh : Budi Santoso</p>"), URL)
    assert item["author"] == "Andi Saputra"


@pytest.mark.parametrize("line", [
    "Oleh: Tim Redaksi",
    "Oleh : Jumat Berkah",
    "Oleh: Harga Emas",
    "Oleh: Laporan Khusus",
    "Oleh: Kota Bandung",
    "Oleh: Humas Polres Bogor",
    "Oleh karena itu, warga diminta tetap waspada.",
    "Oleh-oleh khas Bandung",
])
def test_other_closing_lines_name_nobody(line):
    item = parse_article(page(last=f"{LAST}<p>{line}</p>"), URL)
    assert item["author"] is None
