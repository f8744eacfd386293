"""A feed mirror's arrow glyph alone on its line under an item's excerpt (RSSing 2016, a copy of Waspada Online:
`MEDAN, WOL – Gubernur Sumatera Utara ... rombongan Gubsu sekira ...` over `↧`): no text. An arrow inside a sentence
stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("MEDAN, WOL – Gubernur Sumatera Utara, HT Erry Nuradi bersama Wakapoldasu, Brigjend Pol Adhi Prawoto, meninjau "
        "situasi arus mudik di Jalinsum Medan-Tebing Tinggi lewat udara menggunakan pesawat helikopter, Minggu (3/7).")


@pytest.mark.parametrize("glyph", ["↧", "↓", "⬇"])
def test_the_glyph_alone_is_no_text(glyph):
    assert is_noise(glyph)
    assert clean_body([Block(LEAD), Block(glyph)]).paragraphs[-1].endswith("Minggu (3/7).")


def test_an_arrow_inside_a_sentence_stays():
    assert not is_noise("Harga cabai ↓ 12 persen pekan ini.")
