"""English relative times with months cut to `mth`, as post cards, forum threads and feeds print them (`7 mths ago`
beside a forum post's full date, a profile card's `2 mths ago`, a feed's `1 Mth Ago`): calendar months back from the
base, as `3 mos ago` is. A full date printed with it still wins, and a count of months with no `ago` stays no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("6 mths ago", "2023-12-03T16:00"),
    ("2 mths ago", "2024-04-03T16:00"),
    ("1 Mth Ago", "2024-05-03T16:00"),
    ("2 Mths Ago", "2024-04-03T16:00"),
    ("1 mth ago", "2024-05-03T16:00"),
])
def test_mth_months_back(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("7 mths agoFri, June 13, 2025 at 2:55 PM GMT+2", "2025-06-13T19:55"),  # the full date wins
    ("3 mos ago", "2024-03-03T16:00"),  # read before too
    ("5 mo. ago", "2024-01-03T16:00"),
])
def test_read_before(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "12 mths warranty",
    "Office Rent - 3 Mths",
])
def test_month_counts_without_ago_stay_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
