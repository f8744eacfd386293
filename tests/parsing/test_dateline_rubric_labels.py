"""A paid or featured story's label where a dateline would stand is no place (a wrong place is worse than none)."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text", [
    "ADVERTORIAL - Pemerintah Kabupaten Bogor menggelar rapat koordinasi di gedung Tegar Beriman.",
    "PARIWARA - Bank BRI meluncurkan produk baru bagi nasabah di seluruh Indonesia pada Senin.",
    "SIARAN PERS - Kementerian Kesehatan mengumumkan hasil survei terbaru tentang gizi anak.",
    "KILAS BALIK - Sepuluh tahun lalu, gempa besar mengguncang Aceh dan menewaskan ribuan orang.",
    "GEMPA BUMI - Gempa berkekuatan 5,6 magnitudo mengguncang Cianjur pada Senin siang.",
    "INFOGRAFIS - Berikut data sebaran kasus demam berdarah di Jawa Barat.",
    "Kilas Event - Pameran buku tahunan kembali digelar di Balai Kota pekan ini.",
])
def test_a_rubric_label_is_no_place(text):
    dateline = parse_dateline(text)
    assert dateline is None or dateline.place is None


@pytest.mark.parametrize("text, place", [
    ("LHOKSEUMAWE - Polisi menangkap dua pelaku pencurian sepeda motor di kota itu.", "LHOKSEUMAWE"),
    ("Selayang - Warga menggelar gotong royong membersihkan saluran air pada Minggu.", "Selayang"),
])
def test_a_place_before_the_dash_stays(text, place):
    assert parse_dateline(text).place == place
