"""A read-also heading may name what it points at (a Christian portal's `Baca Juga Artikel Lain:` over its linked
headlines): the heading and its links are the box, not text. A sentence that asks the reader to read other articles
in its words (`Baca juga artikel lain tentang ... di perpustakaan kami.` has no colon) stays."""

from __future__ import annotations

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

TEXT = ("Negoisasi menuju kata damai diantara dua negara yang terus bertikai sejak era Perjanjian Lama itu diupayakan "
        "oleh Amerika Serikat yang berupaya agar kedua belah pihak sepakat dalam pembentukan solusi dua negara.")


def _linked(title, n):
    return Block(title, [Link(title, f"/read/article/id/{n}", "https://www.portal.example/")])


def test_the_heading_and_its_links_are_the_box():
    blocks = [Block(TEXT), Block("Baca Juga Artikel Lain:"),
              _linked("Fragmen Salib Yesus Ditemukan di Turki?", 1),
              _linked("Istri Mantan Presiden RI Sahur Bersama di Gereja", 2),
              _linked("Waspada Konflik, Pemimpin Agama Myanmar Berkumpul", 3)]
    assert clean_body(blocks).paragraphs == [TEXT]
    blocks = [Block(TEXT), Block("Baca juga berita terkait: Waspada Konflik, Pemimpin Agama Myanmar Berkumpul"),
              Block(TEXT + " Lagi.")]
    assert clean_body(blocks).paragraphs == [TEXT, TEXT + " Lagi."]


def test_a_sentence_with_the_words_stays():
    line = "Baca juga artikel lain tentang sejarah gereja di perpustakaan kami setiap hari Sabtu."
    assert clean_body([Block(TEXT), Block(line), Block(TEXT + " Lagi.")]).paragraphs == [TEXT, line, TEXT + " Lagi."]
