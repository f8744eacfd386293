"""An outlet's banner for its own news product over the text, `only at` naming it (Tribunnews's `Nikmati berita
interaktif dan LIVE report 24 jam hanya di TribunX`), is no text. A clause after the name, and an invitation to enjoy
anything but news, are sentences and stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Gubernur Jawa Tengah Ganjar Pranowo menanggapi soal kemunculan Keraton Agung Sejagat yang mengira keberadaan "
        "kerajaan fiktif tersebut hanya candaan.",
        "Kepolisian juga mendalami motif apa dibalik kemunculan Keraton Agung Sejagat."]


def test_the_banner_is_no_text():
    for line in ("Nikmati berita interaktif dan LIVE report 24 jam hanya di TribunX",
                 "Nikmati berita terkini hanya di Kompas.com."):
        assert clean_body([Block(line), Block(TEXT[0]), Block(TEXT[1])]).paragraphs == TEXT, line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_sentences_with_the_words_stay():
    for line in ("Nikmati berita interaktif hanya di TribunX, kata direktur itu dalam peluncuran aplikasi.",
                 "Nikmati liburan hanya di Bali."):
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]], line
