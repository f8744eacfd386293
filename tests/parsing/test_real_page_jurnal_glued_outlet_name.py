"""A site of Pikiran Rakyat's network signs its text with its name, one word in capitals gluing `JURNAL` to another
word, before the dash (jurnalgaya.pikiran-rakyat.com 2020: `JURNALGAYA - Hari ini, Selasa 20 Oktober 2020, ...`): the
outlet, no place, as `LIPUTANSBM` and `INFOSEKAYU` are read. A listed place in capitals before its dash stays the
place."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("Hari ini, Selasa 20 Oktober 2020, pemerintahan Jokowi-Ma'ruf Amin tepat menginjak satu tahun. Ada banyak hal "
        "yang terjadi di Indonesia setahun terakhir, termasuk yang disebabkan kebijakanan Jokowi-Ma'ruf.")


def test_the_glued_name_is_the_outlet():
    assert place_and_agency(f"JURNALGAYA - {LEAD}") == (None, "JURNALGAYA")


@pytest.mark.parametrize(("opening", "reading"), [("BANDUNG - ", ("BANDUNG", None)), ("SOREANG - ", ("SOREANG", None))])
def test_a_listed_place_in_capitals_stays_the_place(opening, reading):
    assert place_and_agency(f"{opening}{LEAD}") == reading


def test_the_page_has_no_place():
    url = ("https://jurnalgaya.pikiran-rakyat.com/bizz/pr-80850600/1-tahun-pemerintahan-jokowi-maruf-amin-utang-"
           "indonesia-disorot-jumlahnya-melesat-jadi-segini")
    title = "1 Tahun Pemerintahan Jokowi-Ma'ruf Amin, Utang Indonesia Disorot, Jumlahnya Melesat Jadi Segini"
    html = (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><div class='read__content'>"
            f"<p>JURNALGAYA - {LEAD}</p><p>Mulai dari infrastruktur yang terus digenjot, rencana pemindahan pusat "
            f"pemerintahan, penanganan Covid-19, hingga yang terakhir UU Cipta Kerja.</p></div></article></body></html>")
    item = parse_article(html, url)
    assert (item.get("dateline") or {}).get("place") is None
    assert item["body"].startswith("Hari ini, Selasa 20 Oktober 2020")
