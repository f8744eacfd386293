"""parse_dateline on a place, a comma and a hyphen typed for the dash, then the outlet in parentheses and the sentence
with no dash after them (`Bandarlampung,- (BN.Net) Rektor ...`, a campus paper's copy): the outlet in the parentheses
is the dateline's, as after `Bandarlampung, (BN.Net)` or `Bandarlampung (BN.Net)`."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("Bandarlampung,- (BN.Net) Rektor Universitas Islam Negeri (UIN) Raden Intan Lampung (RIL) Prof H Wan Jamaluddin "
     "Z MAg PhD menghadiri acara pembukaan Sistem Seleksi Elektronik", ("Bandarlampung", "BN.Net")),
    ("Bandarlampung,-(BN.Net) Rektor Universitas Islam Negeri (UIN) Raden Intan Lampung menghadiri acara pembukaan",
     ("Bandarlampung", "BN.Net")),
    ("AMBON,- (ANTARA) Pemerintah Provinsi Maluku menyiapkan anggaran untuk perbaikan jalan.", ("AMBON", "ANTARA")),
])
def test_the_outlet_in_parentheses_after_a_comma_and_hyphen_with_no_dash_after(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    # A hyphen glued before the parentheses with no comma still needs its dash after them.
    ("BATUBARA-(Membaranews.com) Personel Polres Batubara menggelar patroli malam.", None),
    # A photo's credit in the parentheses is no outlet.
    ("Bandarlampung,- (Foto: Ist) Rektor Universitas Islam Negeri menghadiri acara.", ("Bandarlampung", None)),
    ("Menurut dia,- (Foto) Warga memadati alun-alun kota.", None),
])
def test_no_outlet_where_the_parentheses_hold_none(text, expected):
    assert place_and_agency(text) == expected
