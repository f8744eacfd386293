"""A Malaysian town whose name opens with an Indonesian city's (`Batu`, East Java) and goes on with a word no listed
place has (`BATU PAHAT, 12 MAC: ...`): a place, as Malay papers and wires date their copy, not an outlet's name beside
a city."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("PRN Johor: Polis terima 140 laporan, 37 kertas siasatan dibuka\n\nBATU PAHAT, 12 MAC: Polis Diraja Malaysia "
     "menerima sebanyak 140 laporan membabitkan pelbagai kesalahan sepanjang tempoh kempen Pilihan Raya Negeri (PRN) "
     "Johor", ("BATU PAHAT", None)),
    ("BATU PAHAT, March 1 — A charred human skeleton was discovered inside a completely burnt four-wheel-drive "
     "vehicle in the Batu Tiga cemetery area", ("BATU PAHAT", None)),
    ("JOHOR BARU, March 1 – The Johor Baru Car-Free Morning will take a break this month", ("JOHOR BARU", None)),
])
def test_a_malaysian_town_opening_with_a_listed_city(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("Batu Tribune - Warga Kota Batu memadati alun-alun", (None, "Batu Tribune")),  # a brand's word beside the city
])
def test_a_brand_beside_the_city_stays_an_outlet(text, reading):
    assert place_and_agency(text) == reading
