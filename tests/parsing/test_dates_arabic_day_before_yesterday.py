"""Arabic's day before yesterday, `أول أمس` (a notification card's time, ICU's relative day -2), alone or with a clock:
two days back, as `kemarin lusa`; `أمس` alone stays one."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 6, 8, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("أول أمس", "2024-06-06T16:00"),
    ("اول امس", "2024-06-06T16:00"),
    ("أول امس", "2024-06-06T16:00"),
    ("أول أمس الساعة 10:30", "2024-06-06T10:30"),
    ("أول أمس في 22:40", "2024-06-06T22:40"),
])
def test_the_day_before_yesterday_is_two_days_back(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # As before: yesterday, today, Indonesian's day before yesterday.
    ("أمس", "2024-06-07T16:00"),
    ("أمس الساعة 8:00 م", "2024-06-07T20:00"),
    ("اليوم 14:05", "2024-06-08T14:05"),
    ("kemarin lusa", "2024-06-06T16:00"),
    ("Kemarin pukul 12.00", "2024-06-07T12:00"),
    # `أول` (first) before another word, or an evening (`أمسية`), is no day.
    ("أول يوم", None),
    ("من أول أمسية تعريفية", None),
])
def test_near_misses_keep_their_reading(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
