"""Arabic relative times as Egyptian and Levantine sites spell them: a unit ending with `ه` where `ة` is meant
(`منذ ساعه`, `منذ 24 دقيقه`, `منذ 3 سنه`), a dual in the nominative (`منذ ساعتان`, `منذ يومان`, `منذ شهران`), years as
`سنين` and a week with `إ` (`قبل إسبوعين`): the spellings media monitors' date readers of Arabic news sites list beside
the standard ones. Words that are no unit of time stay no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ ساعه", "2024-07-25T19:00"),
    ("منذ 4 ساعه", "2024-07-25T16:00"),
    ("منذ دقيقه", "2024-07-25T19:59"),
    ("منذ 24 دقيقه", "2024-07-25T19:36"),
    ("منذ سنه", "2023-07-25T20:00"),
    ("منذ 3 سنه", "2021-07-25T20:00"),
    ("منذ 3 سنين", "2021-07-25T20:00"),
    ("منذ ساعتان", "2024-07-25T18:00"),
    ("منذ دقيقتان", "2024-07-25T19:58"),
    ("منذ يومان", "2024-07-23T20:00"),
    ("منذ اسبوعان", "2024-07-11T20:00"),
    ("منذ شهران", "2024-05-25T20:00"),
    ("منذ سنتان", "2022-07-25T20:00"),
    ("تاريخ النشر منذ ساعه", "2024-07-25T19:00"),  # a news card's label before it
    ("قبل إسبوعين", "2024-07-11T20:00"),  # week with `إ` (an Arabic strtotime's example)
    ("منذ إسبوع", "2024-07-18T20:00"),
])
def test_arabic_unit_spellings(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "منذ بدء الحرب",  # since the war began
    "تورام يعيد ما فعله كريسبو منذ 23 عاما",  # accusative years: a sentence's history
    "ساعه",  # a unit without `منذ` or `قبل`
])
def test_arabic_words_that_stay_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
