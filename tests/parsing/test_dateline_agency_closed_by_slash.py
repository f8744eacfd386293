"""parse_dateline on a wire's French copy: the table's agency glued to the place by a hyphen and closed by a slash
(`Damas-SANA / La vice-présidente ...`); a wire's name after a slash, or two places joined, open no dateline."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "expected"), [
    ("Damas-SANA / La vice-présidente de la République arabe syrienne, Najah al-Attar, a pris part au scrutin",
     ("Damas", "SANA")),
    ("Le Caire-SANA/ La sélection syrienne de kickboxing a remporté deux médailles d’or et deux médailles d’argent",
     ("Le Caire", "SANA")),
    ("Caire-SANA / Le président de la République arabe syrienne, M. Ahmad al-Charaa a indiqué", ("Caire", "SANA")),
])
def test_the_agency_glued_to_the_place_and_closed_by_a_slash(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    # A release wire's name after the slash, no sentence: no dateline of this form.
    "Jakarta-Antara/PRNewswire siaran pers",
    # Two cities joined, no agency.
    "Jakarta-Bandung/ Kereta cepat melaju dalam 40 menit.",
])
def test_a_wire_or_a_second_place_after_the_slash_opens_none(text):
    assert place_and_agency(text) is None
