"""A listed place in capitals and two slashes for the dash (`ABU DHABI // The striking form ...`: the UAE daily The
National's house style) is the place's dateline; a breadcrumb's or a menu's words before the slashes, or a place with
no sentence after them, stay no dateline."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("ABU DHABI // The striking form of the Louvre Abu Dhabi continues to take shape as construction work on the art "
     "gallery gathers pace.", ("ABU DHABI", None)),
    ("DUBAI // The Burj Khalifa provided the stunning setting for the filming of a death-defying stunt by Hollywood "
     "star Tom Cruise.", ("DUBAI", None)),
    ("ABU DHABI // As this newspaper prepares to mark its seventh anniversary next week, visitors to the Corniche were "
     "treated to a special picnic on Friday.", ("ABU DHABI", None)),
])
def test_two_slashes_for_the_dash(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    "HOME // NEWS // Warga antre di depan kantor desa.",
    "BERANDA // Berita daerah hari ini",
    "Taiwan // Abu Dhabi // New York",
    "NODE: ABU DHABI // 24.45N 54.38E",
    "JAKARTA // BANJIR BESAR",
    "DUBAI // the Burj Khalifa at night",
])
def test_no_place_and_sentence_around_the_slashes(text):
    assert place_and_agency(text) is None
