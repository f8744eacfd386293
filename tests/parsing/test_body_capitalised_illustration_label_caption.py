"""A caption under the word for an illustration in capitals, a full stop after it (Kontan's `ILUSTRASI. Ilustrasi
Stop Kekerasan Jurnalis`), is no text; the word capitalised as a sentence's first word stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["“AJI Jakarta mengutuk keras segala bentuk kekerasan yang dilakukan kepada jurnalis,” kata Ketua Divisi "
        "Advokasi AJI Jakarta Erick Tanjung dalam keterangan resminya, Rabu (25/9).",
        "Sampai saat ini AJI Jakarta juga terus melakukan verifikasi kekerasan yang dialami sejumlah jurnalis."]


def test_the_labelled_caption_goes():
    caption = "ILUSTRASI. Ilustrasi Stop Kekerasan Jurnalis"
    assert is_caption(caption)
    blocks = [Block(caption), Block("Reporter: Anggar Septiadi | Editor: Yudho Winarto")] + [
        Block(text) for text in TEXT]
    assert clean_body(blocks).paragraphs == TEXT


def test_a_sentence_stays():
    for line in ("Ilustrasi. Gambar itu dibuat oleh siswa kelas enam.", "ILUSTRASI itu dibuat oleh siswa kelas enam."):
        assert not is_caption(line), line
