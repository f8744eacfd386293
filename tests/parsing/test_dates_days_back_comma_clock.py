"""Whole days back with the clock of that day after a comma and no `pukul`, as activity lists and card labels print
them (`2 hari lalu, 15:00`, `3 hari lalu, 16:45`, `2 hari lalu, 18.05`, `2 Hari Lalu, 17:00`), the way `Kemarin, 11:00`
is read: that day at that clock. A count after the comma is no clock, and hours back take no clock of a day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("2 hari lalu, 15:00", "2024-06-01T15:00"),
    ("2 Hari Lalu, 17:00", "2024-06-01T17:00"),
    ("2 hari lalu, 18.05", "2024-06-01T18:05"),
    ("3 hari lalu, 16:45", "2024-05-31T16:45"),
    ("2 days ago, 14:05", "2024-06-01T14:05"),
])
def test_days_back_and_the_clock_after_a_comma(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2 Hari Yang Lalu Pukul 14:30", "2024-06-01T14:30"),  # read before too
    ("3 days ago at 9:15", "2024-05-31T09:15"),
    ("Kemarin, 11:00", "2024-06-02T11:00"),
    ("2 hari lalu, 15 orang", "2024-06-01T16:00"),  # a count, no clock
    ("2 jam lalu, 15:00", "2024-06-03T14:00"),  # hours back take no clock of a day
])
def test_read_before_and_near_misses(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("1 minggu lalu, 14:15", "2024-05-27T14:15"),
    ("1 minggu lalu, 15:30", "2024-05-27T15:30"),
    ("2 minggu lalu, 11:20", "2024-05-20T11:20"),
    ("1 week ago at 9:15", "2024-05-27T09:15"),
])
def test_whole_weeks_back_and_the_clock(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
