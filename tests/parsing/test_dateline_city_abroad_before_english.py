"""parse_dateline on an English paper's dateline of a listed city abroad of several words in title case, an English
sentence after its dash (`Bandar Seri Begawan - A Pipe leak ...`, a Brunei paper's copy): the city is the place, no
digest's byline; a name of two words that no list has stays a byline."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("5 People Injured In Rimba Blast\nBy Azlan Othman & James Kon\nBandar Seri Begawan - A Pipe leak causing an "
     "explosion at a gas cylinder storeroom outside a supermarket in Rimba yesterday injured five workers",
     "Bandar Seri Begawan"),
    ("Airport Mall Takes Off Again\nBy Zasika Musdi\nBandar Seri Begawan - Close to B$10 million will be spent on "
     "completing the Airport Mall after construction work was abandoned in June 2006.", "Bandar Seri Begawan"),
    ("Phnom Penh - The government has approved a plan to build a new airport", "Phnom Penh"),
])
def test_a_listed_city_abroad_of_several_words_before_an_english_sentence(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text, expected", [
    # a writer's name of two words that no list has: a byline, no place
    ("Len Garae – The Chairman of the council said on Monday that", None),
    # the city in capitals, as before
    ("BANDAR SERI BEGAWAN, September 29 - His Majesty The Sultan and Yang Di-Pertuan of Brunei Darussalam has",
     ("BANDAR SERI BEGAWAN", None)),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
