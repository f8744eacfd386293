"""An outlet whose one-word name glues a brand's word to its city, then a dash and a listed place closed by a colon
(Inilah Medan 2019: `INILAHMEDAN - Medan: Koordinator wartawan DPRD Medan ...`): the outlet, then its place, as the
same opening with a comma or a full stop after the place reads. A headline's word in capitals before the dash, or a
word after the dash that is no place, stays as it is read."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file


def test_a_glued_brand_dash_and_a_place_closed_by_a_colon():
    text = ("INILAHMEDAN - Medan: Koordinator wartawan DPRD Medan di bawah kepemimpinan Jul Ardi Harahap beraudiensi "
            "ke Fraksi PDIP DPRD Medan, Kamis (28/11/2019).")
    assert place_and_agency(text) == ("Medan", "INILAHMEDAN")


def test_the_comma_after_the_place_reads_as_before():
    text = "INILAHMEDAN - Medan, Koordinator wartawan DPRD Medan di bawah kepemimpinan Jul Ardi Harahap beraudiensi"
    assert place_and_agency(text) == ("Medan", "INILAHMEDAN")


def test_a_headline_word_or_no_place_after_the_dash_stays():
    assert place_and_agency("KRITISI - Medan: Fraksi Partai Golkar DPRD Medan mengkritisi penyusunan RAPBD") is None
    assert place_and_agency("INILAHMEDAN - Koordinator: Jul Ardi Harahap beraudiensi ke Fraksi PDIP DPRD Medan") is None
