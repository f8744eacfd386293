"""An outlet's domain glued to the place after it, the space lost with the link's end (`Melanesiatimes.comKota Sorong
– Zakarias ...`): the domain's top-level name in lower case, a listed place's capital right after it."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("AB Resmi Nahkodai JMSI Papua Barat Daya Periode 2025-2030\n\nMelanesiatimes.comKota Sorong – Zakarias Abner "
     "Balubun terpilih sebagai ketua Jaringan Media Siber Indonesia", ("Kota Sorong", "Melanesiatimes.com")),
    ("Kompas.comJakarta – Presiden Joko Widodo meresmikan jalan tol", ("Jakarta", "Kompas.com")),
])
def test_a_domain_glued_to_the_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Berita dari kompas.comBaca Juga – Presiden meresmikan jalan tol",  # a label glued, no place
    "Detik.comWarga – Presiden Joko Widodo meresmikan jalan tol",  # a sentence's word, no place
])
def test_a_domain_glued_to_other_words_stays_no_dateline(text):
    assert place_and_agency(text) is None
