"""The last half minute as a card's relative-time script words it: English `a few seconds ago`, Arabic `منذ لحظات`
(moments ago): half a minute before the base, as `beberapa detik yang lalu` is. `A few` of a larger unit says too
little."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 3, 11, 18, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "a few seconds ago",
    "A few seconds ago",
    "Last updated a few seconds ago.",
    "Last published a few seconds ago",
    "منذ لحظات",
    "تم التحديث منذ لحظات",
    "منذ لحظة",
    "قبل لحظات",
])
def test_a_few_seconds_or_moments_ago_is_half_a_minute_back(text: str) -> None:
    assert minute_in_wib(text, BASE) == "2026-03-11T17:59"


@pytest.mark.parametrize(("text", "expected"), [
    ("a few minutes ago", None),
    ("a few hours ago", None),
    ("a few days ago", None),
    ("beberapa menit yang lalu", None),
    ("منذ 5 لحظات", None),
    # As before.
    ("a minute ago", "2026-03-11T17:59"),
    ("2 seconds ago", "2026-03-11T17:59"),
    ("beberapa detik yang lalu", "2026-03-11T17:59"),
    ("منذ ثوان", "2026-03-11T17:59"),
    ("منذ 5 دقائق", "2026-03-11T17:55"),
])
def test_a_few_of_a_larger_unit_says_too_little(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
