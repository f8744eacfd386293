"""parse_dateline on Lebanon's National News Agency signing its English copy with its acronym alone before the dash
(`NNA – The Gaza Strip ...`): the table's agency, no place; in capitals only."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("NNA – The Gaza Strip has been under a 24-day Israeli aggression, which has claimed the lives of over 8,100 "
     "Palestinians.", (None, "NNA")),
    ("Beirut, NNA – The army closed the road to the airport after the protest.", ("Beirut", "NNA")),
])
def test_the_lebanese_agencys_acronym(text, expected):
    assert place_and_agency(text) == expected
    assert parse_dateline(text).agency_in_table


def test_the_acronym_in_title_case_is_no_agency():
    found = place_and_agency("Nna – kata ini tidak punya arti di sini.")
    assert found is None or found[1] != "NNA"
