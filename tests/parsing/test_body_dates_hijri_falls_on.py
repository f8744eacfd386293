"""find_body_dates on a Hijri date said to fall on a Gregorian one later in its sentence (`1 Syawal 1444 H atau Idul
Fitri ... jatuh pada Sabtu, 22 April 2023`): one day, the Gregorian one, though the Umm al-Qura calendar puts the
Hijri date a day earlier (short real strings of Indonesian pages on the sighting of the new moon)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

BASE = datetime(2023, 4, 20, 21, 0, tzinfo=WIB)


def _dates(text: str, base: datetime = BASE) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Resmi, 1 Syawal 1444 H atau Idul Fitri ditetapkan pemerintah Republik Indonesia jatuh pada Sabtu, "
     "22 April 2023.", ["2023-04-22"]),
    ("telah menetapkan 1 Syawal 1444 Hijriah atau Hari Raya Idul Fitri jatuh pada Sabtu, 22 April 2023.",
     ["2023-04-22"]),
    ("Pemerintah menetapkan bahwa 1 Ramadhan 1443 Hijriah yang menjadi penanda awal ibadah puasa jatuh pada Minggu, "
     "3 April 2022", ["2022-04-03"]),
    ("mengumumkan bahwa 1 Dzulhijah 1435 H menurut perhitungan mereka jatuh pada 25 September 2014.",
     ["2014-09-25"]),
])
def test_a_hijri_date_falling_on_a_later_gregorian_one_is_that_day(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Another date between them is the one that falls on the Gregorian day.
    ("Dengan ditetapkannya 1 Zulhijah 1445 H, maka Hari Raya Idul Adha 10 Zulhijah 1445 H akan jatuh pada "
     "17 Juni 2024.", ["2024-06-07", "2024-06-17"]),
    # A sentence's end between them parts them.
    ("Sidang isbat menetapkan 1 Syawal 1444 H. Libur cuti bersama jatuh pada Senin, 24 April 2023.",
     ["2023-04-21", "2023-04-24"]),
])
def test_a_hijri_date_not_the_one_falling_on_the_gregorian_day_stays(text: str, expected: list[str]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("\"1 Ramadan ditetapkan pada besok insyaallah tanggal 1 Maret 2025 bertepatan 1 Ramadan 1446 Hijriah,\" kata "
     "Menag Nasaruddin Umar dalam konferensi pers.", ["2025-03-01"]),
    ("Jumat 10 Dzulhijjah 1433 H bertepatan 26 Oktober 2012 M", ["2012-10-26"]),
])
def test_coinciding_without_its_with_joins_the_two_calendars_into_one_mention(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2025, 2, 28, 20, 0, tzinfo=WIB)) == expected
