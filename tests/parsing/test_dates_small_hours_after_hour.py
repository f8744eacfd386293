"""An hour said with the small hours after it (`pukul 3 dini hari`, `jam 3 subuh`, `jam 2 dinihari`): a clock as `pukul
9 pagi` is, read as a morning hour, also after a date (`pada hari Rabu 21 September 2006 pukul 3 dini hari`, a profile
page's birth time). With minutes the words now say the half of the day too: `12.30 dini hari` is half past midnight.
An hour without `pukul`/`jam` and a count of days stay no clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


def _reading(text: str) -> str | None:
    moment = parse_date(text, base=_BASE)
    return moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") if moment else None


@pytest.mark.parametrize(("text", "expected"), [
    ("Dilahirkan di Kota Kembang pada hari Rabu 21 September 2006 pukul 3 dini hari.", "2006-09-21T03:00"),
    ("Selasa, 4 Juni 2024 pukul 3 dini hari", "2024-06-04T03:00"),
    ("Selasa (4/6/2024) pukul 3 dini hari", "2024-06-04T03:00"),
    ("Selasa, 4 Juni 2024 jam 2 dinihari", "2024-06-04T02:00"),
    ("Selasa, 4 Juni 2024 pukul 4 subuh", "2024-06-04T04:00"),
    ("Selasa, 4 Juni 2024 pukul 3 dinihari WITA", "2024-06-04T02:00"),
    ("Selasa, 4 Juni 2024 pukul 12.30 dini hari", "2024-06-04T00:30"),  # past midnight, not midday
    ("Selasa, 4 Juni 2024 pukul 04.30 subuh", "2024-06-04T04:30"),
    ("Selasa (4/6/2024) sekitar pukul 02.30 dini hari", "2024-06-04T02:30"),
    ("Selasa, 4 Juni 2024 pukul 3 pagi", "2024-06-04T03:00"),  # the other parts of day as before
    ("Selasa, 4 Juni 2024 pukul 4 sore", "2024-06-04T16:00"),
])
def test_hour_with_small_hours(text: str, expected: str) -> None:
    assert _reading(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Selasa, 4 Juni 2024 3 dini hari", "2024-06-04T00:00"),  # no `pukul`: no clock
    ("Selasa, 4 Juni 2024 jam 3 hari", "2024-06-04T00:00"),  # a count of days
    ("3 hari", None),
])
def test_no_clock_without_its_label(text: str, expected: str | None) -> None:
    assert _reading(text) == expected

