"""A round-up's pointer to each story in full, its word alone before an ellipsis (Liputan6's `Selengkapnya...` under each
excerpt), and a TV segment's pointer to the whole broadcast (`Saksikan tayangan video selengkapnya dalam tautan ini.`):
the link was their words, no text. Sentences opening with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Berikut ini 3 berita terpopuler di kanal news edisi Rabu (2/11/2015) siang:",
        "1. Cerita Tukang Cukur Jokowi, dari Balai Kota hingga Istana",
        "\"Iya, benar, saya yang biasa mencukur rambut Bapak (Jokowi). Sejak jadi gubernur hingga saat ini menjadi "
        "presiden,\" ujar Herman saat berbincang dengan Liputan6.com, Selasa (1/12/2015).",
        "2. 'Dalang' Maut AirAsia",
        "Celana panjang hitam dengan sepatu hitam-cokelat di kaki kiri nampak tertelungkup dan mengambang di perairan "
        "Kecamatan Pambiang, Majene, Sulawesi Barat. Sosoknya tak utuh lagi."]


def test_the_pointers_go():
    blocks = [TEXT[0], TEXT[1], TEXT[2], "Selengkapnya...", TEXT[3], TEXT[4], "Selengkapnya…"]
    assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT
    segment = [TEXT[4], "Saksikan tayangan video selengkapnya dalam tautan ini."]
    assert clean_body([Block(text) for text in segment]).paragraphs == [TEXT[4]]


def test_sentences_with_the_words_stay():
    for line in ("Selengkapnya, polisi masih menyelidiki kasus itu di Majene.",
                 "Saksikan tayangan video amatir yang beredar, polisi langsung bergerak ke lokasi."):
        assert not is_noise(line), line
        assert clean_body([Block(TEXT[4]), Block(line)]).paragraphs == [TEXT[4], line], line
