"""parse_dateline on a wire's story filed from two places joined by a slash, its agency in parentheses after them
(`SEOUL/WASHINGTON (Reuters) -`): the two places are the place, the parentheses' name the agency."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place, agency", [
    ("Pentagon report says North Korea likely has nuclear tipped missiles\n\nPosted: 11 Apr 2013 09:15 PM PDT\n\n"
     "SEOUL/WASHINGTON (Reuters) - A Pentagon spy agency has concluded with \"moderate confidence\" that North Korea",
     "SEOUL/WASHINGTON", "Reuters"),
    ("SEOUL/WASHINGTON (Reuters) - A Pentagon spy agency has concluded with", "SEOUL/WASHINGTON", "Reuters"),
    ("Jakarta/Beijing (ANTARA) - Indonesia and China agreed on Monday to", "Jakarta/Beijing", "ANTARA"),
])
def test_two_places_joined_by_a_slash_before_the_agencys_parentheses(text, place, agency):
    assert place_and_agency(text) == (place, agency)


@pytest.mark.parametrize("text, expected", [
    # one place before the parentheses, as before
    ("Posted: 11 Apr 2013 09:15 PM PDT\n\nSEOUL (Reuters) - A Pentagon spy agency", ("SEOUL", "Reuters")),
    # an outlet's name before the slash is no place: the slash joins no places
    ("BORNEOMEDIA/SAMPIT (Antara) - Warga", None),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
