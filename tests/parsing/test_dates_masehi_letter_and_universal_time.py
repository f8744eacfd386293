"""The Gregorian era's letter after a year before its clock (`Jumat, 28 Februari 2025 M, pukul 7:44:38 WIB`), and
Universal Time as reckonings of the new moon write it (`pukul 0.44.38 UT`): the date's time, UT being UTC."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

# A real announcement of Ramadan 1446: the conjunction in Universal Time, then restated in WIB.
_CONJUNCTION = ("Peristiwa ini akan kembali terjadi pada hari Jumat, 28 Februari 2025 M, pukul 0.44.38 UT atau Jumat, "
                "28 Februari 2025 M, pukul 7:44:38 WIB atau pukul 8:44:38 WITA")


@pytest.mark.parametrize(("text", "expected"), [
    (_CONJUNCTION, datetime(2025, 2, 28, 7, 44, 38, tzinfo=WIB)),
    ("Jumat, 28 Februari 2025 M, pukul 7:44:38 WIB", datetime(2025, 2, 28, 7, 44, 38, tzinfo=WIB)),
    ("Jumat, 28 Februari 2025 M pukul 8:44 WITA", datetime(2025, 2, 28, 7, 44, tzinfo=WIB)),
    ("Jumat, 28 Februari 2025, pukul 0.44.38 UT", datetime(2025, 2, 28, 7, 44, 38, tzinfo=WIB)),
])
def test_a_clock_after_the_era_letter_or_in_universal_time_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    # A count after the era letter is no clock; a lower-case `ut` is no zone, the clock stays WIB.
    "28 Februari 2025 M 12 orang hadir",
    "28 Februari 2025 Masjid 12.30 persen",
])
def test_a_count_after_the_era_letter_leaves_the_day_at_midnight(text: str) -> None:
    assert parse_date(text) == datetime(2025, 2, 28, tzinfo=WIB)


def test_a_lower_case_ut_is_no_zone() -> None:
    assert parse_date("28 Februari 2025 pukul 10.00 ut") == datetime(2025, 2, 28, 10, tzinfo=WIB)
