"""A box of other stories under the words "read others" (a regency's news site: `Baca Lainnya :` over `- <headline>`
four times, each run into its comment count `0`): a related box's heading, its entries go with it. A sentence opening
with the words stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Bupati Wonosobo Afif Nurhidayat, menegaskan bahwa jurnalis memiliki tanggung jawab besar dalam mendukung "
        "pembangunan daerah.",
        "\"Kegiatan ini menjadi simbol eratnya hubungan antara pemerintah daerah dan insan pers,\" ujar Afif di area "
        "wisata Gunung Cilik, Desa Damarkasiyan, Kecamatan Kertek, Kabupaten Wonosobo, pada Minggu (9/2/2025)."]
BOX = ["Baca Lainnya :",
       "- Wonosobo Raih Predikat SPBE Sangat Baik dengan Nilai 3,79 di 2024 0",
       "- 3 Hari Hilang di Hutan, Warga Wonosobo Ditemukan Linglung Rebahan di Rumput0",
       "- Warga Kaliwiro Wonosobo Diduga Hilang Misterius, Tim SAR, Polisi hingga TNI Cari Belum Ketemu0",
       "- Angka Kemiskinan Turun Tipis, Pemkab Wonosobo Berupaya Lakukan Lompatan di Tahun 20250"]


def test_the_box_goes():
    assert clean_body([Block(text) for text in TEXT + BOX]).paragraphs == TEXT


def test_a_sentence_with_the_words_stays():
    line = "Baca lainnya dari buku itu menunjukkan hal yang sama, kata Afif."
    assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]]
