"""A Gregorian date and the Hijri date restating it after a colon, as a calendar's list gives each day (`Senin, 1 Juli
2024: 24 Dzulhijjah 1445 H`), or after `adalah` (is) in a sentence (`hari ini 21 Juli 2024 adalah 15 Muharram 1446
H`): one mention on the Gregorian day, though Umm al-Qura counts the Hijri day one day apart. A word between the colon
and the Hijri date, or a Hijri date further on, stays a date of its own."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.body_dates import _REVERSED_PAIR_JOIN, MAX_PAIR_JOIN
from crawler.parsing.dates import WIB, find_body_dates

_BASE = datetime(2024, 7, 21, 6, 30, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Senin, 1 Juli 2024: 24 Dzulhijjah 1445 H", [("1 Juli 2024: 24 Dzulhijjah 1445 H", "2024-07-01")]),
    ("kalender Hijriah hari ini 21 Juli 2024 adalah 15 Muharram 1446 H. Untuk lebih jelasnya",
     [("21 Juli 2024 adalah 15 Muharram 1446 H", "2024-07-21")]),
    ("  • Senin, 1 Juli 2024: 24 Dzulhijjah 1445 H\n  • Selasa, 2 Juli 2024: 25 Dzulhijjah 1445 H",
     [("1 Juli 2024: 24 Dzulhijjah 1445 H", "2024-07-01"), ("2 Juli 2024: 25 Dzulhijjah 1445 H", "2024-07-02")]),
    ("2 Juli 2024 = 25 Dzulhijah 1445 Hijriah", [("2 Juli 2024 = 25 Dzulhijah 1445", "2024-07-02")]),  # as before
])
def test_gregorian_day_restated_in_hijri(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(found["text"], found["date"]) for found in find_body_dates(text, _BASE)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rapat digelar 1 Juli 2024: agenda 24 Dzulhijjah 1445 H", ["2024-07-01", "2024-06-30"]),
    ("Jadwal: 1 Juli 2024 adalah hari libur, 5 Muharram 1446 H", ["2024-07-01", "2024-07-11"]),
])
def test_hijri_date_of_its_own(text: str, expected: list[str]) -> None:
    assert [found["date"] for found in find_body_dates(text, _BASE)] == expected


def test_the_pair_reach_covers_the_longest_join():
    """A Gregorian date further than `MAX_PAIR_JOIN` before a Hijri one is never tried as its pair: no join is longer."""
    longest = "   M.   ,  pukul  00:32:46  WITA   yang   bertepatan dengan   tanggal   "
    assert _REVERSED_PAIR_JOIN.fullmatch(longest) is not None and len(longest) == MAX_PAIR_JOIN
    assert _REVERSED_PAIR_JOIN.fullmatch(longest + " ") is None
