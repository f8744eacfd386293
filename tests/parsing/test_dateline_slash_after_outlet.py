"""parse_dateline on an outlet's domain, one slash between spaces for the comma, then a listed place and the dash
(`JURNAL3.NET / PONOROGO –`): the one-slash mirror of `CAHAYASIANG.ID // Manado –`."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place, agency", [
    ("JURNAL3.NET / PONOROGO – Bupati Ponorogo, Sugiri Sancoko mengukuhkan kepengurusan Komite Komunikasi Digital "
     "(KKD) Kabupaten Ponorogo.", "PONOROGO", "JURNAL3.NET"),
    ("SURYA.co.id / SURABAYA - Pemerintah Kota Surabaya menggelar rapat koordinasi.", "SURABAYA", "SURYA.co.id"),
])
def test_a_domain_a_slash_and_a_listed_place(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text", [
    # a rubric's trail before the place names no outlet
    "Berita Daerah / PONOROGO – Bupati Ponorogo mengukuhkan kepengurusan Komite Komunikasi Digital.",
    "Jatim / Surabaya – Pemerintah Kota Surabaya menggelar rapat koordinasi.",
    # a slash glued to both sides is an address's path, not a separator
    "JURNAL3.NET/PONOROGO – Bupati Ponorogo mengukuhkan kepengurusan Komite Komunikasi Digital.",
])
def test_no_outlet_or_a_glued_slash_stays_no_dateline(text):
    assert place_and_agency(text) is None


def test_two_slashes_still_read():
    assert place_and_agency("CAHAYASIANG.ID // Manado – Hari ini Wali Kota Manado Andrei Angouw memimpin rapat.") == (
        "Manado", "CAHAYASIANG.ID")
