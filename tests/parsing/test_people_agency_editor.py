"""An agency's account signing as a copy's editor names nobody (Republika's copies of ANTARA stories, 2025: `Rep:
antara/ Red: antara`, the second a link to the agency's page), in the printed credits and in the header; an editor
whose name opens with an agency's word is a person. So does a desk or the site's account beside the header's time
(`Admin Web - <time>`). Names and sentences are made up; the shapes are real."""

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


@pytest.mark.parametrize(("line", "author"), [
    # a desk or the site's account beside the header's time, as metadata names them (`Tim Liputan`, `Admin Web`)
    ("Admin Web - Rabu, 13 Agustus 2025 - 21:26 WIB", None),
    ("Tim Liputan - Rabu, 13 Agustus 2025 - 21:26 WIB", None),
    ("Admin MINA - Jumat, 15 Februari 2019 - 23:14 WIB", None),
    # a person whose first name is a desk's word stays
    ("Tim Hidayat - Rabu, 13 Agustus 2025 - 21:26 WIB", "Tim Hidayat"),
    ("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB", "Rana Setiawan"),
])
def test_a_desk_or_the_sites_account_beside_the_headers_time_is_no_writer(line, author):
    assert parse_article(page(header=header_lines(line)), URL)["author"] == author
