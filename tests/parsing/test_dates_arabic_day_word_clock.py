"""An Arabic card's yesterday or today and its clock (`أمس الساعة 8:00 م`, `اليوم الساعة 03:00 ص`, `أمس في 22:40`):
that day at that clock, as `Kemarin pukul 20.00` and `Yesterday at 8:00 PM` are. Mid-sentence, as those, no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 6, 4, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("أمس الساعة 8:00 م", "2024-06-03T20:00"),
    ("أمس الساعة ٣:٠٠ م", "2024-06-03T15:00"),
    ("أمس الساعة 10:30 م", "2024-06-03T22:30"),
    ("أمس الساعة 22:40", "2024-06-03T22:40"),
    ("أمس الساعة 4:20 م", "2024-06-03T16:20"),
    ("اليوم الساعة 03:00 ص", "2024-06-04T03:00"),
    ("اليوم الساعة 7:00 مساءً", "2024-06-04T19:00"),
    ("آخر نسخة احتياطية سحابية تم أخذها: اليوم الساعة 03:00 ص", "2024-06-04T03:00"),
    ("أمس في 22:40", "2024-06-03T22:40"),
    ("أمس عند الساعة 22:40", "2024-06-03T22:40"),
    ("امس 22:05", "2024-06-03T22:05"),
])
def test_an_arabic_day_word_and_its_clock_are_that_day_at_that_clock(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تم الاتفاق على موعد معاينة اليوم الساعة 5 مساءً", None),  # mid-sentence: an appointment, not the page's time
    ("أضافت الإدارة موعدًا جديدًا لك اليوم الساعة 17:00 مع أحمد الخطيب.", None),
    ("اليوم", None),  # alone, also "the day"
    # As before.
    ("أمس", "2024-06-03T18:00"),
    ("Kemarin pukul 20.00", "2024-06-03T20:00"),
    ("Yesterday at 8:00 PM", "2024-06-03T20:00"),
    ("منذ ساعتين", "2024-06-04T16:00"),
])
def test_other_arabic_words_stay_as_they_were(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
