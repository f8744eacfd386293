"""The last minute said without a count (`moments ago`, `Seconds ago`, `a moment ago`) or with a glued seconds' letter
(`30s ago`), as relative-time helpers print it on cards: half a minute back, as `a few seconds ago` is."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "moments ago", "Moments ago", "MOMENTS AGO", "Seconds ago", "seconds ago", "a moment ago", "few seconds ago",
    "Updated moments ago", "Kinerja · moments ago",
])
def test_the_last_minute_without_a_count_is_half_a_minute_back(text: str) -> None:
    assert parse_date(text, base=BASE) == BASE - timedelta(seconds=30)


@pytest.mark.parametrize(("text", "seconds"), [("30s ago", 30), ("10s ago", 10), ("45S AGO", 45)])
def test_a_glued_seconds_letter_is_seconds_back(text: str, seconds: int) -> None:
    assert parse_date(text, base=BASE) == BASE - timedelta(seconds=seconds)


@pytest.mark.parametrize(("text", "seconds"), [("a few seconds ago", 30), ("1 MIN. AGO", 60), ("3h ago", 3 * 3600)])
def test_counted_ones_stay_read(text: str, seconds: int) -> None:
    assert parse_date(text, base=BASE) == BASE - timedelta(seconds=seconds)


@pytest.mark.parametrize("text", [
    "He left moments ago",  # a sentence
    "session_01 · last seen moments ago",
    "the 1990s ago",  # a decade
    "3 h ago",  # a unit letter apart from its count
])
def test_sentences_and_decades_give_no_date(text: str) -> None:
    assert parse_date(text, base=BASE) is None
