"""A Malaysian paper's page flattened: a story's headline run into its dateline, a listed place in capitals and a colon
(`King expresses appreciation to govt, civil servants KUALA LUMPUR: His Majesty ...`). The headline's words are no part
of the dateline; words in lower case after the colon are a sentence's, no dateline's."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "place"), [
    ("King expresses appreciation to govt, civil servants KUALA LUMPUR: His Majesty Sultan Ibrahim, King of Malaysia"
     " expressed his appreciation to", "KUALA LUMPUR"),
    ("Unity govt to field PKR candidate in Sungai Bakap GEORGE TOWN: All parties in the Penang unity government"
     " yesterday unanimously agreed that a PKR candidate will represent the coalition", "GEORGE TOWN"),
])
def test_headline_run_into_a_place_and_its_colon(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize(("text", "reading"), [
    # the dateline on its own line below the headline, as before
    ("China probes toxic cabbage claims\n\nSHANGHAI: China is investigating claims that vegetable sellers are spraying"
     " cabbage with harmful formaldehyde", ("SHANGHAI", None)),
    # a comma and a date after the place, as before
    ("Suicide bid not crime KUWAIT CITY, Nov 28: Reacting to the news, lawmakers said", ("KUWAIT CITY", None)),
    # a sentence's words after the colon
    ("Kata ketua partai itu MEDAN: kami siap menghadapi pemilu", None),
])
def test_near_misses(text, reading):
    assert place_and_agency(text) == reading
