"""Date strings the sandbox prints."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from sandbox.calendars import WIB, header_date, relative_time, rfc822, theme2018_date, ticker_time


def test_header_and_2018_dates() -> None:
    moment = datetime(2019, 2, 15, 23, 14, 5, tzinfo=WIB)
    shown = {header_date(moment, "id", random.Random(n)) for n in range(30)}
    assert shown == {"Jumat, 15 Februari 2019 - 23:14 WIB", "Jum'at, 15 Februari 2019 - 23:14 WIB"}
    assert header_date(moment, "en", random.Random(0)) == "Friday, 15 February 2019 - 23:14 WIB"
    sunday = datetime(2019, 2, 17, 8, 0, tzinfo=WIB)
    assert {header_date(sunday, "id", random.Random(n)).split(",")[0] for n in range(30)} == {"Minggu", "Ahad"}
    assert theme2018_date(datetime(2018, 3, 19, 12, 56, 57, tzinfo=WIB)) == "Monday, 19 March 2018 | 12:56 WIB"


def test_rfc822_is_the_same_instant_in_utc() -> None:
    assert rfc822(datetime(2019, 4, 23, 3, 17, 42, tzinfo=WIB)) == "Mon, 22 Apr 2019 20:17:42 +0000"


def test_relative_times_as_the_theme_prints_them() -> None:
    assert ticker_time(timedelta(minutes=151)) == "-151 min. ago"
    assert ticker_time(timedelta(hours=6, minutes=5)) == "6 hours ago"
    assert relative_time(timedelta(hours=1, minutes=2)) == "1 hours ago"
    assert relative_time(timedelta(days=3)) == "3 days ago"
