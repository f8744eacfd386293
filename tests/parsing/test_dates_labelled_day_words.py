"""A card's or widget's time label before a word-only relative time (`Diperbarui baru saja`, `Updated today at 2:45
PM`): the label says what the time is, the day word still says when."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Diperbarui baru saja", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Updated just now", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Last updated just now", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Diperbarui hari ini", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Diperbarui kemarin", datetime(2024, 6, 2, 20, 0, tzinfo=WIB)),
    ("Terakhir diperbarui kemarin", datetime(2024, 6, 2, 20, 0, tzinfo=WIB)),
    ("Published yesterday", datetime(2024, 6, 2, 20, 0, tzinfo=WIB)),
    ("Published today", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Ditulis oleh: Tim Editorial Shill • Diperbarui baru saja", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Kinerja teknisi · Diperbarui kemarin", datetime(2024, 6, 2, 20, 0, tzinfo=WIB)),
])
def test_a_labelled_day_word_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Diperbarui kemarin 11:59 PM", datetime(2024, 6, 2, 23, 59, tzinfo=WIB)),
    ("Updated today at 2:45 PM", datetime(2024, 6, 3, 14, 45, tzinfo=WIB)),
    ("Updated today at 2:30 PM", datetime(2024, 6, 3, 14, 30, tzinfo=WIB)),
])
def test_a_labelled_day_word_with_its_clock_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Last updated: today", datetime(2024, 6, 3, 20, 0, tzinfo=WIB)),
    ("Diperbarui: Hari ini, 14:05", datetime(2024, 6, 3, 14, 5, tzinfo=WIB)),
    ("Diperbarui 1 jam lalu", datetime(2024, 6, 3, 19, 0, tzinfo=WIB)),
])
def test_labels_read_before_stay_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize("text", [
    "The department replies were published yesterday",  # a sentence's verb, no label
    "Data was posted yesterday by the team",
    "Last updated just now ✓",
])
def test_a_sentence_verb_before_a_day_word_gives_no_date(text: str) -> None:
    assert parse_date(text, base=BASE) is None
