"""A place, a hash between spaces for the comma, then the outlet's domain and its dash (an underscore for it too)."""
import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    ("Tonny Saputra : Jika Lapdu Tidak Ditindak Lanjuti Kami Akan Turun Lakukan Aksi Unjuk Rasa\n\n"
     "Palembang # ReformasiRI.com _ Dewan Pimpinan Daerah Lembaga Pengawasan Reformasi Indonesia (DPD LPRI) Provinsi "
     "Sumatera Selatan (Sumsel) membuat Laporan Dugaan", ("Palembang", "ReformasiRI.com")),
    ("Palembang # ReformasiRI.com - Dewan Pimpinan Daerah", ("Palembang", "ReformasiRI.com")),
])
def test_hash_for_the_comma(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    # a rubric's word before the hash, or no domain after it
    "Berita # ReformasiRI.com _ Dewan Pimpinan Daerah",
    "Palembang # Terkini - Dewan Pimpinan Daerah",
])
def test_hash_without_place_and_domain_stays(text):
    assert place_and_agency(text) is None
