"""Relative-time helpers' compact units: Indonesian minutes as a glued `m` (`5m lalu`, `${diffMins}m yang lalu`),
Arabic units cut to their first letter (`منذ ${min} د`, `منذ ${hr} س`, `منذ ${day} ي`) and Arabic `الآن` (now) for
the last minute, each standing as a card's time."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "back"), [
    ("5m lalu", timedelta(minutes=5)),
    ("12m yang lalu", timedelta(minutes=12)),
    ("منذ 5 د", timedelta(minutes=5)),
    ("قبل 5 د", timedelta(minutes=5)),
    ("منذ 2 س", timedelta(hours=2)),
    ("منذ 3 ي", timedelta(days=3)),
    ("الآن", timedelta(0)),
    ("آخر تحديث: الآن", timedelta(0)),
])
def test_a_compact_unit_is_read(text: str, back: timedelta) -> None:
    assert parse_date(text, base=BASE) == BASE - back


@pytest.mark.parametrize(("text", "back"), [
    ("2j yang lalu", timedelta(hours=2)),
    ("2mgg lalu", timedelta(weeks=2)),
    ("12 mnt lalu", timedelta(minutes=12)),
    ("منذ 5 دقائق", timedelta(minutes=5)),
])
def test_the_longer_units_stay_read(text: str, back: timedelta) -> None:
    assert parse_date(text, base=BASE) == BASE - back


@pytest.mark.parametrize("text", [
    "berjalan 200 m lalu belok kiri",  # metres, then
    "2 m lalu",
    "شاهد الآن",  # watch now
    "منذ 1948 م",  # the era, no unit
    "منذ 5 د من بدء",  # mid-sentence
])
def test_metres_eras_and_sentences_give_no_date(text: str) -> None:
    assert parse_date(text, base=BASE) is None
