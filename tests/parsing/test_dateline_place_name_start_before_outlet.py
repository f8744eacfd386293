"""Two words in capitals before one after the comma (`SIMPANG AMPEK, RELASIPUBLIK — ...`, a West Sumatran outlet's
copy from the seat of Pasaman Barat): where the first word is one that opens places' names (Simpang, Tanjung, Kota,
Muara, ...), the two words are the place and the one word after them the outlet, not an outlet's name of two words
before its place (`TIMES MALANG, JAKARTA –`)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("SIMPANG AMPEK, RELASIPUBLIK — Terobosan baru dilakukan Biro Humas Setdaprov.Sumatera Barat. Pelaksanaan Rapat "
     "Koordinasi (Rakor) Kehumasan Pemerintah Daerah (Pemda) se-Sumbar", ("SIMPANG AMPEK", "RELASIPUBLIK")),
    ("SIMPANG AMPEK, RELASIPUBLIK – Wakil Bupati Pasaman Barat membuka rapat koordinasi kehumasan",
     ("SIMPANG AMPEK", "RELASIPUBLIK")),
])
def test_place_named_by_its_first_word_before_an_outlet(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # an outlet's two words, its word saying so, before the place
    ("TIMES MALANG, JAKARTA – Warga Kota Malang memadati alun-alun", ("JAKARTA", "TIMES MALANG")),
    # a place's name and its region, as before
    ("KOTA BATU, MALANG – Warga Kota Batu memadati alun-alun", ("KOTA BATU, MALANG", None)),
    # a listed place of two words before the outlet, as before
    ("TANJUNG ENIM, SUMSELUPDATE – Warga Bukit Munggu mendirikan tenda di pinggir tambang", ("TANJUNG ENIM",
                                                                                           "SUMSELUPDATE")),
    # one word before the outlet, as before
    ("PAINAN, RELASIPUBLIK — Terobosan baru dilakukan Biro Humas", ("PAINAN", "RELASIPUBLIK")),
])
def test_outlets_of_two_words_and_places_with_regions_stay(text, reading):
    assert place_and_agency(text) == reading
