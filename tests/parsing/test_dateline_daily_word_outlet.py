"""A daily's name in capitals alone before the dash, `HARIAN` ("daily") and its title (`HARIAN MERAPI - Puncak
peringatan Hari Jadi ke-109 Kabupaten Sleman ...`, a Yogyakarta daily's copy): the outlet, no place; after a place it
is the place's outlet (`SLEMAN, HARIAN MERAPI -`). An official's acting title in title case is no outlet (`Pelaksana
Harian -`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place", [
    ("HARIAN MERAPI - Puncak peringatan Hari Jadi ke-109 Kabupaten Sleman berbeda dengan tahun-tahun sebelumnya.",
     None),
    ("SLEMAN, HARIAN MERAPI - Puncak peringatan Hari Jadi ke-109 Kabupaten Sleman berbeda dengan tahun-tahun "
     "sebelumnya.", "SLEMAN"),
])
def test_a_dailys_name_in_capitals_is_the_outlet(text, place):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, "HARIAN MERAPI")


def test_an_acting_title_is_no_outlet():
    found = parse_dateline("Pelaksana Harian - Puncak peringatan Hari Jadi ke-109 Kabupaten Sleman digelar sederhana.")
    assert found is None or found.agency is None
