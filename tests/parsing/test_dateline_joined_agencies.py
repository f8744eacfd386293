"""One agency's copy of another's, their names joined by a hyphen in the parentheses (`JAKARTA, March 1
(Bernama-Antara):`, Bernama's English copy of an ANTARA story; `The Star (Bernama-QNA)`): the first agency carries it."""

import pytest

from crawler.parsing import parse_dateline
from crawler.parsing.agencies import agency_name


def test_the_first_of_two_joined_agencies_is_the_datelines():
    text = ("JAKARTA, March 1 (Bernama-Antara): President Joko Widodo (Jokowi) stated that Indonesia is keen on having a "
            "new presidential palace built with its own hands")
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.agency_raw, found.agency_in_table) == (
        "JAKARTA", "Bernama", "Bernama-Antara", True)
    assert text[found.end:].lstrip().startswith("President")


@pytest.mark.parametrize("token, name", [
    ("Bernama-Antara", "Bernama"),
    ("Bernama-QNA", "Bernama"),  # a table's name before an agency's acronym the table lacks
    ("NNN-WAFA", None),  # the first is no table's name
    ("KOMPAS-TV", None),  # a channel's name, no agency's acronym after the hyphen
    ("Antara-Jatim", None),  # a region after the hyphen, no agency
])
def test_joined_agency_names(token, name):
    assert agency_name(token) == name


def test_a_wires_copy_through_an_agency_the_table_lacks_keeps_its_name():
    found = parse_dateline("RAMALLAH/GAZA, July 4 (NNN-WAFA) – Israeli occupation forces arrested 12 Palestinians.")
    assert found is not None and (found.place, found.agency, found.agency_in_table) == ("RAMALLAH/GAZA", "NNN-WAFA", False)
