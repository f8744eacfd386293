"""Two short lines a small site's theme puts in its text: a reading time with its label first and an icon's glyph
before it (Blog Ombal 2020: `▒ Lama baca < 1 menit` under the standfirst), and a call to advertise on the site between
the paragraphs (WartaSugesti: `Pasang Iklan Anda di sini`): neither is text. Sentences on reading or on advertising stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Dari gudang di rumah saya siang ini muncullah kertas bungkus, dari koran Warta Kota, edisi 22 Februari 2001. Saat "
        "itu saya sudah tak berkantor di sana, sebuah gedung eks-Media Bank, Jalan Hayam Wuruk No. 122, Jakbar.",
        "Saya menahan tawa. Saat itu sebagian orang media mengartikan wartawan sebagai reporter. Padahal redaktur atau "
        "editor juga wartawan atau jurnalis."]


def test_the_reading_time_under_its_glyph_leaves_the_text():
    for line in ("▒ Lama baca < 1 menit", "Lama baca 3 menit", "Waktu baca: 2 menit"):
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_the_call_to_advertise_leaves_the_text():
    for line in ("Pasang Iklan Anda di sini", "Pasang iklan disini", "PASANG IKLAN"):
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_sentences_on_reading_and_advertising_stay():
    lines = ["Lama baca buku anak-anak di desa itu naik dua kali lipat sejak perpustakaan keliling datang.",
             "Pasang iklan di media sosial kini jadi pilihan utama pelaku UMKM di Jakarta Barat."]
    assert clean_body([Block(TEXT[0]), *map(Block, lines), Block(TEXT[1])]).paragraphs == [TEXT[0], *lines, TEXT[1]]
