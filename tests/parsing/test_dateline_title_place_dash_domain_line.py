"""parse_dateline on a listed place in title case, a dash and the outlet's domain alone on a line, the second dash lost
with the line's end (`Nias – jurnalpolisi.id` over the lead), as `LOMBOK UTARA – lombokjurnal.com` in capitals."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_a_title_case_place_and_its_domain_on_their_line():
    text = ("Cipkon Jelang Pilkada 2024, Polres Nias Selatan Tingkatkan Patroli Dialogis\nNias – jurnalpolisi.id\n"
            "Dalam rangka Ciptakan Situasi Kamtibmas Jelang Pilkada 2024, Sat Samapta Polres Nias Selatan secara rutin "
            "melaksanakan Kegiatan Patroli")
    assert place_and_agency(text) == ("Nias", "jurnalpolisi.id")


def test_a_place_in_capitals_and_its_domain_on_their_line_stays():
    text = "LOMBOK UTARA – lombokjurnal.com\nRatusan warga mengungsi setelah gempa mengguncang wilayah itu."
    assert place_and_agency(text) == ("LOMBOK UTARA", "lombokjurnal.com")


@pytest.mark.parametrize("text", [
    "Banjir di Jakarta - Kompas.com\nRatusan warga mengungsi setelah hujan deras mengguyur ibu kota semalaman.",
    "Harga Cabai Naik - Kompas.com\nRatusan pedagang mengeluh setelah harga cabai naik dua kali lipat.",
])
def test_a_page_title_over_the_lead_is_no_dateline(text):
    assert place_and_agency(text) is None
