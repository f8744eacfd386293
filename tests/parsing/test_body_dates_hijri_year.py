"""A year-less day written with the Hijri date it restates takes the Hijri date's year: an announcement months ahead
(`10 Zulhijah 1445 H jatuh pada Senin (17/6)` in March) names a day the publication date alone would put a year
back. Only when the two calendars agree to within two days: a Hijri year written wrong changes nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "base", "expected"), [
    # CNN Indonesia, 2024: the government's Iduladha, here as an announcement read in March.
    ("yang telah memutuskan Hari Raya Idul Adha atau 10 Zulhijah 1445 H jatuh pada Senin (17/6).",
     datetime(2024, 3, 10, 10, 0, tzinfo=WIB), ["2024-06-17"]),
    ("Libur dimulai Jumat (10/5) atau 2 Dzulqa'dah 1445 H.", datetime(2024, 1, 15, 9, 0, tzinfo=WIB), ["2024-05-10"]),
    # A Kemenag announcement read at the end of the year before.
    ("Idul Fitri 1 Syawal 1446 H jatuh pada Senin (31/3).", datetime(2024, 12, 30, 10, 0, tzinfo=WIB), ["2025-03-31"]),
    # MINA, 2023: Saudi Arabia's first of Ramadan, the weekday and the day without their year.
    ("Makkah, MINA – Arab Saudi mengumumkan, 1 Ramadhan 1444 H jatuh pada pada Kamis, 23 Maret.",
     datetime(2024, 5, 10, 12, 0, tzinfo=WIB), ["2023-03-23"]),
])
def test_the_hijri_date_gives_the_year_of_the_day_it_falls_on(text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


def test_the_publication_year_stays_when_it_agrees_already() -> None:
    text = "yang telah memutuskan Hari Raya Idul Adha atau 10 Zulhijah 1445 H jatuh pada Senin (17/6)."
    assert _dates(text, datetime(2024, 6, 16, 8, 0, tzinfo=WIB)) == ["2024-06-17"]


def test_a_hijri_year_written_wrong_leaves_the_day_where_the_publication_puts_it() -> None:
    # 10 Zulhijah 1444 H is 28 June 2023: no year puts 17/6 within two days of it.
    assert _dates("Senin (17/6) atau 10 Zulhijah 1444 H", datetime(2024, 6, 10, 9, 0, tzinfo=WIB)) == ["2024-06-17"]


def test_a_full_gregorian_date_keeps_its_own_year() -> None:
    assert _dates("1 Syawal 1446 H jatuh pada Senin, 31 Maret 2024.",
                  datetime(2024, 12, 30, 10, 0, tzinfo=WIB)) == ["2024-03-31"]
