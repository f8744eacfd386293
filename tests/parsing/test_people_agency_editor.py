"""An agency's account signing as a copy's editor names nobody (Republika's copies of ANTARA stories, 2025: `Rep:
antara/ Red: antara`, the second a link to the agency's page), in the printed credits and in the header; an editor
whose name opens with an agency's word is a person. Names and sentences are made up; the shapes are real."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("lead", [
    "<p><strong>Rep: antara/ Red: <a href='https://republika.co.id/page/penulis/30000/antara'>antara</a></strong></p>"
    "<p><strong>Foto: antara</strong></p>",
    "<p>Pewarta: Rina Kartika</p><p>Editor: ANTARA</p>",
])
def test_an_agency_signing_as_the_editor_is_no_editor(lead):
    item = parse_article(page(lead=lead), URL)
    assert item["editor"] is None
    assert item["author"] in (None, "Rina Kartika")


@pytest.mark.parametrize("header", [
    header_lines("Editor: Reuters", "Senin, 12 Juni 2023 10:15 WIB"),
    header_lines("Rina Kartika Editor : antara - Senin, 12 Juni 2023 10:15 WIB"),
])
def test_an_agency_as_the_headers_editor_is_no_editor(header):
    assert parse_article(page(header=header), URL)["editor"] is None


def test_an_editor_named_after_an_agencys_word_stays():
    item = parse_article(page(last="<p>Reporter: Rina Kartika</p><p>Editor: Mina Nurrahmah</p>"), URL)
    assert (item["author"], item["editor"]) == ("Rina Kartika", "Mina Nurrahmah")
