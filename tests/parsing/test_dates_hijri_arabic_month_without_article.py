"""Arabic Hijri months whose second word goes without its article, as Egyptian prayer-time boxes and calendars print
them (`23 جمادى آخر 1447 هـ13 ديسمبر 2025 م`, `جمادى أولى`, `جمادى آخرة`, `ربيع آخر`): the same months as
`جمادى الآخرة`, `جمادى الأولى`, `ربيع الآخر`. A Jumada with no second word, or a word that is no month's, stays no
date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2025, 12, 14, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("23 جمادى آخر 1447 هـ", "2025-12-14T00:00"),
    ("23 جمادى آخرة 1447 هـ", "2025-12-14T00:00"),
    ("23 جمادي اخر 1447", "2025-12-14T00:00"),  # the letters pages swap, and no hamza
    ("23 جمادى ثانية 1447 هـ", "2025-12-14T00:00"),
    ("23 جمادى أولى 1447 هـ", "2025-11-14T00:00"),
    ("23 جمادى أول 1447 هـ", "2025-11-14T00:00"),
    ("10 ربيع آخر 1447 هـ", "2025-10-02T00:00"),
    ("23 جمادى الآخرة 1447 هـ", "2025-12-14T00:00"),  # with its article, read already
    ("23 جمادى آخر 1447 هـ13 ديسمبر 2025 م", "2025-12-13T00:00"),  # the Gregorian day beside it is the date
])
def test_hijri_month_without_article(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


def test_body_date_of_hijri_month_without_article() -> None:
    text = "وأقيم الحفل يوم 23 جمادى آخر 1447 هـ في القاهرة."
    assert [found["date"] for found in find_body_dates(text, _BASE)] == ["2025-12-14"]


@pytest.mark.parametrize("text", [
    "5 جمادى 1445",  # which Jumada is not said
    "23 جمادى آخرين 1447 هـ",  # no month's word
    "ربيع آخر 1447",  # no day
])
def test_no_hijri_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
