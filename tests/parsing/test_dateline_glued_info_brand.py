"""A brand's word glued to `info` in lower case, title case (`Muliainfo, Sulsel -`): an outlet's name, as `Zuritnews`
is, no place's; the place after it is the dateline's."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Muliainfo, Sulsel - Pemerintah Provinsi Sulawesi Selatan mulai menerapkan Gerakan ASRI (Aman, Sehat, Resik, dan "
     "Indah) sebagai langkah sistematis untuk menjaga kebersihan", ("Sulsel", "Muliainfo")),
    ("Muliainfo, Makassar - Pemerintah Kota Makassar menggelar pasar murah di delapan kecamatan.",
     ("Makassar", "Muliainfo")),
    ("Muliainfo - Pemerintah Provinsi Sulawesi Selatan mulai menerapkan Gerakan ASRI di ruang publik.",
     (None, "Muliainfo")),
])
def test_glued_info_brand(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("Makassar, Muliainfo - Pemerintah Kota Makassar menggelar pasar murah.", ("Makassar", "Muliainfo")),
    # a listed place alone stays the place
    ("Sinjai - Pemerintah Kabupaten Sinjai menggelar pasar murah.", ("Sinjai", None)),
])
def test_near_misses_stay(text, reading):
    assert place_and_agency(text) == reading
