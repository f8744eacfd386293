"""parse_dateline on a wire's Arabic copy that writes the place's region in parentheses before the agency's
(`رام الله (الضفة الغربية) (رويترز) -`): the place before them is the place, the table's agency the agency."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


def _read(text: str) -> tuple[str | None, str | None] | None:
    found = parse_dateline(text)
    return None if found is None else (found.place, found.agency)


@pytest.mark.parametrize("text, place", [
    ("رام الله (الضفة الغربية) (رويترز) - تحولت مدينة رام الله في الضفة الغربية إلى ما يشبه ثكنة عسكرية", "رام الله"),
    ("غزة (فلسطين) (رويترز) - قال مسؤولون في قطاع غزة", "غزة"),
])
def test_the_places_region_in_parentheses_before_the_agencys(text, place):
    assert _read(text) == (place, "Reuters")


@pytest.mark.parametrize("text, expected", [
    # the agency's parentheses right after the place, as before
    ("رام الله (رويترز) - تحولت مدينة رام الله", ("رام الله", "Reuters")),
    # a sentence quoting the wire goes on with `إن`: no dateline
    ("قال مسؤولون (رويترز) إن الوضع هادئ", None),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert _read(text) == expected
