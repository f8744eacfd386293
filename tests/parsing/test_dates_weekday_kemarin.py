"""A weekday said to be past with `kemarin` alone (`Jumat kemarin`, `hari Senin kemarin`), as with `lalu`: the latest
such day before the base, a date without its time; `minggu kemarin` (last week as often as last Sunday) stays no
date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 6, 17, 9, 0, tzinfo=WIB)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    ("jumat kemarin", "2026-06-12T00:00"),
    ("selasa kemarin", "2026-06-16T00:00"),
    ("hari senin kemarin", "2026-06-15T00:00"),
    ("hari rabu kemarin", "2026-06-10T00:00"),
    ("Isnin kelmarin", "2026-06-15T00:00"),
    ("hari Jumat lalu", "2026-06-12T00:00"),
    # As before: `lalu`, `lepas`, and a clock after `kemarin`.
    ("sabtu lalu", "2026-06-13T00:00"),
    ("Isnin lepas", "2026-06-15T00:00"),
    ("Jumat kemarin jam 16.00", "2026-06-12T16:00"),
])
def test_a_weekday_said_past_with_kemarin_is_the_latest_before_the_base(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize("text", [
    "minggu kemarin", "hari minggu kemarin", "bulan kemarin", "pekan kemarin", "hari kemarin", "minggu yang lalu",
])
def test_what_is_no_weekday_before_kemarin_is_no_date(text: str) -> None:
    assert minute_in_wib(text, BASE) is None
