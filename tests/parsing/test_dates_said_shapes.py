"""parse_date and find_body_dates on more shapes of real header and body lines (made-up variants of real ones)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2024, 5, 10, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("sekitar pukul 16.20 WIB", datetime(2024, 5, 10, 16, 20, tzinfo=WIB)),
    ("Sekira pukul 06.15 WIT", datetime(2024, 5, 10, 4, 15, tzinfo=WIB)),
    ("sekitar 09:40 WITA", datetime(2024, 5, 10, 8, 40, tzinfo=WIB)),
])
def test_a_time_said_to_be_about_takes_the_base_day(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("3 jam 10 menit yang lalu", datetime(2024, 5, 10, 8, 50, tzinfo=WIB)),
    ("1 hari 2 jam lalu", datetime(2024, 5, 9, 10, 0, tzinfo=WIB)),
    ("Updated: 2 years 3 weeks ago", datetime(2022, 4, 19, 12, 0, tzinfo=WIB)),
    ("1 hour and 15 minutes ago", datetime(2024, 5, 10, 10, 45, tzinfo=WIB)),
    ("1 bulan 2 hari yang lalu", datetime(2024, 4, 8, 12, 0, tzinfo=WIB)),
])
def test_a_duration_in_several_parts_counts_back_by_all_of_them(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_a_weekday_and_a_day_month_without_parentheses() -> None:
    base = datetime(2024, 11, 20, 9, 0, tzinfo=WIB)
    assert parse_date("Senin 18/11 pukul 13.45", base=base) == datetime(2024, 11, 18, 13, 45, tzinfo=WIB)
    assert parse_date("Sabtu, 16/11", base=base) == datetime(2024, 11, 16, tzinfo=WIB)
    assert parse_date("Senin 18/11") is None
    found = find_body_dates("Rapat digelar pada Selasa 19/11 di gedung DPRD.", base)
    assert found == [{"text": "Selasa 19/11", "date": "2024-11-19"}]
    # With its year it is a numeric date; a word that is no weekday places nothing.
    assert find_body_dates("Selasa 19/11/2024", base) == [{"text": "19/11/2024", "date": "2024-11-19"}]
    assert find_body_dates("UU No 12/11 tentang", base) == []
    assert date(2024, 11, 19) == date.fromisoformat(found[0]["date"])


@pytest.mark.parametrize(("text", "expected"), [
    ("أمس", datetime(2024, 5, 9, 12, 0, tzinfo=WIB)),
    ("امس", datetime(2024, 5, 9, 12, 0, tzinfo=WIB)),
    ("البارحة", datetime(2024, 5, 9, 12, 0, tzinfo=WIB)),
    ("skrg", BASE),
])
def test_a_day_word_alone_in_arabic_and_short_forms(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


def test_yesterday_in_arabic_mid_sentence_is_no_date() -> None:
    assert parse_date("قال الوزير أمس إن", base=BASE) is None
