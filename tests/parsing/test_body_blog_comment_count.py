"""A blog theme's lines under the post: its share label naming what it shares (`Bagikan Berita Ini`) and its comment
count over the form, the post's title quoted after it (`0 Response to "Menag: Bandara Kertajati Belum Digunakan untuk
Embarkasi Haji Tahun Ini"`). A sentence that counts responses, or shares news, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Pemerintah Kerajaan Arab Saudi tahun ini menetapkan kuota jemaah haji Indonesia sebanyak 221.000 orang, naik "
        "10.000 dari tahun lalu.",
        "Menteri Agama dijadwalkan melepas kloter Jakarta-Pondok Gede (JKG 01) dari Asrama Haji Pondok Gede, pada Selasa "
        "(17/7) pukul 05.00 WIB."]
FOOTER = ["Saksikan video pilihan di bawah ini:", "Bagikan Berita Ini",
          "0 Response to \"Menag: Bandara Kertajati Belum Digunakan untuk Embarkasi Haji Tahun Ini\"", "Post a Comment"]


def test_the_share_label_and_the_comment_count_are_furniture():
    assert is_noise("Bagikan Berita Ini")
    assert is_noise("Bagikan artikel ini:")
    assert is_noise("2 Responses to “Banjir Rendam Ratusan Rumah di Bojonegoro”")
    assert is_noise("0 Komentar untuk \"Harga Cabai Naik Lagi\"")


def test_the_blogs_footer_leaves_the_text():
    assert clean_body([Block(line) for line in [*TEXT, *FOOTER]]).paragraphs == TEXT


def test_sentences_that_count_responses_or_share_news_stay():
    for line in ("Bagikan berita ini kepada keluarga Anda, kata Kapolres.",
                 "120 komentar untuk unggahan itu masuk dalam sehari.",
                 "Ada 3 tanggapan untuk \"surat terbuka\" itu, semuanya dari warga Cilacap."):
        assert not is_noise(line), line
