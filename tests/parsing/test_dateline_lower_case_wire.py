"""A wire that writes its short name in lower case (`Berlin (dpa) – Germany and the UK ...`): the table reads `dpa` so,
though a short word in lower case is no acronym (`ap`, `aa`), and `DPA` in capitals stays another acronym's."""

import pytest

from crawler.parsing import parse_dateline
from crawler.parsing.agencies import agency_name


def test_a_place_and_the_wire_in_lower_case():
    text = ("25.07.2024: Berlin and London aim to intensify military cooperation \n\nBerlin (dpa) – Germany and the UK "
            "have agreed to engage in closer military cooperation. Defence Minister Boris Pistorius")
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency, found.agency_in_table) == ("Berlin", "dpa", True)
    assert text[found.end:].lstrip().startswith("Germany")


@pytest.mark.parametrize("token, name", [("dpa", "dpa"), ("د ب أ", "dpa"), ("DPA", None), ("Dpa", None), ("ap", None),
                                         ("aa", None)])
def test_only_the_wires_own_spelling_is_read(token, name):
    assert agency_name(token) == name
