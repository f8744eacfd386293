"""parse_dateline on an outlet's name first, a dash, then the place and a colon for the dash (`JAKARTANEWS.ID –
JAKARTA: Kapolri ...`, `dutainfo.com-Jakarta: Kapolri ...`): the outlet and its place, as after `suara.com - JAKARTA -`;
a label's colon after the dash is no place."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("JAKARTANEWS.ID – JAKARTA: Kapolri Jenderal Polisi Idham Azis meminta Humas Polri menjadi sumber informasi "
     "terpercaya", ("JAKARTA", "JAKARTANEWS.ID")),
    ("Foto: Kapolri Jenderal Pol Tito Karnavian (ist)\n\ndutainfo.com-Jakarta: Kapolri Jenderal Pol Tito Karnavian "
     "meminta jajaran Divisi Humas Polri agar mendekatkan diri dengan insan media", ("Jakarta", "dutainfo.com")),
    ("ANTARA - Bandar Lampung: Gubernur Lampung meresmikan jembatan baru.", ("Bandar Lampung", "ANTARA")),
])
def test_the_outlet_then_its_place_and_a_colon(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    "KOMPAS.com - UPDATE: Gempa mengguncang wilayah selatan pagi tadi.",
    "Kompas.com - Foto: Warga memadati alun-alun kota.",
    "suara.com - BREAKING NEWS: Presiden meresmikan jalan tol.",
    "Tempo.co - Catatan: Ini bukan berita baru.",
])
def test_a_labels_colon_after_the_outlets_dash_names_no_place(text):
    found = place_and_agency(text)
    assert found is None or found[0] is None
