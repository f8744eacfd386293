"""parse_dateline on a place in capitals, its country after a comma and a plain hyphen for the dash (`MANILA, Philippines
- The Commission ...`, an English paper's copy): the place and its country are the place, the comma no dash; a comma
before a sentence with no dash after its first word stays the dash."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("Comelec: Beware of voters who take too long to vote\n\nby By Ina Reformina, ABS-CBN News\nMANILA, Philippines - "
     "The Commission on Elections (Comelec) held on Monday a command conference with its senior officials",
     "MANILA, Philippines"),
    ("MANILA, Philippines - The Commission on Elections (Comelec) held on Monday a command conference",
     "MANILA, Philippines"),
])
def test_a_place_and_its_country_before_a_plain_hyphen(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text, expected", [
    # a comma for the dash before a sentence, as before
    ("SANGGAU, Komisi I DPRD Kabupaten Sanggau menggelar rapat dengar pendapat dengan", ("SANGGAU", None)),
    # the em dash, as before
    ("MANILA, Philippines — The Commission on Elections said", ("MANILA, Philippines", None)),
    # a weekday before the dash is no part of the place
    ("SANGGAU, Senin - Komisi I DPRD Kabupaten Sanggau menggelar rapat", ("SANGGAU", None)),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
