"""A weekday said to be past in Arabic, alone (`الأحد الماضي`, last Sunday, an Arabic strtotime's example; `يوم الخميس
الماضي`): the latest such day before the base, as `Senin lalu` and `last Monday` read. Past weeks, months and years
(`الأسبوع الماضي`) and a weekday inside a sentence are no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)  # a Thursday


@pytest.mark.parametrize(("text", "expected"), [
    ("الأحد الماضي", "2024-07-21T00:00"),
    ("يوم الخميس الماضي", "2024-07-18T00:00"),
    ("الثلاثاء الماضي", "2024-07-23T00:00"),
    ("Senin lalu", "2024-07-22T00:00"),  # read already
])
def test_arabic_past_weekday(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "الأسبوع الماضي",  # last week
    "العام الماضي",  # last year
    "وقال الخميس الماضي إن",  # mid-sentence
])
def test_no_arabic_past_weekday(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
