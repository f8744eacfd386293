"""parse_dateline on a Malaysian paper's dateline copied without the space after its colon (`MANADO:Malaysia will
...`): a listed place in capitals and the sentence glued to the colon are a dateline; a clock, a label's acronym or a
word no place's before a glued colon are none."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("RM3.54m for CTI fund\nMANADO:Malaysia will contribute US$1mil (RM3.54mil) to the Coral TriangleInitiative which "
     "aims to save the marine life", "MANADO"),
    ("MANADO:Malaysia will contribute US$1mil (RM3.54mil) to the Coral Triangle Initiative", "MANADO"),
    ("KUALA LUMPUR:Staff and medical officers were on high alert yesterday as Sungai Buloh Hospital prepared",
     "KUALA LUMPUR"),
])
def test_a_listed_place_and_a_colon_glued_to_the_sentence(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text, expected", [
    # the colon spaced, as before
    ("Khairy ticks off PKR leaders\nBUKITMERTAJAM: Umno Youth chief Khairy Jamaluddin has chided PKR leaders",
     ("BUKITMERTAJAM", None)),
    # a label in capitals glued to its colon: no listed place
    ("PENTING:Harap semua warga membawa kartu identitas saat datang ke kantor desa", None),
    # an acronym after the colon: no sentence
    ("JAKARTA:KPU menetapkan jadwal", None),
])
def test_near_misses_stay_as_they_are(text, expected):
    assert place_and_agency(text) == expected
