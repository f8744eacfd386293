"""A day word and its clock joined by a dash, as dashboards' and apps' time labels print them (`اليوم - 10:24 ص`,
`أمس - 4:15 م`, `أمس - الساعة 8:00 م`, `Kemarin - 07:45`): that day at that clock. A dash before a number that is no
clock says no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("اليوم - 10:24 ص", "2024-07-25T10:24"),
    ("أمس - 4:15 م", "2024-07-24T16:15"),
    ("أمس - ٩:٣٠ م", "2024-07-24T21:30"),
    ("أمس - الساعة 8:00 م", "2024-07-24T20:00"),
    ("أمس - 11:12 ليلاً", "2024-07-24T23:12"),
    ("Kemarin - 07:45", "2024-07-24T07:45"),
    ("Hari ini - 14:05 WIB", "2024-07-25T14:05"),
    ("Kemarin, 14:05", "2024-07-24T14:05"),  # a comma, read already
])
def test_day_word_dash_clock(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "kemarin - 5",  # no clock
    "rekap kemarin - rekap chat kemarin",
    "أمس - تذكير آلي",  # `yesterday - automatic reminder`: a label, not a time
])
def test_day_word_dash_without_clock(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
