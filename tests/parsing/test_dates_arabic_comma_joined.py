"""An Arabic date whose day, month and year templates join with bare commas (an Arabic time filter's `14:35 ,
4,يونيو,2024` after its clock, an article card's `30,يناير,2025`): that day, at the clock before it. A comma after the
day wants one after the month; a day that cannot be is no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 5, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("14:35 , 4,يونيو,2024", "2024-06-04T14:35"),
    ("9:30 , 12,إبريل,2015", "2015-04-12T09:30"),
    ("30,يناير,2025", "2025-01-30T00:00"),
    ("9,يناير,2016", "2016-01-09T00:00"),
    ("السبت، ٤ ديسمبر، ٢٠٢١", "2021-12-04T00:00"),  # commas with spaces, read already
])
def test_comma_joined_arabic_date(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "34,يناير,2025",  # no such day (a mock card's)
    "4,يونيو 2024",  # a comma after the day only
])
def test_no_comma_joined_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
