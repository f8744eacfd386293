"""parse_dateline on an outlet's name that glues an outlet's word between a brand's word and its place's, each
capitalised (`TribrataNewsDelISerdang – Malam ...`, a police desk's site): the name is the agency, no place."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, agency", [
    ("TribrataNewsDelISerdang – Malam yang dingin, namun tidak mematahkan semangat Personil Polsek Lubuk Pakam",
     "TribrataNewsDelISerdang"),
    ("TribrataNewsDelISerdang - Malam yang dingin, namun tidak mematahkan semangat", "TribrataNewsDelISerdang"),
])
def test_an_outlet_word_glued_inside_a_brands_name(text, agency):
    assert place_and_agency(text) == (None, agency)


@pytest.mark.parametrize("text, expected", [
    # the outlet's word closing the name, as before
    ("TribrataNews Deli Serdang – Malam yang dingin", (None, "TribrataNews Deli Serdang")),
    # a place in title case before the dash, as before
    ("Jakarta – Malam yang dingin, namun tidak mematahkan semangat", ("Jakarta", None)),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
