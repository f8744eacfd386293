"""A weekday's parenthesised day and month with the year set off by a spaced dash, as a daily's photo captions write
it (`Harian Umum Solopos edisi Rabu (16/1 - 2019).`): the year is the date's, as after a slash (`Rabu (16/1/2019)`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("Harian Umum Solopos edisi Rabu (16/1 - 2019).", "Rabu (16/1 - 2019)", "2019-01-16"),
    ("Harian Umum Solopos edisi Selasa (28/5 - 2019).", "Selasa (28/5 - 2019)", "2019-05-28"),
    ("Harian Umum Solopos edisi hari ini, Kamis (9/8 - 2018).", "Kamis (9/8 - 2018)", "2018-08-09"),
    ("Harian Umum Solopos edisi Rabu (16/1 -2019).", "Rabu (16/1 -2019)", "2019-01-16"),
])
def test_a_year_after_a_spaced_dash_in_the_parenthesis_is_the_dates(text: str, written: str, expected: str) -> None:
    # A base in another year: the written year is read, not the base's.
    base = datetime(2024, 6, 5, 12, 0, tzinfo=WIB)
    assert find_body_dates(text, base) == [{"text": written, "date": expected}]
    assert parse_date(text).date().isoformat() == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Persib menang pada Rabu (16/1) - 2019 menjadi tahun terbaik", [{"text": "Rabu (16/1)", "date": "2019-01-16"}]),
    ("skor akhir Rabu (3/1 - 20) lalu", []),  # two digits after the dash: no year
    ("pada Rabu (16/1 - 20190) lalu", []),  # five digits: no year
])
def test_what_is_no_year_after_the_dash_stays_as_it_was(text: str, expected: list[dict[str, str]]) -> None:
    assert find_body_dates(text, datetime(2019, 1, 17, 12, 0, tzinfo=WIB)) == expected
