"""Calls the patterns missed: to follow the outlet on Google News by its Indonesian name (Gelora's `Ikuti kami di
Google Berita`), and to see the photo the story is about at a link (ANTARA Riau's `Lihat link fotonya disini` between
its paragraphs). A sentence naming Google's news service, or telling the reader to look, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Foto tersebut merupakan karya dari Rony Muharrman, berjudul \"Banjir Riau\" yang disiarkan pada 9 Februari "
        "2016.")
NEXT = ("Secara kasat mata foto itu sanggat menggugah nurani, memperlihatkan seorang anak yang mencoba memanjat tangga "
        "dibantu oleh dua orang pria.")


def test_the_calls_go():
    for call in ("Ikuti kami di Google Berita", "Lihat link fotonya disini"):
        assert clean_body([Block(LEAD), Block(call), Block(NEXT)]).paragraphs == [LEAD, NEXT], call
        assert clean_body([Block(LEAD), Block(NEXT), Block(call)]).paragraphs == [LEAD, NEXT], call


def test_sentences_stay():
    for line in ("Layanan Google Berita kini menampilkan lebih banyak media lokal dari berbagai daerah.",
                 "Lihat saja di sini, semua rumah warga sudah rusak diterjang banjir."):
        assert clean_body([Block(LEAD), Block(line), Block(NEXT)]).paragraphs == [LEAD, line, NEXT], line
