"""A photo caption's label of two or three words in capitals, each echoed in lower case by the caption after the dash
(`TANGKAP MALING - Ilustrasi petugas Damkar tangkap maling.`, Tribun Jateng's caption over its lead): no place, and the
outlet's dateline below it is the text's. Places of two words stay places, named in lists or not echoed word by word."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, agency", [
    ("Editor: muh radlis\nIST\nTANGKAP MALING - Ilustrasi petugas Damkar tangkap maling. Dok Damkar Kotawaringin Barat "
     "\n\nTRIBUNJATENG.COM - Polrestabes Makassar membuka ruang partisipasi bagi masyarakat dan berbagai instansi",
     "Tribunnews"),
])
def test_a_label_echoed_word_by_word_is_no_place(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize("text, place", [
    ("BANDA ACEH - Pemerintah Kota Banda Aceh menggelar pasar murah di banda aceh bagian timur.", "BANDA ACEH"),
    ("KUALA LUMPUR - Perdana Menteri berkata kuala lumpur akan menjadi tuan rumah sidang kemuncak.", "KUALA LUMPUR"),
    ("OCCUPIED EAST JERUSALEM — On April 29, Inès Abdel Razek woke up to 80 new Twitter followers.",
     "OCCUPIED EAST JERUSALEM"),
    ("TINJAU - Bupati Garut meninjau lokasi banjir di Kecamatan Tarogong Kidul.", None),
])
def test_places_of_words_stay_places(text, place):
    found = parse_dateline(text)
    assert (found.place if found else None) == place
