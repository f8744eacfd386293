"""A regency or city of the gazetteer alone on the text's first line, the lead running on under it (detik's regional
desks, the dash lost with its element: `Pandeglang` over `Mobil truk pengangkut semen mengalami kecelakaan ...`), is the
dateline, as a large city alone is (`Jakarta` over `Para kardinal ...`); the line leaves the text. A rubric word or a
heading alone that names no place stays, and so does a place alone over a line too short for a paragraph."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Mobil truk pengangkut semen mengalami kecelakaan tunggal di jalan raya Muncul-Picung tepatnya di Kampung "
        "Supakalas, Desa Ciherang, Kecamatan Picung, Pandeglang, Banten. Polisi menyebut penyebab kecelakaan adalah rem "
        "blong.")
QUOTE = "“Sudah dievakuasi,” pungkasnya."


@pytest.mark.parametrize("place", ["Pandeglang", "Sleman", "Tangerang Selatan", "Cilegon"])
def test_a_gazetted_place_alone_over_the_lead_is_the_dateline(place):
    assert place_and_agency(f"{place}\n{LEAD}") == (place, None)
    body = clean_body([Block(place), Block(LEAD), Block(QUOTE)])
    assert body.paragraphs == [LEAD, QUOTE]
    assert body.dateline is not None and body.dateline.place == place


@pytest.mark.parametrize("heading", ["Nasional", "Kabar Daerah", "Hukum"])
def test_a_heading_alone_naming_no_place_stays(heading):
    assert place_and_agency(f"{heading}\n{LEAD}") is None
    assert clean_body([Block(heading), Block(LEAD), Block(QUOTE)]).paragraphs == [heading, LEAD, QUOTE]


def test_a_place_over_a_short_line_is_no_dateline():
    assert place_and_agency("Sleman\nJadwal Imsakiyah\nHari ini") is None
