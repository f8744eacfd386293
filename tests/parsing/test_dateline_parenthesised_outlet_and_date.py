"""The outlet's name and the date inside the parentheses after the place, a slash between them (`COTABATO CITY
(Mindanao Examiner / June 27, 2013) – Ikinababahala ngayon ...`, a Mindanao paper's house style): the place, the
outlet and the date. Without the dash after the parentheses it is a sentence's aside, no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency, day", [
    ("COTABATO CITY (Mindanao Examiner / June 27, 2013) – Ikinababahala ngayon ng mga residente at negosyante ang "
     "atakeng naganap sa kampo ng Philippine Marines.", "COTABATO CITY", "Mindanao Examiner", date(2013, 6, 27)),
    ("Jakarta (ANTARA / 12 Mei 2020) - Presiden Joko Widodo meninjau posko penanganan banjir.", "Jakarta", "ANTARA",
     date(2020, 5, 12)),
])
def test_the_outlet_and_the_date_in_the_parentheses(text, place, agency, day):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.date) == (place, agency, day)


def test_without_a_dash_after_the_parentheses_it_is_an_aside():
    found = parse_dateline("Warga Kota Ambon (Maluku / 12 Mei 2020) mengatakan bahwa banjir merendam rumah mereka.")
    assert found is None or found.agency is None
