"""parse_dateline on an English dateline's place, a listed place with `City` or `Regency` after it, before its outlet
in parentheses and a bar for the dash (`Langsa City (ANN) | July ...`): the bar wants a listed place, and the
qualifier keeps it one."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("Langsa City (ANN) | July this year (2022) It’s going to be the end of Ir. H. Nova Iriansyah MT services as "
     "Governor of Aceh.", "Langsa City"),
    ("Bogor Regency (ANN) | The regent opened the new market on Monday.", "Bogor Regency"),
])
def test_a_listed_place_and_its_english_qualifier_before_a_bar(text, place):
    assert place_and_agency(text) == (place, "ANN")


def test_the_place_alone_stays():
    assert place_and_agency("Langsa (ANN) | July this year the governor's term ends.") == ("Langsa", "ANN")


@pytest.mark.parametrize("text", [
    "Sunset City (ANN) | The festival opened on Monday.",
    "Langsa city (ANN) | The festival opened on Monday.",
])
def test_no_listed_place_or_a_lower_case_word_is_no_place(text):
    assert place_and_agency(text) is None
