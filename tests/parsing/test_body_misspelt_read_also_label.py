"""A read-also insert whose label lost a letter (LampungVisual's `BACA JUA: Sampah Pasar Menumpuk Dampak Minimnya
Armada Pengangkut`, `jua` also the older word for `juga`) leaves like `BACA JUGA:`. A sentence using the word stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kepala DLHD Sudirwan menyebut armada pengangkut sampah di kabupaten itu hanya tersisa dua unit.",
        "“Kalau rusak dandanlah itukan ada anggarannya, dalam hal ini mereka jangan beralasan,” ujarnya."]


def test_the_insert_leaves():
    result = clean_body([Block(TEXT[0]), Block("BACA JUA: Sampah Pasar Menumpuk Dampak Minimnya Armada Pengangkut"),
                         Block(TEXT[1])])
    assert result.paragraphs == TEXT


def test_a_sentence_with_the_word_stays():
    line = "Baca jua buku itu sampai habis, pesan sang guru kepada murid-muridnya di kelas."
    assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]]
