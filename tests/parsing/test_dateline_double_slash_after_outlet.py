"""parse_dateline on an outlet's domain, two slashes for the comma, then a listed place and the dash (`CAHAYASIANG.ID
// Manado –`): the outlet-first mirror of `JAKARTA//NSMTVNews.com`."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("CAHAYASIANG.ID // Manado – Hari ini Wali Kota dan Wakil Wali Kota Manado Andrei Angouw dan dr. Richard Sualang "
     "telah memimpin Kota Manado selama satu tahun.", "Manado"),
    ("CAHAYASIANG.ID//MANADO – Hari ini Wali Kota dan Wakil Wali Kota Manado Andrei Angouw dan dr. Richard Sualang "
     "telah memimpin Kota Manado selama satu tahun.", "MANADO"),
])
def test_a_domain_two_slashes_and_a_listed_place(text, place):
    assert place_and_agency(text) == (place, "CAHAYASIANG.ID")


def test_a_bar_for_the_comma_stays():
    assert place_and_agency("SURYA.co.id | SURABAYA - Pemerintah Kota Surabaya menggelar rapat.") == (
        "SURABAYA", "SURYA.co.id")


def test_a_rubric_before_two_slashes_is_no_outlet():
    assert place_and_agency("Berita Utama // Manado – Hari ini Wali Kota Manado Andrei Angouw memimpin rapat.") is None
