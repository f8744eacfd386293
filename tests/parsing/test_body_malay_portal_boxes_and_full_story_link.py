"""A Malay portal's furniture around its text (Malaysiakini: `Paling Popular`, "most popular", `Terkini` and `Lagi
berita seperti ini`, "more news like this", over the lead; `[Baca berita penuh]`, "read the full story", and `ADS`
under the last paragraph): box headings, a link and an ad's label, not text. Sentences using the words stay, and the
lead under a heading is never taken with it."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Gabungan proreformasi sistem pilihan raya BERSIh mendakwa terkejut dengan dakwaan terhadap pesertanya yang "
        "melakukan kekasaran dalam perhimpunan hari ini.",
        "Pengerusi Bersama BERSIH Ambiga Sreenevasan menyifatkan dakwaan kekasaran yang berlaku sebagai sangat jarang "
        "berlaku.",
        "\"Kami ada kecurigaan ini kerana ia sangat jarang dilakukan oleh penyokong kami,\" katanya kepada pemberita "
        "dalam sidang media di KL Sentral petang ini."]


def _paragraphs(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_boxes_the_link_and_the_label_leave():
    for line in ("Paling Popular", "Lagi berita seperti ini", "[Baca berita penuh]", "ADS"):
        assert is_noise(line), line
    assert _paragraphs(["Paling Popular", "Terkini", "Lagi berita seperti ini", *TEXT, "[Baca berita penuh]",
                        "ADS"]) == TEXT
    assert _paragraphs(["Paling Popular", *TEXT]) == TEXT


def test_sentences_with_the_words_stay():
    for line in ("Lagu itu paling popular di kalangan remaja, katanya.",
                 "Baca berita penuh di laman web kami, kata jurucakap itu.",
                 "Ads dan iklan digital kini menguasai pasaran, menurut laporan itu."):
        assert not is_noise(line), line
        assert _paragraphs([TEXT[0], line, TEXT[1]]) == [TEXT[0], line, TEXT[1]], line
