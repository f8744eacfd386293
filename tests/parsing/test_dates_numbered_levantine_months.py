"""Joomla's Arabic calendar numbers the two Kanuns and the two Tishreens (`كانون2` January, `تشرين1` October, `تشرين2`
November, `كانون1` December) instead of writing their second word, with the Egyptian name after a slash, in the header
of Arabic news sites built on it (`نشر بتاريخ: السبت، 10 تشرين2/نوفمبر 2018 22:56`). The two-word names read as before;
a number running on after the name is no month's."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("نشر بتاريخ: السبت، 10 تشرين2/نوفمبر 2018 22:56", "2018-11-10T22:56"),
    ("الأحد، 14 كانون2/يناير 2018 10:05", "2018-01-14T10:05"),
    ("الأحد، 14 تشرين1/أكتوبر 2018 10:05", "2018-10-14T10:05"),
    ("الجمعة، 14 كانون1/ديسمبر 2018 10:05", "2018-12-14T10:05"),
    ("نشر بتاريخ: السبت، 10 آذار/مارس 2018 22:56", "2018-03-10T22:56"),  # a one-word month, read already
    ("10 تشرين الثاني/نوفمبر 2018", "2018-11-10T00:00"),  # the two-word name, read already
])
def test_numbered_levantine_month(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "10 تشرين25 2018",  # a number running on: no month
    "كانون2",  # a month alone is no date
])
def test_no_numbered_month(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
