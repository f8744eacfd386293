"""An outlet's name, its place, and an en or em dash glued to the place and to the sentence (`Kitasulsel, Makassar—Tribun
Timur merayakan ...`): the dash is folded to one hyphen for matching, and only a written dash, no hyphen, ends the
dateline there, as a hyphen glued to two words joins them."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, outlet, rest", [
    ("Kitasulsel, Makassar—Tribun Timur merayakan ulang tahun ke-19 pada Kamis, 9 Februari 2023. Perayaan kali ini "
     "mengusung tagline Mata Lokal Menjangkau Indonesia.", "Makassar", "Kitasulsel", "Tribun"),
    ("Kitasulsel, Makassar–Tribun Timur merayakan ulang tahun ke-19 pada Kamis, 9 Februari 2023.", "Makassar",
     "Kitasulsel", "Tribun"),
])
def test_an_outlet_its_place_and_a_glued_written_dash(text, place, outlet, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, outlet)
    assert text[found.end:].startswith(rest)


@pytest.mark.parametrize("text", [
    # one hyphen glued to two words joins them
    "Kitasulsel, Makassar-Tribun Timur merayakan ulang tahun ke-19 pada Kamis, 9 Februari 2023.",
    # a body's acronym before a place is no outlet
    "DPR, Jakarta—Ketua DPR menyatakan rancangan undang-undang itu akan dibahas pekan depan.",
])
def test_no_dateline_at_a_hyphen_or_after_a_bodys_acronym(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
