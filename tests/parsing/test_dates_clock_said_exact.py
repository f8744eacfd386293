"""A clock said to be the date's exact time, `tepat pukul` or `tepatnya pukul` (`ijtimak ... akan terjadi pada hari
Jumat, 28 Februari 2025, tepat pukul 07:46:49 WIB`, a real announcement of Ramadan 1446): the date's time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("ijtimak (konjungsi) jelang Ramadhan 1446 H akan terjadi pada hari Jumat, 28 Februari 2025, tepat pukul 07:46:49 "
     "WIB.", datetime(2025, 2, 28, 7, 46, 49, tzinfo=WIB)),
    ("Gempa terjadi Selasa (11/2/2025), tepatnya pukul 14.22 WIB.", datetime(2025, 2, 11, 14, 22, tzinfo=WIB)),
    ("Gempa terjadi Selasa (11/2/2025) tepatnya pukul 14.22 Wita.", datetime(2025, 2, 11, 13, 22, tzinfo=WIB)),
])
def test_an_exact_clock_after_a_date_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    # `tepat` before a count, and `bertepatan` (coinciding) before a clock with no Hijri date, say no clock.
    "Selasa (11/2/2025) tepat 10.000 warga datang",
    "Selasa (11/2/2025) bertepatan pukul 17:59 WIB",
])
def test_a_count_or_another_word_leaves_the_day_at_midnight(text: str) -> None:
    assert parse_date(text) == datetime(2025, 2, 11, tzinfo=WIB)
