"""An outlet's name of words ending with a domain's top-level name, then a full stop for the comma before a listed
place in capitals and the dash (`Daily Mail Indonesia.net. BANDA ACEH - Komisi ...`, under a photo's caption and a
rubric's label): the outlet and its place, as with a comma there; a sentence's words before the full stop stay no
outlet."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Foto Komisi V DPR Aceh Saat Melakukan Kunjungan Ke RSUD Zainal Abidin Banda Aceh\nParlementaria\nDaily Mail "
     "Indonesia.net. BANDA ACEH - Komisi V Dewan Perwakilan Rakyat Aceh (DPRA) membidangi kesehatan dan kesejahteraan, "
     "melakukan Inspeksi Mendadak (Sidak)", ("BANDA ACEH", "Daily Mail Indonesia.net")),
    ("Daily Mail Indonesia.net, BANDA ACEH - Komisi V Dewan Perwakilan Rakyat Aceh melakukan sidak.",
     ("BANDA ACEH", "Daily Mail Indonesia.net")),
    ("Dailymailindonesia.net. BANDA ACEH - Komisi V Dewan Perwakilan Rakyat Aceh melakukan sidak.",
     ("BANDA ACEH", "Dailymailindonesia.net")),
])
def test_a_spaced_name_with_a_domains_ending_a_full_stop_and_a_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Ini Kabar. BANDA ACEH - Komisi V Dewan Perwakilan Rakyat Aceh melakukan sidak.",  # no domain's ending
    "Berita Daerah.net. WARGA - Komisi V Dewan Perwakilan Rakyat Aceh melakukan sidak.",  # no listed place
])
def test_no_domain_or_no_place_no_dateline(text):
    assert place_and_agency(text) is None
