"""Arabic counts from eleven on, whose unit is singular with its accusative alef (moment's Arabic locale: `منذ 11
يومًا`, `منذ 11 شهرا`; a relative-time helper's test: `منذ 15 يوماً`), with or without the tanwin mark: counted back as
`منذ 3 أيام` is. Not years: `منذ 23 عاما` is a sentence's history more often than a page's age, with its tanwin too."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 20, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ 15 يوماً", "2024-05-19T20:00"),
    ("منذ 11 يومًا", "2024-05-23T20:00"),
    ("منذ 15 يوما", "2024-05-19T20:00"),
    ("منذ 11 شهرا", "2023-07-03T20:00"),
    ("منذ 11 أسبوعًا", "2024-03-18T20:00"),
    ("منذ 3 أيام", "2024-05-31T20:00"),  # read before, unchanged
    ("منذ 11 ساعة", "2024-06-03T09:00"),
])
def test_accusative_unit_counted_back(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", ["منذ 400 عاما", "يوما ما", "منذ 11 عامًا", "كريسبو منذ 23 عاما"])
def test_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
