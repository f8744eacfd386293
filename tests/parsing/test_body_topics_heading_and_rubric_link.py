"""The boxes under Okezone's text: the topics' heading with its colon (`Topik Artikel :`) and the rubric's link
(`Telusuri berita news lainnya`) leave with the rest. Sentences opening with those words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Karo Penmas Divisi Humas Polri Brigjen Pol Dedi Prasetyo mengatakan pihaknya saat ini masih mendalami segala "
        "indikasi kericuhan yang terjadi di beberapa daerah itu.",
        "\"Masih didalami indikasi di Jakarta dan Surabaya serta Bandung,\" tutur Dedi saat dikonfirmasi, Kamis "
        "(2/5/2019)."]


def test_the_boxes_leave():
    for line in ("Topik Artikel :", "Telusuri berita news lainnya", "Telusuri berita lainnya"):
        assert is_noise(line), line
    result = clean_body([*(Block(text) for text in TEXT), Block("Halaman:"), Block("Topik Artikel :"),
                         Block("Berita Terkait"), Block("Telusuri berita news lainnya"), Block("Advertisement")])
    assert result.paragraphs == TEXT


def test_sentences_with_those_words_stay():
    for line in ("Topik artikel ini adalah pemilu di daerah.",
                 "Telusuri berita lainnya di laman kami yang memuat informasi pemilu terbaru hari ini."):
        assert not is_noise(line), line
