"""A stray comma after the outlet's name, then a dash between spaces (Lampungnews, 2016: `Bandar Lampung, Lampungnews,
— Komisi Pemberantasan Korupsi ...`): the place, then the outlet, as with the comma glued to the dash
(`PALEMBANG, Khatulistiwa News,- Rapat ...`). A weekday or a province after the place's comma stays no outlet, and a
headline's words before the comma read as they did."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Bandar Lampung, Lampungnews, — Komisi Pemberantasan Korupsi akan menyambangi Biro Investigasi Federal "
     "(Federal Bureau of Investigation-FBI) Departemen Kehakiman Amerika Serikat.", ("Bandar Lampung", "Lampungnews")),
    ("Bandar Lampung, Lampungnews,  - Komisi Pemberantasan Korupsi akan menyambangi Biro Investigasi Federal",
     ("Bandar Lampung", "Lampungnews")),
    # the comma glued to the dash, and no comma, as before
    ("PALEMBANG, Khatulistiwa News,- Rapat koordinasi digelar di kantor gubernur", ("PALEMBANG", "Khatulistiwa News")),
    ("Bandar Lampung, Lampungnews — Komisi Pemberantasan Korupsi akan menyambangi Biro Investigasi Federal",
     ("Bandar Lampung", "Lampungnews")),
])
def test_a_stray_comma_before_a_spaced_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    # a weekday or a region after the place's comma is no outlet
    "Jakarta, Selasa, - Presiden Joko Widodo meminta para menteri mempercepat penyaluran bantuan sosial",
    "Jakarta, Indonesia, – Presiden Joko Widodo meminta para menteri mempercepat penyaluran bantuan sosial",
    "Padang, Sumatera Barat, - Warga Kota Padang diminta mewaspadai cuaca ekstrem pada pekan ini",
    # three spaces or more are a gap of the layout
    "Bandar Lampung, Lampungnews,   — Komisi Pemberantasan Korupsi akan menyambangi Biro Investigasi Federal",
])
def test_no_outlet_without_the_shape(text):
    assert place_and_agency(text) is None
