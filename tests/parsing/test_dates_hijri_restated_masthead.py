"""A newspaper's masthead gives the day's Gregorian date and then the same day in Hijri, set apart by a bullet or a
bar (`MINGGU LEGI • 30 APRIL 2023 • 9 SYAWAL 1444 H • 9 SAWAL 1956`): one mention on the Gregorian day, though Umm
al-Qura counts the Hijri day one day earlier. A Hijri date further on, or with words between, stays a date of its own;
a bulleted list of Gregorian days is untouched."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

_BASE = datetime(2023, 4, 30, 6, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("MINGGU LEGI • 30 APRIL 2023 • 9 SYAWAL 1444 H • 9 SAWAL 1956 KAMPANYE CAPRES SILAKAN ADU IDE",
     [("30 APRIL 2023 • 9 SYAWAL 1444 H", "2023-04-30")]),
    ("Minggu, 30 April 2023 | 9 Syawal 1444 H", [("30 April 2023 | 9 Syawal 1444 H", "2023-04-30")]),
    ("Minggu, 30 April 2023 / 9 Syawal 1444 H", [("30 April 2023 / 9 Syawal 1444 H", "2023-04-30")]),  # as before
])
def test_masthead_day_restated_in_hijri(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(found["text"], found["date"]) for found in find_body_dates(text, _BASE)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jadwal • 30 April 2023 • libur • 9 Syawal 1444 H", ["2023-04-30", "2023-04-29"]),
    ("• Rabu Pon, 1 Januari 2025 • Kamis Wage, 2 Januari 2025 • Jumat Kliwon, 3 Januari 2025",
     ["2025-01-01", "2025-01-02", "2025-01-03"]),
    ("19 Januari 2024 | 8 Rejeb 1957 | Jumat Kliwon Bulan Januari 2024", ["2024-01-19"]),  # a Javanese year
])
def test_dates_of_their_own(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, _BASE)] == expected
