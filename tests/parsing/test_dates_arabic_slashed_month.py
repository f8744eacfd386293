"""An Arabic month's name between slashes, as Egyptian news headers and Gulf university calendars write a date
(`السبت 07/يناير/2017 - 09:21 م`, `7/يناير/2027م`): the day, month and year as with spaces, the clock after it the
date's; a range's first day likewise (`27/سبتمبر - 8/أكتوبر/2026م`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 1, 8, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("السبت 07/يناير/2017 - 09:21 م", "2017-01-07T21:21"),
    ("**التاريخ**: 13/أكتوبر/2025", "2025-10-13T00:00"),
    ("7/يناير/2027م", "2027-01-07T00:00"),
    ("14/مارس/2027م", "2027-03-14T00:00"),
    ("املوافق: 12/يناير/2026م", "2026-01-12T00:00"),
    ("ينتهي التسجيل بـ 12/يونيو/2025", "2025-06-12T00:00"),
    ("01/يناير/2022 ميلادي", "2022-01-01T00:00"),
    ("١٥/مارس/٢٠٢٤ م", "2024-03-15T00:00"),
    # A range or a span of two dates: its first.
    ("27/سبتمبر - 8/أكتوبر/2026م", "2026-09-27T00:00"),
    ("30/مايو - 17/يونيو/2027م", "2027-05-30T00:00"),
    ("31/مايو/2022 م - 12/يونيو/2022 م", "2022-05-31T00:00"),
    ("من 10/مارس/2021 م إلى 25/أبريل/2022 م", "2021-03-10T00:00"),
])
def test_an_arabic_month_between_slashes_is_read(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # As before: spaces, two names of a month joined by a slash, numeric months.
    ("الثلاثاء ٢٩ نوفمبر ٢٠١٦", "2016-11-29T00:00"),
    ("15 نيسان/أبريل 2014", "2014-04-15T00:00"),
    ("15نيسان/أبريل2014", "2014-04-15T00:00"),
    ("الاثنين 05-12-2016 الساعة 11:48", "2016-12-05T11:48"),
    # No year after the month's slash: no dated day.
    ("العدد 12/يناير", None),
    ("رقم 3/مارس/ب", None),
])
def test_near_misses_keep_their_reading(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
