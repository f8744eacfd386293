"""parse_dateline on an outlet's name of one word in capitals before a district in title case (`KALAMANTHANA,
Tenggarong –`): a regency's seat that no list of regencies has is still the place, and the name before it the outlet."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


def test_an_outlet_in_capitals_before_a_district():
    text = ("KALAMANTHANA, Tenggarong – Dua dari empat pelaku perampokan toko emas di Kabupaten Kutai Kartanegara "
            "ternyata diringkus di Kabupaten Penajam Paser Utara.")
    assert place_and_agency(text) == ("Tenggarong", "KALAMANTHANA")


def test_an_outlet_in_capitals_before_a_listed_place_stays():
    text = "MONITOR, Sleman – Bupati Sleman meninjau lokasi banjir di Kecamatan Depok, Senin (3/2)."
    assert place_and_agency(text) == ("Sleman", "MONITOR")


@pytest.mark.parametrize("text", [
    "BREAKING, Cibinong – Dua dari empat pelaku perampokan toko emas diringkus polisi.",
    "PENTING, Cibinong – Dua dari empat pelaku perampokan toko emas diringkus polisi.",
])
def test_a_label_in_capitals_before_a_district_is_no_outlet(text):
    assert place_and_agency(text) is None


def test_a_listed_place_in_capitals_before_a_district_is_no_outlet():
    reading = place_and_agency("MEDAN, Sunggal – Dua dari empat pelaku perampokan toko emas diringkus polisi.")
    assert reading is None or reading[1] != "MEDAN"
