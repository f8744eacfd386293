"""parse_dateline on a listed place, a bar, then an outlet's initials of two or three capitals and a spaced dash
(`KEDIRI |DN –`, a site signing its short name): the place and the initials."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "KEDIRI |DN – Polsek Purwoasri Polres Kediri lakukan penyekatan di perbatasan Kediri – Kertosono dan Simpang 3 "
    "Mengkreng Desa Mekikis Kecamatan Purwoasri Kabupaten Kediri, Selasa (2/7/2024) malam.",
    "KEDIRI | DN – Polsek Purwoasri Polres Kediri lakukan penyekatan di perbatasan Kediri.",
])
def test_a_listed_place_a_bar_and_initials(text):
    assert place_and_agency(text) == ("KEDIRI", "DN")


def test_a_one_word_outlet_after_the_bar_stays():
    assert place_and_agency("PAMEKASAN || KLIKMADURA – Fakultas Ushuluddin dan Dakwah UIN Madura berkolaborasi.") == (
        "PAMEKASAN", "KLIKMADURA")


@pytest.mark.parametrize("text", [
    "Berita | RI – Presiden meninjau lokasi banjir di Kabupaten Bekasi, Senin.",
    "KEDIRI | DN – 12 orang ditangkap dalam razia balap liar.",
])
def test_no_listed_place_or_no_sentence_is_no_dateline(text):
    assert place_and_agency(text) is None
