"""Arabic vowel marks and the tatweel in a date string (`الجمعة 27 شوّال 1441هـ`, a Hijri calendar API's `رَبيع
الأوَّل`): they say nothing of the date and are read as if never written, so a vocalized month name is its month. A
date scraper's test reads `الجمعة 27 شوّال 1441هـ الموافق لـ 19 يونيو 2020` as 19 June 2020 both ways."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 20, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("الجمعة 27 شوّال 1441هـ", "2020-06-19T00:00"),
    ("الجمعة 27 شوّال 1441هـ الموافق لـ 19 يونيو 2020", "2020-06-19T00:00"),
    ("7 شوّال 1447 هـ", "2026-03-26T00:00"),
    ("10 مُحَرَّم 1446 هـ", "2024-07-16T00:00"),
    ("12 رَبيع الأوَّل 1446 هـ", "2024-09-15T00:00"),
    ("5 جُمادى الأولى 1446 هـ", "2024-11-07T00:00"),
    ("الإثنين 3 يُونيُو 2024 02:05 مـ", "2024-06-03T14:05"),  # a vocalized Gregorian month, a drawn-out PM
])
def test_vocalized_date(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", ["شَوّال", "ذُو القَعْدَة بلا يوم ولا سنة"])
def test_vocalized_month_alone_is_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
