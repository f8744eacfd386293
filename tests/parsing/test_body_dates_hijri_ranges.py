"""A range of Hijri days is read as its first day, as a range of Gregorian days is (an invitation's `27 - 28 April
2024 M` over `18 - 19 Syawal 1445 H`: both name 27 April)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date
from crawler.parsing.hijri import find_hijri

BASE = datetime(2024, 4, 1, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("18 - 19 Syawal 1445 H", ["2024-04-27"]),
    ("pada 18-19 Syawal 1445 H di rumah mempelai", ["2024-04-27"]),
    ("18 - 19 Syawal, 1445 H", ["2024-04-27"]),
    ("27 - 28 April 2024 M\n18 - 19 Syawal 1445 H", ["2024-04-27", "2024-04-27"]),
    ("Hari Raya Idul Fitri 1 Syawal 1445 H", ["2024-04-10"]),
])
def test_a_range_of_hijri_days_is_its_first_day(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected


def test_the_range_is_reported_whole_and_read_alike_in_a_header() -> None:
    assert find_body_dates("18 - 19 Syawal 1445 H", BASE) == [{"text": "18 - 19 Syawal 1445", "date": "2024-04-27"}]
    assert parse_date("18 - 19 Syawal 1445 H") == datetime(2024, 4, 27, tzinfo=WIB)
    found = find_hijri("18 - 19 Syawal 1445 H")
    assert found is not None and found[1] == date(2024, 4, 27)


def test_days_that_do_not_run_forward_are_no_range() -> None:
    assert parse_date("19-18 Syawal 1445 H") == datetime(2024, 4, 27, tzinfo=WIB)
