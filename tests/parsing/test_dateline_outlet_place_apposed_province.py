"""After an outlet's name and its dash, a place, a comma, then its province and a lower-case word (Kompas.com travel:
`KOMPAS.com -Banyuwangi, Jawa Timur kerap menjadi salah satu ...`): the place is the sentence's subject with its
province in apposition, no dateline's place; the outlet stays. A place before a comma and a sentence in capitals
(`Suaraindonesianews – Konawe, Kunjungan ...`, `MENSANEWS.COM-KUPANG NTT, Setelah ...`) is read as before."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "KOMPAS.com -Banyuwangi, Jawa Timur kerap menjadi salah satu tujuan wisata favorit di ujung timur Pulau Jawa.",
    "KOMPAS.com - Banyuwangi, Jawa Timur kerap menjadi salah satu tujuan wisata favorit di ujung timur Pulau Jawa.",
    "KOMPAS.com - Banyuwangi, Jawa Timur, merupakan kabupaten terluas di Pulau Jawa dengan garis pantai yang panjang.",
])
def test_a_subject_and_its_province_after_the_outlet(text):
    assert place_and_agency(text) == (None, "Kompas.com")


@pytest.mark.parametrize(("text", "reading"), [
    ("Suaraindonesianews – Konawe, Kunjungan kerja Bupati Konawe ke sejumlah desa berlangsung lancar",
     ("Konawe", "Suaraindonesianews")),
    ("MENSANEWS.COM-KUPANG NTT, Setelah dilantik menjadi gubernur, ia langsung meninjau lokasi banjir",
     ("KUPANG NTT", "MENSANEWS.COM")),
    ("KOMPAS.com - Jawa Timur memiliki suatu kabupaten yang alamnya masih sangat indah dan terjaga, yakni Banyuwangi.",
     (None, "Kompas.com")),
])
def test_a_place_before_a_sentence_stays(text, reading):
    assert place_and_agency(text) == reading
