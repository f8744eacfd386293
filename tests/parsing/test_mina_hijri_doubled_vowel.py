"""A Hijri month typed with its vowel doubled before the `d` (MINA's 2014 dateline `Gaza, 21 Ramaadhan 1435/19 juli 2014
(MINA) –`) is still the month, as the vowel dropped (`Ramdhan`) is: the dateline keeps its Hijri half, which agrees
with the Gregorian one."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from crawler.parsing.hijri import hijri_month


@pytest.mark.parametrize(("name", "month"), [
    ("Ramaadhan", 9), ("Ramadhan", 9), ("Ramdhan", 9), ("Ramadan", 9),
    # Near misses that stay as they were: other months and words.
    ("Rajab", 7), ("Rahmadan", None), ("Ramaaadhan", None),
])
def test_the_month_with_a_doubled_vowel(name, month):
    assert hijri_month(name) == month


def test_the_datelines_hijri_half():
    found = parse_dateline("Gaza, 21 Ramaadhan 1435/19 juli 2014 (MINA) – Seiring dengan makin gencaranya serangan"
                           " Israel ke sasaran sipil di Gaza, korban makin banyak berjatuhan.")
    assert found is not None and (found.place, found.agency) == ("Gaza", "MINA")
    assert found.hijri == "21 Ramaadhan 1435" and not found.hijri_mismatch
    assert found.date.isoformat() == "2014-07-19"
