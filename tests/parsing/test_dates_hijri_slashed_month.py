"""A Hijri month's name between slashes, as Gulf university calendars and deeds write it beside the Gregorian date
(`29/رجب/1448هـ` beside `7/يناير/2027م`, a ruling's `بتاريخ: 23/رجب/1447ه`): the Gregorian day it falls on, the
same the calendar prints beside it; a range as its first day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 1, 20, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # A university calendar's Hijri column; the expected day is the one its Gregorian column gives.
    ("29/رجب/1448هـ", "2027-01-07T00:00"),
    ("9/شعبان/1448هـ", "2027-01-17T00:00"),
    ("6/شوال/1448هـ", "2027-03-14T00:00"),
    ("17/ذو الحجة/1448هـ", "2027-05-23T00:00"),
    ("12/محرم/1449هـ", "2027-06-17T00:00"),
    ("20/ربيع أول/1449هـ", "2027-08-22T00:00"),
    ("19/جمادى الآخرة/1448هـ", "2026-11-29T00:00"),
    ("10 - 11/ربيع أول/1448هـ", "2026-08-23T00:00"),
    ("2 - 20/شعبان/1448هـ", "2027-01-10T00:00"),
    ("بتاريخ: 23/رجب/1447ه", "2026-01-12T00:00"),
    # Its Gregorian column, ranges with the month between slashes.
    ("23 - 24/أغسطس/2026م", "2026-08-23T00:00"),
    ("27/ديسمبر/2026م - 19/يناير/2027م", "2026-12-27T00:00"),
    ("15/نوفمبر - 3/ديسمبر/2026م", "2026-11-15T00:00"),
])
def test_a_hijri_month_between_slashes_is_read(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # As before: with spaces, and an invitation's range.
    ("بتاريخ: 23 رجب 1447ه", "2026-01-12T00:00"),
    ("23 Rajab 1447 H", "2026-01-12T00:00"),
    ("18 - 19 Syawal 1445 H", "2024-04-27T00:00"),
    # A Saudi numeric Hijri date stays unread; a month's name with no year after its slash is no date.
    ("٩ /١١ /١٤٤١هـ", None),
    ("23/رجب", None),
])
def test_near_misses_keep_their_reading(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
