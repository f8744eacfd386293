"""A school's name before the dash, in capitals, is a campus site's desk signing its news, no place: the English name
ends with its kind (`MALIKI ISLAMIC UNIVERSITY - Rektor ...`), the Indonesian and Malay ones open with it
(`UNIVERSITAS BRAWIJAYA -`)."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    # a state Islamic university's English news page, 2026
    "MALIKI ISLAMIC UNIVERSITY - Rektor UIN Malang menegaskan bahwa kunci keberhasilan sebuah organisasi terletak pada "
    "komunikasi yang baik.",
    "MALIKI ISLAMIC UNIVERSITY – Rektor UIN Malang menyoroti pentingnya peran media sosial",
    "UNIVERSITAS BRAWIJAYA - Rektor UB menegaskan komitmen kampus terhadap keterbukaan informasi",
])
def test_a_school_name_before_the_dash_is_no_place(text):
    assert place_and_agency(text) is None


@pytest.mark.parametrize(("text", "reading"), [
    # the campus named after the place's dash stays the sentence's
    ("SEMARANG – Universitas Islam Negeri (UIN) Walisongo Semarang mewisuda mahasiswa sejumlah 1.129 orang.",
     ("SEMARANG", None)),
    ("Pamekasan – Rektor Universitas Islam Negeri (UIN) Madura, Dr. H. Saiful Hadi, menegaskan bahwa arah "
     "pengembangan perguruan tinggi", ("Pamekasan", None)),
    # a place's name opening with the English word stays a place
    ("UNIVERSITY CITY - Warga kota itu menggelar pawai", ("UNIVERSITY CITY", None)),
])
def test_a_place_before_the_dash_stays_a_place(text, reading):
    assert place_and_agency(text) == reading
