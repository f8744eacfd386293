"""A listed place and its outlet's domain in parentheses glued to both the place and the sentence, no space and no dash
(`Tapteng(harianSIB.com)Pemerintah ...`, a regional daily's lead): the domain vouches for the outlet as a table's
agency does (`Kyiv, Ukraine (CNN)The ...`)."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    # a regional daily's listing page, 2025
    ("Tapteng(harianSIB.com)Pemerintah Kabupaten Tapanuli Tengah (Tapteng) sedang mengupayakan agar Situs Bongal di "
     "Tapanuli Tengah (Tapteng), Sum", ("Tapteng", "harianSIB.com")),
    ("Medan(harianSIB.com)Pemerintah Kota Medan menggelar rapat koordinasi", ("Medan", "harianSIB.com")),
    # the same daily with the line broken after the parentheses, as before
    ("Jakarta(harianSIB.com)\n        William Sabandar resmi menjabat sebagai Ketua Umum Pengurus Nasional",
     ("Jakarta", "harianSIB.com")),
])
def test_a_domain_glued_between_place_and_sentence(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Foto(detik.com)Presiden Joko Widodo meninjau lokasi banjir",  # a caption's label, no place
    "Jakarta (Foto)Presiden Joko Widodo meninjau lokasi banjir",  # a credit's word, no outlet
])
def test_no_place_or_no_outlet_stays_no_dateline(text):
    assert place_and_agency(text) is None
