"""parse_dateline on a wire's Arabic copy that writes the place's region in parentheses before the agency's
(`رام الله (الضفة الغربية) (رويترز) -`): the place before them is the place, the table's agency the agency."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("رام الله (الضفة الغربية) (رويترز) - تحولت مدينة رام الله في الضفة الغربية إلى ما يشبه ثكنة عسكرية", "رام الله"),
    ("غزة (فلسطين) (رويترز) - قال مسؤولون في قطاع غزة", "غزة"),
])
def test_the_places_region_in_parentheses_before_the_agencys(text, place):
    assert place_and_agency(text) == (place, "Reuters")


@pytest.mark.parametrize("text, expected", [
    # the agency's parentheses right after the place, as before
    ("رام الله (رويترز) - تحولت مدينة رام الله", ("رام الله", "Reuters")),
    # a sentence quoting the wire goes on with `إن`: no dateline
    ("قال مسؤولون (رويترز) إن الوضع هادئ", None),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
