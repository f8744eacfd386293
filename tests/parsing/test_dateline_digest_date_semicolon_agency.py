"""A digest's copy opening with the date, a semicolon, then the table's agency it was taken from and a colon (`27 July
2023; MEMO: Saudi Arabia opened its first mangrove nursery ...`, a news digest's page): that agency and that date, no
place. Another word in capitals after the date's semicolon is a note, no agency (`30 Nov 2021; NOTE: The ...`)."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, day", [
    ("27 July 2023; MEMO: Saudi Arabia opened its first mangrove nursery on Wednesday, which is targeting to plant 50 "
     "million trees by 2030 in the fight against desertification.", date(2023, 7, 27)),
    ("30 Nov 2021; MEMO: Jordan and Saudi Arabia have condemned Israeli President Isaac Herzog's visit to the Ibrahimi "
     "Mosque in the occupied West Bank city of Hebron.", date(2021, 11, 30)),
    ("02 July 2020; MEMO: Saudi Arabia has taken another step in its long-held ambition to develop a domestic arms "
     "industry.", date(2020, 7, 2)),
])
def test_a_date_a_semicolon_and_the_tables_agency_before_a_colon(text, day):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.date) == (None, "Middle East Monitor", day)


def test_another_word_in_capitals_after_the_dates_semicolon_is_no_agency():
    found = parse_dateline("30 Nov 2021; NOTE: The meeting was moved to the following week.")
    assert found is None or found.agency is None
