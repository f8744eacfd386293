"""An Arabic Hijri month with its epithet before the year (`ليلة ٧ محرم الحرام 1446هـ`, `15 محرم الحرام 1446`, `صفر الخير`,
`رمضان المبارك`, `رجب المرجب`, `شعبان المعظم`): the epithet is part of the month's name, and the date is read as
without it. A word that is no epithet between month and year still breaks the date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2024, 6, 3, 20, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("ليلة ٧ محرم الحرام 1446هـ", "2024-07-13T00:00"),
    ("سالانہ اجتماع — 15 محرم الحرام 1446", "2024-07-21T00:00"),
    ("10 صفر الخير 1446", "2024-08-14T00:00"),
    ("1 رمضان المبارك 1446 هـ", "2025-03-01T00:00"),
    ("27 رجب المرجب 1446 هـ", "2025-01-27T00:00"),
    ("15 شعبان المعظم 1446 هـ", "2025-02-14T00:00"),
    ("10 محرم 1446 هـ", "2024-07-16T00:00"),  # without one, as before
])
def test_month_with_epithet(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


def test_month_with_epithet_in_a_body() -> None:
    body = "غضب الله الرادود حيدر البياتي ليلة ٧ محرم الحرام 1446هـ - 2"
    assert [found["date"] for found in find_body_dates(body, _BASE)] == ["2024-07-13"]


@pytest.mark.parametrize("text", ["15 محرم القادم 1446", "شهر رمضان المبارك 1447 هـ"])
def test_no_date(text: str) -> None:
    assert parse_date(text) is None
