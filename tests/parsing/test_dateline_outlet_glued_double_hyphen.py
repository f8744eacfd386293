"""An outlet's name, its place, then two hyphens glued to both words (`MOMENTUM, Bandarlampung--Sempat ...`, a
regional daily's lead): the name vouches for the dateline, and no compound word is written with two hyphens."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("MOMENTUM, Bandarlampung--Sempat molor, Rapat Paripurna DPRD Provinsi Lampung dimulai.", "Bandarlampung",
     "MOMENTUM"),
    ("Suasana rapat paripurna DPRD Lampung.\n\nMOMENTUM, Bandarlampung--Berbagai kesan dan pesan tercurah.",
     "Bandarlampung", "MOMENTUM"),
    ("MOMENTUM, Bandarlampung -- Sempat molor, Rapat Paripurna dimulai.", "Bandarlampung", "MOMENTUM"),
])
def test_outlet_place_and_glued_double_hyphen(text, place, agency):
    dateline = parse_dateline(text)
    assert dateline is not None
    assert (dateline.place, dateline.agency) == (place, agency)
    # the lead starts after the hyphens
    assert text[dateline.end:].lstrip(" -").startswith(("Sempat", "Berbagai"))


@pytest.mark.parametrize("text", [
    "MOMENTUM, Bandarlampung-Sempat molor, rapat dimulai.",  # one hyphen glued both sides joins words
    "Bupati, Bandarlampung--Sempat molor, rapat dimulai.",  # a title before a place names no outlet
    "MOMENTUM, BANDARLAMPUNG--Sempat molor, rapat dimulai.",  # two names in capitals: no outlet told from a place
])
def test_no_wrong_place_from_glued_hyphens(text):
    dateline = parse_dateline(text)
    assert dateline is None or dateline.place is None
