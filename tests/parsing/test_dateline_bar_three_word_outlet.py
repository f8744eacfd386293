"""A listed place, a bar, then an outlet's name of three words in title case, the last an outlet's word, and the dash
(`Medan | Bandar Meriah News - Apresiasi dan ucapan selamat ...`, a North Sumatran portal's copy): the place and the
outlet. Three words that do not say they are an outlet's name are none (`Medan | Warga Kota Baru -`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("Sabtu, 14 Mei 2022\n\n \n\n\nMedan | Bandar Meriah News - Apresiasi dan ucapan selamat disampaikan Wali Kota "
     "Medan Bobby Nasution kepada seluruh jajaran pengurus.", "Medan", "Bandar Meriah News"),
    ("Medan | Meriah News - Apresiasi dan ucapan selamat disampaikan Wali Kota Medan.", "Medan", "Meriah News"),
    ("SURABAYA | Barometer Jatim – Di tengah hujan deras, ratusan warga memadati alun-alun.", "SURABAYA",
     "Barometer Jatim"),
])
def test_a_bar_and_an_outlets_name_of_up_to_three_words(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_three_words_that_say_no_outlet_after_a_bar_are_no_outlet():
    found = parse_dateline("Medan | Warga Kota Baru - Apresiasi dan ucapan selamat disampaikan Wali Kota Medan.")
    assert found is None or found.agency is None
