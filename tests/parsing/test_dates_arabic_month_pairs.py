"""An Arabic month written with its Egyptian name first and its two-word Levantine name after a slash (`16
ديسمبر/كانون الأول 2025`), as Arabic outlets write it: read as the first; the word `عام` (year) may stand before the
year; Levantine names without their hamza or madda (`ايار`); an Arabic range read as its first day (short real
strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

BASE = datetime(2026, 12, 1, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # The Egyptian name first, then the two-word Levantine one, as Arabic outlets write a month.
    ("مساء الثلاثاء (١٦ ديسمبر/كانون الأول ٢٠٢٥).", ["2025-12-16"]),
    ("القرار 36/103 الصادر في 9 ديسمبر/كانون الأول 1981، و", ["1981-12-09"]),
    ("تسري سياسة الخصوصية هذه اعتباراً من 30 ديسمبر/كانون الأول 2026.", ["2026-12-30"]),
    ("3 نوفمبر/تشرين الثاني 2023", ["2023-11-03"]),
    ("احتُجزت ظلماً في ديسمبر/كانون الأول 2024 خلال", []),
    # `عام` (year) before the year.
    ("وقال شهود عيان دخل في 5 نوفمبر/تشرين الثاني عام 2009 مصحة", ["2009-11-05"]),
    ("في 12 مايو عام 2020", ["2020-05-12"]),
])
def test_an_egyptian_month_name_before_a_two_word_levantine_one_is_read(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected
    if expected:
        assert parse_date(text) == datetime.fromisoformat(expected[0]).replace(tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # Levantine month names whose alif lost its hamza or madda, as pages write them.
    ("24 ايار 2025", ["2025-05-24"]),
    ("آخر موعد للتسجيل يوم الخميس القادم الموافق 9 ايار 2024.", ["2024-05-09"]),
    ("نهار السبت 27 ايار 2023 الساعة 10:00 صباحًا", ["2023-05-27"]),
    ("15 اذار 2021", ["2021-03-15"]),
    ("فترة التسبيح والعبادة السبت 12 اب 2023", ["2023-08-12"]),
    ("29 اب 2025", ["2025-08-29"]),
    # A month with no day, and `اب` of WhatsApp (`واتس اب`) before a year: no date.
    ("دورة اذار 2020", []),
    ("حالات واتس اب 2020 بة صور", []),
])
def test_a_levantine_month_without_its_hamza_or_madda_is_read(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected
    if expected:
        assert parse_date(text).date().isoformat() == expected[0]


@pytest.mark.parametrize(("text", "expected"), [
    # An Arabic range (`من 1 إلى 14 أغسطس 2026`, "from 1 to 14 August 2026") is read as its first day, as any range.
    ("من 1 إلى 14 أغسطس 2026", ["2026-08-01"]),
    ("من 1 الى 14 اب 2026", ["2026-08-01"]),
    ("من ١ إلى ١٤ أغسطس ٢٠٢٦", ["2026-08-01"]),
    ("7 أغسطس إلى 14 أغسطس 2026", ["2026-08-07"]),
    ("خلال الفترة من 28 ديسمبر إلى 3 يناير 2024", ["2023-12-28"]),
    # A first number that is no earlier day makes no range.
    ("فاز 3 حتى 1 مايو 2025", ["2025-05-01"]),
])
def test_an_arabic_range_is_read_as_its_first_day(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, BASE)] == expected
    assert parse_date(text).date().isoformat() == expected[0]
