"""Arabic AM and PM letters stretched with a tatweel (`صـ`, `مـ`), as an Egyptian portal's header prints them
(`الخميس 3 أبريل 2025 11:29 صـ 5 شوال 1446 هـ`): the half of the day, as the bare letters are."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("الخميس 3 أبريل 2025 11:29 صـ 5 شوال 1446 هـ", datetime(2025, 4, 3, 11, 29, tzinfo=WIB)),
    ("الخميس 3 أبريل 2025 03:29 مـ 5 شوال 1446 هـ", datetime(2025, 4, 3, 15, 29, tzinfo=WIB)),
    ("الخميس 3 أبريل 2025 12:10 صـ", datetime(2025, 4, 3, 0, 10, tzinfo=WIB)),
    ("الخميس 3 أبريل 2025 12:10 مـ", datetime(2025, 4, 3, 12, 10, tzinfo=WIB)),
    # The bare letters and the words, as before.
    ("الخميس 3 أبريل 2025 03:29 م", datetime(2025, 4, 3, 15, 29, tzinfo=WIB)),
    ("الخميس 3 أبريل 2025 03:29 مساءً", datetime(2025, 4, 3, 15, 29, tzinfo=WIB)),
])
def test_a_stretched_arabic_half_of_day_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_a_stretched_letter_starting_a_word_says_no_half_of_day() -> None:
    # `مـن` (from), stretched: a word, not the evening's letter.
    assert parse_date("الخميس 3 أبريل 2025 03:29 مـن") == datetime(2025, 4, 3, 3, 29, tzinfo=WIB)
