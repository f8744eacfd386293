"""Two days joined by Arabic `و` (and), glued to the second or spaced (`بين 12 و14 مايو 2025`, a school calendar's
`ما بين 1 و2 يوليوز 2027`): a pair, two dates, the first read first, as `28 dan 30 Juni 2023` is; a count joined by
`و` before a date is no day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2026, 6, 14, 8, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("عقد مجالس الأقسام ما بين 1 و2 يوليوز 2027", ["2027-07-01", "2027-07-02"]),
    ("بين 12 و14 مايو 2025", ["2025-05-12", "2025-05-14"]),
    ("بين 12 و 14 مايو 2025", ["2025-05-12", "2025-05-14"]),
    ("بين 12 و14 مايو/أيار 2025", ["2025-05-12", "2025-05-14"]),
])
def test_two_days_joined_by_wa_are_a_pair(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected
    assert parse_date(text, base=BASE) == datetime.fromisoformat(expected[0]).replace(tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # A count, an issue number before `و` and a date: no first day.
    ("قتل 3 و5 جرحى في 12 مايو 2025", ["2025-05-12"]),
    ("العدد 18621 و 14 مايو 2025", ["2025-05-14"]),
    # A range stays a range.
    ("من 1 إلى 2 يوليو 2027", ["2027-07-01"]),
])
def test_wa_after_no_day_makes_no_pair(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected
