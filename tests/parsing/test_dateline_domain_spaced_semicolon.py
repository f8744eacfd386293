"""An outlet's domain alone, a semicolon between spaces for the dash (`Tribratanewssumbabarat.com ; KA SPK II ...`):
no list of domains spaces its semicolons so, nor runs a sentence on after them."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Polsek Wanokaka Gelar Patroli Malam Cegah Aksi Premanisme\nTribratanewssumbabarat.com ; KA SPK II Polsek "
     "Wanokaka bersama anggota menggalakkan patroli rutin guna mencegah aksi premanisme",
     (None, "Tribratanewssumbabarat.com")),
])
def test_a_spaced_semicolon_after_an_outlet_domain(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Sumber: Kompas.com ; Detik.com ; Tempo.co",  # a list of sources
    "Kompas.com ; Detik.com ; Tempo.co ; Liputan6.com ; Antaranews.com",
    "Kompas.com; Warga Jakarta mengeluhkan banjir yang melanda",  # no space before the semicolon
])
def test_a_list_of_domains_stays_no_dateline(text):
    assert place_and_agency(text) is None
