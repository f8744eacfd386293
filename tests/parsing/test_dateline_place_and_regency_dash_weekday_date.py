"""A place and its regency in title case, a spaced dash, then a weekday and a full date ending the line, the lead
below (`Desa Kedungbenda, Cilacap - Jum'at, 24 Januari 2025`, a village's news page under its capitals heading): the
place as written and the date. A name in the weekday's stead stays no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, day", [
    ("MUSYAWARAH DESA, DESA KEDUNGBENDA KEC. NUSAWUNGU KAB. CILACAP\nDesa Kedungbenda, Cilacap - Jum'at, 24 Januari "
     "2025\nPemerintah Desa Kedungbenda menyelenggarakan Musyawarah Desa (Musdes) pada Jumat, 24 Januari 2025.",
     "Desa Kedungbenda, Cilacap", date(2025, 1, 24)),
])
def test_a_place_its_regency_a_dash_and_a_weekdays_date(text, place, day):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.date) == (place, None, day)


@pytest.mark.parametrize("text", [
    "Desa Kedungbenda, Cilacap - Bupati, 24 Januari 2025\nPemerintah Desa Kedungbenda menyelenggarakan Musyawarah Desa",
])
def test_a_name_for_the_weekday_is_no_dateline(text):
    assert parse_dateline(text) is None
