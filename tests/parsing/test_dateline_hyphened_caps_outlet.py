"""An outlet's name of two words in capitals joined by a hyphen, one an outlet's word, after the place (`Depok,
PRESISI-NEWS | Komisi ...`, `JAKARTA, PRESISI-NEWS – ...`): the outlet, no second place of a pair."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Depok, PRESISI-NEWS | Komisi I DPRD Kabuparen Simalungun melakukan kunjungan ke Diskominfo Kota Depok dengan "
     "tujuan melihat serta mempelajari tentang media publikasi, Kamis (19/10/2023).", ("Depok", "PRESISI-NEWS")),
    ("JAKARTA, PRESISI-NEWS – Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo Kota Depok",
     ("JAKARTA", "PRESISI-NEWS")),
    ("MEDAN, SUMUT-NEWS – Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo Kota Depok",
     ("MEDAN", "SUMUT-NEWS")),
    # one word, as before
    ("Depok, PRESISINEWS | Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo Kota Depok",
     ("Depok", "PRESISINEWS")),
])
def test_hyphened_outlet_name_after_the_place(text, reading):
    assert place_and_agency(text) == reading


def test_a_hyphened_name_without_an_outlets_word_is_no_outlet():
    assert place_and_agency("Jakarta, PT-X – Komisi I DPRD Kabupaten Simalungun melakukan kunjungan ke Diskominfo")[1] is None
