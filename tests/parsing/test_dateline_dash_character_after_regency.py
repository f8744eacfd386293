"""An en or em dash glued to a regency's seat in title case and to the sentence (`Tulungagung—Universitas Islam
...`), as a campus's news writes its town: the dash itself, no two hyphens typed for it, no listed place after it."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("UIN SATU Tulungagung Wisuda Perdana\n\nTulungagung—Universitas Islam Negeri (UIN) Sayid Ali Rahmatullah (UIN "
     "SATU) Tulungagung menggelar wisuda perdana", ("Tulungagung", None)),
    ("Tulungagung–Universitas Islam Negeri menggelar wisuda", ("Tulungagung", None)),  # an en dash
    ("Manado–Polda Sulawesi Utara mengerahkan personel", ("Manado", None)),  # a known city, as before
])
def test_an_en_or_em_dash_glued_to_a_regency(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Sumenep--Warga memadati alun-alun kota",  # two hyphens typed: a known city only
    "Tulungagung-Universitas Islam Negeri menggelar wisuda",  # one hyphen joins words
    "Tulungagung–Blitar Macet Total",  # a route between two places
])
def test_hyphens_or_a_route_stay_no_dateline(text):
    assert place_and_agency(text) is None
