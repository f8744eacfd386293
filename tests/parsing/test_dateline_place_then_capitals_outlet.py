"""A listed place, then its outlet's name in capitals, two or three words, one an outlet's name's word, no comma
between, then the dash (`Ciamis NUANSA POST  — Gelar ...`)."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Gelar Etnis Galuh Dalam Rangka Hari Jadi Ciamis Ke 382  Tahun 2024\n\nCiamis NUANSA POST  — Gelar Etnis Galuh "
     "dalam rangka Hari Jadi Kab Ciamis Ke 382  yang dlaksanakan  dihalaman Gedung Negara Pendopo Kabupaten Ciamis",
     ("Ciamis", "NUANSA POST")),
    ("Bogor RADAR BOGOR - Wali Kota Bogor meninjau lokasi banjir", ("Bogor", "RADAR BOGOR")),
])
def test_an_outlet_in_capitals_after_the_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("Jakarta BERITA TERKINI – Presiden Joko Widodo", ("Jakarta BERITA TERKINI", None)),  # a rubric's words, as before
    ("Pasaman Barat PN— Di saat warga berkumpul", ("Pasaman Barat", "PN")),  # initials, as before
])
def test_other_capitals_after_a_place_read_as_before(text, reading):
    assert place_and_agency(text) == reading
