"""A weekday's year-less day in parentheses after its dawn (`Minggu subuh (12/5)`, `shubuh`) or after `tadi`, earlier
the same day (`Jumat siang tadi (10/5)`), in a body and read by parse_date alike (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Warga dikejutkan kebakaran yang terjadi Minggu subuh (12/5).", datetime(2024, 5, 13, 10, 0, tzinfo=WIB),
     "2024-05-12"),
    ("Petugas tiba di lokasi Senin shubuh (13/5) pukul 04.30 WIB.", datetime(2024, 5, 13, 10, 0, tzinfo=WIB),
     "2024-05-13"),
    ("Warga berkumpul pada Jumat siang tadi (10/5) di masjid.", datetime(2024, 5, 10, 20, 0, tzinfo=WIB),
     "2024-05-10"),
    ("kata dia di Jakarta, Jumat tadi (10/5).", datetime(2024, 5, 10, 20, 0, tzinfo=WIB), "2024-05-10"),
])
def test_a_weekday_at_dawn_or_earlier_today_is_its_day(text: str, base: datetime, expected: str) -> None:
    assert [found["date"] for found in find_body_dates(text, base)] == [expected]
    assert parse_date(text, base=base).date().isoformat() == expected


def test_a_weekday_earlier_today_without_its_day_is_no_body_date() -> None:
    assert find_body_dates("Warga berkumpul Jumat siang tadi di masjid.", datetime(2024, 5, 10, 20, 0, tzinfo=WIB)) == []
