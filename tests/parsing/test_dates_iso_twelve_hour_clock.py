"""A year-first date with a 12-hour clock and its half of the day (a template's `2023-10-03 10:38 PM`, a script
header's `Created ... on 2021-12-12 03:00 pm WIB`): the afternoon's hour, not the morning's, as for any other date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2023, 10, 3, 23, 30, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("# Created by Alberth Nahas on 2021-12-12 03:00 pm WIB.", "2021-12-12T15:00"),
    ("2023-10-03 10:38 PM", "2023-10-03T22:38"),
    ("2023-06-02 09:00 PM", "2023-06-02T21:00"),
    ("2023-10-03 10:38 AM", "2023-10-03T10:38"),
    ("2023-10-03 12:15 AM", "2023-10-03T00:15"),
    ("2023-10-03 12:15 PM", "2023-10-03T12:15"),
    ("2023-10-03 08:29:00 PM WITA", "2023-10-03T19:29"),
    ("Diterbitkan 2023-10-03 10:38 p.m.", "2023-10-03T22:38"),
])
def test_a_year_first_date_with_a_twelve_hour_clock_reads_its_half_of_the_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-10-03 22:38", "2023-10-03T22:38"),  # a 24-hour clock, as before
    ("2023-10-03 22:38 PM", "2023-10-03T22:38"),  # said twice
    ("2023-10-03T10:38:00+07:00", "2023-10-03T10:38"),
    ("2023-10-03 10:38 amid the rain", "2023-10-03T10:38"),  # a word, no half of the day
    ("2023-10-03 10:38 Pagi", "2023-10-03T10:38"),
])
def test_other_year_first_clocks_stay_as_they_were(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected
