"""parse_date and find_body_dates on more shapes of real header and body lines (made-up variants of real ones)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2024, 5, 10, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("sekitar pukul 16.20 WIB", datetime(2024, 5, 10, 16, 20, tzinfo=WIB)),
    ("Sekira pukul 06.15 WIT", datetime(2024, 5, 10, 4, 15, tzinfo=WIB)),
    ("sekitar 09:40 WITA", datetime(2024, 5, 10, 8, 40, tzinfo=WIB)),
])
def test_a_time_said_to_be_about_takes_the_base_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected
    assert parse_date(text) is None
