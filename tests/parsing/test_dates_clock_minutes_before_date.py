"""A clock before its date past a dash (an app's `Thời gian: 10:15 - 25/01/2026`, a shop's `10:02 - 19/10/2022`):
its minutes are no first day of a range (`15 - 25/01/2026` read as the 15th), the date is the one after the dash and
the clock its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 1, 28, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thời gian: 10:15 - 25/01/2026", "2026-01-25T10:15"),
    ("10:02 - 19/10/2022", "2022-10-19T10:02"),
    ("14:05 - 08/06/2024", "2024-06-08T14:05"),
    ("14:05 - 08 Juni 2024", "2024-06-08T14:05"),
    ("14.05 - 8 Juni 2024", "2024-06-08T14:05"),
    ("14:05 - 08 يونيو 2024", "2024-06-08T14:05"),
    # A Hijri date's day likewise (18 Syawal 1445 fell on 27 April 2024).
    ("10:15 - 18 Syawal 1445 H", "2024-04-27T10:15"),
])
def test_a_clocks_minutes_before_a_dash_are_no_first_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Ranges of days stay read as their first day.
    ("12 - 14 Juni 2024", "2024-06-12T00:00"),
    ("12-14 Juni 2024", "2024-06-12T00:00"),
    ("(12-13/11/2022)", "2022-11-12T00:00"),
    ("Rabu dan Kamis (25 – 26/1/2023)", "2023-01-25T00:00"),
    ("1 - 20 Oktober 2024", "2024-10-01T00:00"),
    # Minutes past the day of the month never made a range; a clock after the date stays its own.
    ("14:25 - 08 Juni 2024", "2024-06-08T14:25"),
    ("2:05 PM - 8 Jun 2016", "2016-06-08T14:05"),
    ("24/08/2026 10:15 - 25 pessoas", "2026-08-24T10:15"),
    ("24/11/2023 - 20:01 - 1087654321 - 65984", "2023-11-24T20:01"),
    ("@since 11:21:01 - 29.07.2010", "2010-07-29T11:21"),
    # A score before a date is no part of it.
    ("menang 3 - 1/5/2024", "2024-05-01T00:00"),
])
def test_ranges_and_clocks_after_dates_keep_their_reading(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A year-less day and month after the dash: the clock's, in the year the page gives.
    ("14:05 - 08 Juni", "2024-06-08T14:05"),
    ("14.05 - 8 Juni", "2024-06-08T14:05"),
    ("12 - 14 Juni", "2024-06-12T00:00"),
    ("20-29 Desember", "2023-12-20T00:00"),
])
def test_a_year_less_date_after_a_clock_is_no_range(text: str, expected: str) -> None:
    assert minute_in_wib(text, datetime(2024, 6, 20, 16, 0, tzinfo=WIB)) == expected
