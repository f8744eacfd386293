"""A column's kind before its labelled byline (Jurnal Khatulistiwa's `Editorial Oleh: Rudi Syahwani (Pemimpin
Redaksi)` opening an editorial): the kind names the piece, the name after `Oleh:` its writer, as it does before a
byline without its colon (`Opini Oleh <name>`). A desk, a team or a rubric's heading after the label names nobody, and
a sentence opening with the kind stays the text it is."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

OPENING = "<p>Saya tulis editorial ini dengan mengutip quote dari Basuki Tjahaya Purnama alias Ahok.</p>"


@pytest.mark.parametrize("byline, writer", [
    ("Editorial Oleh: Rudi Syahwani (Pemimpin Redaksi)", "Rudi Syahwani"),
    ("Opini Oleh: Rudi Syahwani (Pemimpin Redaksi)", "Rudi Syahwani"),
    ("Kolom Oleh : *) Hengky Yohanes", "Hengky Yohanes"),
    ("Tajuk Rencana Oleh: Rudi Syahwani", "Rudi Syahwani"),
])
def test_the_kind_before_the_label_leaves_the_writer(byline, writer):
    item = parse_article(page(lead=f"<p>{byline}</p>{OPENING}"), URL)
    assert item["author"] == writer
    assert "Oleh" not in item["body"]


@pytest.mark.parametrize("byline", [
    "Editorial Oleh: Redaksi",
    "Tajuk Rencana Oleh: Tim Redaksi",
    "Editorial Oleh: Khutbah Jumat",
    "Editorial Oleh: Jumat Berkah",
])
def test_a_desk_or_a_rubric_after_the_label_names_nobody(byline):
    assert parse_article(page(lead=f"<p>{byline}</p>{OPENING}"), URL)["author"] is None


def test_a_sentence_opening_with_the_kind_stays_text():
    sentence = "Editorial oleh karena itu: kami menulis tentang banjir yang melanda kota ini pekan lalu."
    item = parse_article(page(lead=f"<p>{sentence}</p>{OPENING}"), URL)
    assert item["author"] is None
    assert sentence in item["body"]
