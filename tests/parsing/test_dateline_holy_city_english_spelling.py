"""The holy city's English spelling is a listed place as its Indonesian ones are (`Makkah`, `Mekkah`), as `Medina` and
`Cairo` are: an English daily's or a wire's copy dates its hajj stories from `MECCA` (`MECCA // Hundreds of thousands
...`, `MECCA, Saudi Arabia, August 18, 2018 - ...`)."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("As Haj begins, Saudi officials focus on protecting pilgrims\n\nMECCA // Hundreds of thousands of pilgrims began a "
     "mass movement on Thursday out of the holy city of Mecca towards nearby Mina at the launch of Haj.", ("MECCA", None)),
    ("MECCA, Saudi Arabia, August 18, 2018 - Hisham Mostafa briefly forgot the war in Syria and his financial worries as "
     "he looked upon Islam's holiest sites for the first time.", ("MECCA", None)),
])
def test_the_english_spelling_dates_the_story(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Makkah (ANTARA) - Jamaah haji Indonesia tiba di Makkah.", ("Makkah", "ANTARA")),
    ("Mecca, kota suci umat Islam, ramai dikunjungi jamaah.", None),
    ("MECCA (Saudi Arabia), August 19, 2018 (AFP) - More than two million Muslims started the hajj.", ("MECCA", "AFP")),
])
def test_near_misses_keep_their_reading(text, expected):
    assert place_and_agency(text) == expected
