"""An outlet's name and its place before a dash written loosely: two hyphens glued to both words (`MOMENTUM,
Bandarlampung--Sempat ...`, no compound word is written with two hyphens) or a stray comma glued before the dash
(`PALEMBANG, Khatulistiwa News,- Rapat ...`)."""

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


@pytest.mark.parametrize("text, place, agency", [
    ("PALEMBANG, Khatulistiwa News,- Rapat Paripurna Ke-4 DPRD Kota Palembang berubah jadi ajang protes.", "PALEMBANG",
     "Khatulistiwa News"),
    ("Jakarta, VOA,- Presiden menyampaikan pidato kenegaraan di gedung parlemen.", "Jakarta", "VOA"),
])
def test_a_stray_comma_glued_before_the_dash(text, place, agency):
    dateline = parse_dateline(text)
    assert (dateline.place, dateline.agency) == (place, agency)
    assert text[dateline.end:].lstrip(" ,-").startswith(("Rapat", "Presiden"))


@pytest.mark.parametrize("text", [
    "Jakarta, Selasa,- Polisi menangkap dua pelaku pencurian.",
    "Bupati, Bandung,- Warga menggelar gotong royong.",
])
def test_a_stray_comma_makes_no_outlet_of_a_day_or_a_title(text):
    dateline = parse_dateline(text)
    assert dateline is None or dateline.agency is None
