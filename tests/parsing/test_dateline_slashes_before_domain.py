"""parse_dateline on a place, two slashes for the comma, then its outlet's domain and the dash (`Medan
//relasipublik.com- Kegiatan ...`), as `CAHAYASIANG.ID // Manado –` writes them after an outlet: the place and the
outlet; a place's name after the slashes names no outlet."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, reading", [
    ("Medan //relasipublik.com- Kegiatan berbuka puasa bersama Polri dan media secara virtual lewat Zoom Meeting dan "
     "untuk Polda Sumut dilaksanakan", ("Medan", "relasipublik.com")),
    ("MEDAN //relasipublik.com - Kegiatan berbuka puasa bersama Polri dan media digelar.",
     ("MEDAN", "relasipublik.com")),
])
def test_two_slashes_then_the_domain_and_the_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text, reading", [
    ("Jakarta // Bandung - Kereta cepat melaju tiga puluh menit.", None),
    ("CAHAYASIANG.ID // Manado – Hari ini warga memadati pantai.", ("Manado", "CAHAYASIANG.ID")),
    ("Medan //relasipublik.com Kegiatan berbuka puasa bersama Polri.", ("Medan", "relasipublik.com")),
])
def test_a_route_and_the_other_slashed_forms_stay(text, reading):
    assert place_and_agency(text) == reading
