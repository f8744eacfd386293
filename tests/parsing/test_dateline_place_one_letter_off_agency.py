"""parse_dateline on a listed place that only the agency typo rule reads as an agency (`MUNA – Kondisi ...`: a regency
of Southeast Sulawesi, one letter off MINA): the place, no misspelt agency; MINA's own misspellings and the table's
spellings stay the agency."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("MUNA – Kondisi kamtibmas di Muna mulai sedikit terusik. Gesekan antar pendukung pasangan calon (Paslon) "
     "bupati-wakil bupati masih terus terjadi.", ("MUNA", None)),
    ("Muna - Bupati Muna menghadiri peringatan hari jadi kabupaten di alun-alun kota.", ("Muna", None)),
    ("Raha, Muna – Bupati Muna menghadiri peringatan hari jadi kabupaten.", ("Raha, Muna", None)),  # its regency
])
def test_a_regency_one_letter_off_mina_is_the_place(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Makassar, MNA – Sekretaris Jenderal menghadiri pertemuan.", ("Makassar", "MINA")),  # a typo, no place
    ("Al-Khalil, MlNA – The Israeli army raided the old city.", ("Al-Khalil", "MINA")),
    ("Nablus, Mina – The Israeli army raided the old city.", ("Nablus", "MINA")),  # the table's spelling
    ("MINA – Jamaah haji Indonesia mulai bergerak ke Arafah.", (None, "MINA")),
])
def test_minas_misspellings_and_spellings_stay_the_agency(text, expected):
    assert place_and_agency(text) == expected
