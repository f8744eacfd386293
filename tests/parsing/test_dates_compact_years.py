"""Compact relative years (`1y ago`, `2y ago`, `1Y AGO`), as short relative-time helpers count them after `3d ago`
and `4mo ago` (`${years}y ago`, a card list's `time: "1y ago"`): calendar years back from the base. A decade (`1990s
ago`) and a count with no `ago` stay no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("1y ago", "2023-06-03T16:00"),
    ("2y ago", "2022-06-03T16:00"),
    ("1Y AGO", "2023-06-03T16:00"),
    ('time: "1y ago"', "2023-06-03T16:00"),
])
def test_compact_years_back(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("3d ago", "2024-05-31T16:00"),  # read before too
    ("2mo ago", "2024-04-03T16:00"),
])
def test_other_compact_units_read_before(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", ["1990s ago", "5y"])
def test_decades_and_bare_counts_stay_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
