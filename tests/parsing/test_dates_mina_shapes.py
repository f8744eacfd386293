"""find_body_dates and parse_date on more shapes of MINA's body lines (made-up variants of real ones)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2023, 7, 22, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "written", "expected"), [
    ("Around 40,000 worshippers attended Friday Prayer (July, 21) at the mosque.", "Friday Prayer (July, 21)",
     "2023-07-21"),
    ("The rally was held on Sunday (July, 16) in Bogor.", "Sunday (July, 16)", "2023-07-16"),
    ("Thousands performed Friday prayers (July 14) despite the restrictions.", "Friday prayers (July 14)",
     "2023-07-14"),
    ("Friday prayer (Jul. 7, 2023) was held as usual.", "Friday prayer (Jul. 7, 2023)", "2023-07-07"),
])
def test_a_named_month_in_brackets_after_a_weekday_or_its_prayer(text: str, written: str, expected: str) -> None:
    assert find_body_dates(text, BASE) == [{"text": written, "date": expected}]
    assert parse_date(written, base=BASE) == datetime.fromisoformat(expected).replace(tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "The prayer (July, 21) schedule",  # no weekday before it
    "Friday prayers were held (July 21 is a holiday)",  # a clause, not the prayer's date
])
def test_a_bracketed_month_without_its_weekday_is_no_body_date(text: str) -> None:
    assert find_body_dates(text, BASE) == []


@pytest.mark.parametrize(("text", "expected"), [
    # MINA's Arabic edition, its theme's `ago` translated after the English count.
    ("13 hours منذ قليل", datetime(2025, 5, 1, 23, 0, tzinfo=WIB)),
    ("Dini Istiqomah - 13 hours منذ قليل", datetime(2025, 5, 1, 23, 0, tzinfo=WIB)),
    ("2 days منذ قليل", datetime(2025, 4, 30, 12, 0, tzinfo=WIB)),
])
def test_an_english_count_with_the_arabic_a_while_ago_is_a_relative_time(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2025, 5, 2, 12, 0, tzinfo=WIB)) == expected


def test_a_while_ago_without_a_count_says_too_little() -> None:
    assert parse_date("منذ قليل", base=datetime(2025, 5, 2, 12, 0, tzinfo=WIB)) is None


@pytest.mark.parametrize("text", ["ذكرت عنترة ، الجمعة ، 20 مايو.", "الجمعة، 20 مايو", "Jumat , 20 Mei"])
def test_a_weekday_and_a_year_less_date_across_a_spaced_or_arabic_comma(text: str) -> None:
    assert parse_date(text, base=datetime(2022, 5, 21, 9, 0, tzinfo=WIB)) == datetime(2022, 5, 20, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("١ يوليو - ٣١ أغسطس ٢٠٢٧", datetime(2027, 7, 1, tzinfo=WIB)),
    ("1 يوليو - 31 أغسطس 2027", datetime(2027, 7, 1, tzinfo=WIB)),
    ("28 ديسمبر - 3 يناير 2024", datetime(2023, 12, 28, tzinfo=WIB)),
])
def test_a_range_across_arabic_months_is_read_as_its_first_day(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # An Arabic parliament's notices: the part of day after the clock says its half.
    ("يجتمع المكتب الدائم يوم الأربعاء 2017/8/9 الساعة 1:00 بعد الظهر.", datetime(2017, 8, 9, 13, 0, tzinfo=WIB)),
    ("يجتمع المكتب الدائم يوم الاربعاء 2017/4/12 الساعة 12:00 ظهراً.", datetime(2017, 4, 12, 12, 0, tzinfo=WIB)),
    ("للاجتماع يوم الاربعاء 17/2/2016 الساعة 12:30 ظهرا في قاعة المكتب.", datetime(2016, 2, 17, 12, 30, tzinfo=WIB)),
    ("12 مايو 2024 الساعة 3:00 عصرًا", datetime(2024, 5, 12, 15, 0, tzinfo=WIB)),
    ("12 مايو 2024 الساعة 11:00 ليلاً", datetime(2024, 5, 12, 23, 0, tzinfo=WIB)),
    ("12 مايو 2024 الساعة 11:00 قبل الظهر", datetime(2024, 5, 12, 11, 0, tzinfo=WIB)),
])
def test_an_arabic_part_of_day_after_a_clock_gives_its_half_of_the_day(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", [
    # MINA's Arabic edition dates its header in the Hijri calendar under an English weekday.
    "Wednesday, 20 شعبان 1446 - 12:11 WIB",
    "Dini Istiqomah - Wednesday, 20 شعبان 1446 - 12:11 WIB",
])
def test_a_hijri_header_line_under_an_english_weekday_gives_its_gregorian_moment(text: str) -> None:
    assert parse_date(text) == datetime(2025, 2, 19, 12, 11, tzinfo=WIB)
