"""parse_dateline on an outlet's name first, a capital I between spaces for the bar, then a listed place and the dash
(`JABARNEWS I SERDANG BEDAGAI –`): the outlet-first mirror of `MEDAN I SUMUT24.CO`."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place, agency", [
    ("JABARNEWS I SERDANG BEDAGAI – Bupati Serdang Bedagai, Darna Wijaya menggelar open house Idul Fitri 2023 di rumah "
     "pribadi di Desa Dolok Menampang, Selasa (2/5/2023).", "SERDANG BEDAGAI", "JABARNEWS"),
    ("JABARNEWS I BANDUNG – Pemerintah Kota Bandung menggelar apel siaga bencana di Balai Kota, Senin (6/11/2023).",
     "BANDUNG", "JABARNEWS"),
])
def test_an_outlet_a_capital_i_and_a_listed_place(text, place, agency):
    assert place_and_agency(text) == (place, agency)


def test_the_bar_itself_stays():
    assert place_and_agency("JABARNEWS | SERDANG BEDAGAI – Bupati Serdang Bedagai menggelar open house.") == (
        "SERDANG BEDAGAI", "JABARNEWS")


@pytest.mark.parametrize("text", [
    "PERANG DUNIA I BANDUNG – Sejarah pertempuran di kota itu dibahas dalam seminar sejarah, Senin (6/11/2023).",
    "KODAM I BUKIT BARISAN – Panglima meninjau latihan gabungan di Medan, Senin (6/11/2023).",
])
def test_a_numeral_after_no_outlet_is_no_bar(text):
    assert place_and_agency(text) is None
