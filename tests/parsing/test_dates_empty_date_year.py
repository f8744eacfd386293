"""PHP prints an empty date (`0000-00-00`) with the year `-0001`, and a Joomla page keeps it in its header (`نشر بتاريخ:
الإثنين، 30 تشرين2/نوفمبر -0001 00:00`): no date, not the day and month before it read in the base's year. A number
that only ends with `-0001` (an item's) leaves the date after it alone."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "نشر بتاريخ: الإثنين، 30 تشرين2/نوفمبر -0001 00:00",
    "نشر بتاريخ: الإثنين، 30 نوفمبر -0001 00:00",
    "Senin, 30 November -0001 00:00",
])
def test_empty_date_is_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("No. 123-0001, 3 Juni 2024", "2024-06-03T00:00"),
    ("Kode 2024-0001 | Selasa, 4 Juni 2024 14:05 WIB", "2024-06-04T14:05"),
])
def test_number_ending_in_0001_keeps_the_date(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
