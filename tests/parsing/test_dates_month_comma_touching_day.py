"""A month name whose comma touches the day after it, as card templates join them (a news theme's author card
`Sasha ● March,29 2024 ● Comments`, a shop's review stamp `Januari,19 2023`): the month-first date it is, as with a
space after the comma. Comma-joined tables of months and counts stay no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 4, 1, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sasha ● March,29 2024 ● Comments", "2024-03-29T00:00"),
    ("Surabaya, Jawa Timur no Januari,19 2023", "2023-01-19T00:00"),
    ("April,22 2021", "2021-04-22T00:00"),
    # As before: a space after the comma, and the comma touching the year.
    ("March, 29 2024", "2024-03-29T00:00"),
    ("Jakarta, Jan 30,2018 (Antara)", "2018-01-30T00:00"),
])
def test_month_comma_touching_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize("text", [
    "April,2020",
    "Bulan,Target,Capaian Januari,1000,1200 Februari,1100,1400",
    "Minyak Goreng 2L,Sembako,45000,Januari,40,30,eceran",
    "Mei,12 peserta",
])
def test_comma_joined_months_and_counts_stay_no_date(text: str) -> None:
    assert minute_in_wib(text, BASE) is None
