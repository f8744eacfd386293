"""A full month name typed with one letter wrong, between a day and a four-digit year (`pada Minggu 9 Febriari 2025
sekitar pukul 03:40 WIB`, a news template's `17 Agusuts 2016`, `10 Sepember 2025`): read as the month it misspells.
Only a name long enough that no other word is one letter from it; a short name, a word two letters off, or a mistyped
name without its day and year names no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date
from crawler.parsing.date_words import mistyped_month_number

_BASE = datetime(2025, 2, 9, 12, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sebuah kebakaran hebat melanda sebuah cafe dan homestay yang berada di Jalan Raya Babat - Jombang pada Minggu 9 "
     "Febriari 2025 sekitar pukul 03:40 WIB.", "2025-02-09T03:40"),
    ('<span class="date date pb-20 pt-5">17 Agusuts 2016</span>', "2016-08-17T00:00"),  # two letters swapped
    ("14 Agusuts 2021", "2021-08-14T00:00"),
    ("<td>3 Febriari 2023</td>", "2023-02-03T00:00"),
    ("Registration Date: 10 Sepember 2025", "2025-09-10T00:00"),  # one letter dropped
    ("22 Desembar 2024, 10:15 WIB", "2024-12-22T10:15"),
    ("Sepember 10, 2025", "2025-09-10T00:00"),  # month first
])
def test_mistyped_month_between_day_and_year(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
    assert [found["date"] for found in find_body_dates(text, _BASE)] == [expected[:10]]


@pytest.mark.parametrize("word", [
    "Agustina",  # a name two letters from `Agustus`
    "Minggu", "Jakarta", "Orang",
    "Marey", "Juno",  # short names: one letter off is another word as often
    "Sepetember",  # two letters off
])
def test_words_that_are_no_mistyped_month(word: str) -> None:
    assert mistyped_month_number(word) is None
    assert parse_date(f"12 {word} 2024", base=_BASE) is None


@pytest.mark.parametrize("text", [
    "Februaru",  # a mistyped name alone
    "bulan Febriari lalu",  # without its day and year
])
def test_mistyped_month_without_day_and_year(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
    assert find_body_dates(text, _BASE) == []
