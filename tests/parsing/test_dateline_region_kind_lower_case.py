"""ANTARA's English copy writes the region's kind in lower case after the place (`Jagoi Babang, West Kalimantan province
(Antara News) - ...`): read as part of the place before an agency's parentheses only, which vouch for it."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_province_in_lower_case_before_the_agency():
    text = ("Govt asks Antara to serve public interest\n\nJagoi Babang, West Kalimantan province (Antara News) -"
            " Communication and Information Technology Minister Tifatul Sembiring has asked Antara News Agency to serve"
            " more the interests of the public")
    assert place_and_agency(text) == ("Jagoi Babang, West Kalimantan province", "ANTARA")


@pytest.mark.parametrize(("text", "reading"), [
    ("Sleman district (ANTARA News) - The district head said the road would open next week.",
     ("Sleman district", "ANTARA")),
    ("Jagoi Babang, West Kalimantan Province (Antara News) - Communication and Information Technology Minister",
     ("Jagoi Babang, West Kalimantan Province", "ANTARA")),
    # no agency's parentheses: no dateline of this shape
    ("Bogor, West Java province - The district head said the road would open next week.", None),
    ("Warga di Sleman district (Foto) - kata dia", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading
