"""A place and an outlet's name in capitals closed by a colon, a sentence after it.

Real opening: `BATAM, POSMETRO: Kepala Badan Pengusahaan Batam (BP Batam), Muhammad Rudi ...` (a Batam daily's site,
2024; its older pages write `BATAM, POSMETRO.CO :`, read already).
"""

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_caps_outlet_closed_by_a_colon():
    text = "BATAM, POSMETRO: Kepala Badan Pengusahaan Batam (BP Batam), Muhammad Rudi meminta"
    assert place_and_agency(text) == ("BATAM", "POSMETRO")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's word in capitals before the colon is no outlet
        ("TANGERANG, PENTING: Warga diminta tidak keluar rumah", None),
        ("JAKARTA, FOTO: Presiden Joko Widodo meresmikan", None),
        # the same outlet with its domain keeps its reading
        ("BATAM, POSMETRO.CO :  Cek cok sempat terjadi. Warga Kampung Belian", ("BATAM", "POSMETRO.CO")),
    ],
)
def test_near_misses_stay(text, expected):
    assert place_and_agency(text) == expected
