"""A wire's alert as news sites keep it: a listed place in capitals, an English month and its day, then the sentence,
no agency and no dash (`JAKARTA, April 12 Indonesia's central bank is ...`, Reuters' copy). The place is read and the
day with it; a place in title case or a word no list has is no such dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "JAKARTA, April 12 Indonesia's central bank is\ncommunicating with financial markets onshore and overseas about\na"
    " possible change in its benchmark interest rate policy",
    "JAKARTA, March 7 Indonesia's central bank left\nits benchmark interest rate unchanged at a record low 5.75\npercent,"
    " as expected",
    " date 2015-07-13 JAKARTA, July 13 Indonesia's central bank will\nkeep monetary policy tight because it does not want"
    " the rupiah\ncurrency to weaken too much",
    " date 2013-12-12 JAKARTA Dec 12 Indonesia's central bank said on Thursday its decision to hold the benchmark rate at"
    " 7.50 percent was consistent with efforts",
])
def test_place_and_day_then_the_sentence(text):
    assert place_and_agency(text) == ("JAKARTA", None)


def test_the_day_is_read_with_the_publication_year():
    found = parse_dateline("JAKARTA, April 12 Indonesia's central bank is communicating with financial markets",
                           base=date(2016, 4, 12))
    assert found.date == date(2016, 4, 12)


@pytest.mark.parametrize(("text", "reading"), [
    # the wire's name and dash written: as before
    ("JAKARTA, Sept 3 (Reuters) - Indonesia's central bank kept its interest rate at a record low",
     ("JAKARTA", "Reuters")),
    # a title-case place, a word no list has: no dateline of this shape
    ("Jakarta, April 12 Indonesia's central bank is communicating with financial markets", None),
    ("BENCANA, May 12 Indonesia's central bank is communicating with financial markets", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading
