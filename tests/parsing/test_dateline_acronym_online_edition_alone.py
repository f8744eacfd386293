"""parse_dateline on a body's web edition named alone before the dash, an acronym in capitals and `Online` among a few
title-case words (`NU Cilacap Online – ...`, as `NU CILACAP ONLINE –` in capitals already read)."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "agency"), [
    ("MWCNU Adipala Laksanakan Turba ke Ranting NU Welahan Wetan\n\nNU Cilacap Online – Majelis Wakil Cabang Nahdlatul "
     "Ulama (MWCNU) Adipala melaksanakan kegiatan Turba (Turun ke Bawah) ke Ranting NU Welahan Wetan.",
     "NU Cilacap Online"),
    ("Musker MWCNU Karangpucung Tegaskan Penguatan Kelembagaan\nNU CILACAP ONLINE – Majelis Wakil Cabang Nahdlatul "
     "Ulama (MWCNU) Kecamatan Karangpucung gelas Musyawarah Kerja (Musker) I", "NU CILACAP ONLINE"),
])
def test_an_acronym_online_edition_alone_before_the_dash(text, agency):
    assert place_and_agency(text) == (None, agency)


def test_the_edition_after_its_place_stays():
    text = ("Jombang, NU Online\nPengurus Cabang Nahdlatul Ulama (PCNU) Jombang berhasil menempatkan sembilan wakilnya di "
            "Grand Final PWNU Jatim Award 2019.")
    assert place_and_agency(text) == ("Jombang", "NU Online")


@pytest.mark.parametrize("text", [
    "Berita Online – Majelis Wakil Cabang Nahdlatul Ulama (MWC NU) Pulung menjadi tuan rumah forum silaturahmi.",
    "PT Pos Indonesia – Petugas mengantar paket ke rumah warga di Jakarta Selatan, Senin (3/2).",
])
def test_a_phrase_or_a_firm_before_the_dash_is_no_outlet(text):
    assert place_and_agency(text) is None
