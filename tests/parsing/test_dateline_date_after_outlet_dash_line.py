"""parse_dateline on an outlet's name and its place, then the dash and the story's date alone closing the line over the
lead (`Aswajanews, Bungkal – 14 Februari 2026`), as a place alone takes its date so (`Jakarta – 14 Februari 2026`)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Musker III MWCNU Bungkal 2026 Tekankan Penguatan Organisasi dan Sinergi Program\n\nAswajanews, Bungkal – 14 "
     "Februari 2026\nMajelis Wakil Cabang Nahdlatul Ulama (MWCNU) Bungkal menyelenggarakan Musyawarah Kerja (Musker) III",
     ("Bungkal", "Aswajanews")),
    ("Aswajanews, Ponorogo – 14 Februari 2026\nMajelis Wakil Cabang Nahdlatul Ulama (MWCNU) Bungkal menyelenggarakan "
     "Musyawarah Kerja.", ("Ponorogo", "Aswajanews")),
])
def test_an_outlet_dateline_with_its_date_after_the_dash(text, reading):
    assert place_and_agency(text) == reading


def test_a_heading_and_a_date_after_its_dash_name_no_outlet():
    text = "Jadwal Pemilu, KPU – 14 Februari 2024\nKomisi Pemilihan Umum menetapkan hari pemungutan suara serentak."
    assert place_and_agency(text) is None
