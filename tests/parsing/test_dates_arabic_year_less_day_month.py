"""A day and an Arabic month without a year, as an Arabic wire's dateline writes them (`القاهرة في 15 سبتمبر /أ ش أ/`,
Cairo, 15 September): a day of the base's year, the latest not after the base, as `KUALA LUMPUR, 27 Okt:` is."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 9, 20, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("القاهرة في 15 سبتمبر /أ ش أ/ أكد الرئيس خلال اجتماعه اليوم أهمية تعزيز التعاون الدولي في مختلف المجالات.",
     "2024-09-15T00:00"),
    ('شارك الرئيس المصري "عبد الفتاح السيسي" في 9 مايو، في الاحتفالات بالذكرى الثمانين لعيد النصر',
     "2024-05-09T00:00"),
    ("15 أيلول/سبتمبر", "2024-09-15T00:00"),
    ("في 25 ديسمبر", "2023-12-25T00:00"),  # the latest 25 December not after the base
])
def test_a_day_and_an_arabic_month_are_a_day_of_the_base_year(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 15 فلسطينيا", None),  # fifteen Palestinians: a count, no month
    ("حوالي 15 شخصا", None),
    ("15 آيار 2024", None),  # a year written after it: never the base's
    # As before.
    ("15 سبتمبر عام 2023", "2023-09-15T00:00"),
    ("الثلاثاء 4 يونيو", "2024-06-04T00:00"),
])
def test_other_arabic_numbers_stay_as_they_were(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
