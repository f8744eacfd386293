"""parse_dateline on a place, its outlet's name, then a stray slash between spaces before the dash (`Jayapura, Jubi /
– The West ...`, a reporter's initials left out after the slash): the place and the outlet, as a stray comma or
full stop there is read."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "Jayapura, Jubi / – The West Papua Provincial Government donated a piece of land measuring 20.5 hectares to be the "
    "location for the headquarters of the West Papua provincial police in Manokwari.",
    "Jayapura, Jubi / - Kepolisian Daerah Papua menggelar apel siaga menjelang akhir tahun.",
])
def test_a_stray_slash_before_the_dash(text):
    assert place_and_agency(text) == ("Jayapura", "Jubi")


def test_the_stray_full_stop_stays():
    assert place_and_agency("Bima NTB, Media Dinamika Global.id.– Gelombang tinggi melanda pesisir Bima.") == (
        "Bima NTB", "Media Dinamika Global.id")


@pytest.mark.parametrize("text", [
    "Jayapura, Senin / – Pemerintah Provinsi Papua menggelar rapat koordinasi.",
    "Jayapura, Jubi / Pemerintah – Provinsi Papua menggelar rapat koordinasi.",
])
def test_a_weekday_or_a_word_after_the_slash_is_no_outlet_dateline(text):
    assert place_and_agency(text) is None
