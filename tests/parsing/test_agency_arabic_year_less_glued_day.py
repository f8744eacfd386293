"""MINA's Arabic masthead of 2014 restates its Hijri date as a Gregorian one and may leave that one's year out, the
day's digits touching the month's name as in its dates with a year (`الأحد،18ذوالحجة1435ه الموافق 12أكتوبر/تشرين الأول`,
Sunday, 18 Dhu al-Hijjah 1435, that is 12 October). The year-less day is read in the base's year, as it is with a
space; figures touching other words are no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB
from date_readings import minute_in_wib  # beside this file

BASE = datetime(2014, 10, 12, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "reading"), [
    ("الأحد،18ذوالحجة1435ه الموافق 12أكتوبر/تشرين الأول وكالة معراج للأنباء الإسلامية”مينا”.", "2014-10-12T00:00"),
    ("الموافق 5أكتوبر/تشرين الأول", "2014-10-05T00:00"),
    ("الموافق 12أكتوبر", "2014-10-12T00:00"),
    # Near misses that stay as they were: with its year, with a space, and the Hijri date alone.
    ("الأحد،18ذوالحجة1435ه الموافق 12أكتوبر/تشرين الأول2014 وكالة معراج", "2014-10-12T00:00"),
    ("الأحد 12 أكتوبر/تشرين الأول", "2014-10-12T00:00"),
    ("الأحد،18ذوالحجة1435ه", None),
    ("قتل 12شخصا في الهجوم", None),
])
def test_a_year_less_day_touching_its_arabic_month(text, reading):
    assert minute_in_wib(text, BASE) == reading
