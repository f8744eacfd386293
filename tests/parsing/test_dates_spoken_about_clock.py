"""A clock said to be about that time with the spoken `sekiranya` (a witness's account: `tawuran antar remaja itu
terjadi pada Minggu (11/2/2024) dini hari sekiranya pukul 04.00 WIB`): the date's clock, as after `sekira`."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 2, 12, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sugeng (55), warga yang menyaksikan aksi tersebut mengatakan, tawuran antar remaja itu terjadi pada Minggu "
     "(11/2/2024) dini hari sekiranya pukul 04.00 WIB.", "2024-02-11T04:00"),
    ("Minggu (11/2/2024) sekiranya pukul 21.30 WITA", "2024-02-11T20:30"),
    ("Minggu, 11 Februari 2024 sekiranya pukul 04.00 WIB", "2024-02-11T04:00"),
    # As before: `sekira` and `sekitar`.
    ("Minggu (11/2/2024) dini hari sekira pukul 04.00 WIB", "2024-02-11T04:00"),
    ("Minggu (11/2/2024) sekitar pukul 04.00 WIB", "2024-02-11T04:00"),
])
def test_a_clock_said_about_after_its_date_is_the_dates(text: str, expected: str) -> None:
    assert parse_date(text, base=BASE).astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


def test_a_bare_clock_said_about_is_on_the_base_day() -> None:
    assert parse_date("sekiranya pukul 04.00 WIB", base=BASE).strftime("%Y-%m-%dT%H:%M") == "2024-02-12T04:00"


@pytest.mark.parametrize("text", [
    "pada Minggu (11/2/2024) sekiranya 40 orang terlibat",  # a count, no clock
    "Minggu (11/2/2024) sekiranya pukul",  # a label and no clock
])
def test_no_clock_after_sekiranya_keeps_the_day(text: str) -> None:
    assert parse_date(text, base=BASE).strftime("%Y-%m-%dT%H:%M") == "2024-02-11T00:00"
