"""A caption printed whole twice with nothing but a space between the prints, its credit lost (Kompas's round-up:
`Ilustrasi suara dentuman misterius Ilustrasi suara dentuman misterius` under its numbered heading): a caption, not
text. A paragraph whose words come again after a sentence's end, or only in part, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

HEADING = "2. Sumber dentuman di Malang"
TEXT = "Suara dentuman yang membuat geger warga di Malang, Jawa Timur akhirnya terungkap."


def test_the_caption_printed_twice_leaves():
    caption = "Ilustrasi suara dentuman misterius Ilustrasi suara dentuman misterius"
    assert is_caption(caption)
    assert clean_body([Block(HEADING), Block(caption), Block(TEXT)]).paragraphs == [HEADING, TEXT]


def test_paragraphs_saying_words_again_stay():
    for line in ("Warga Desa Sukamaju menolak rencana itu. Warga Desa Sukamaju menolak rencana itu.",
                 "Suara dentuman terdengar keras suara dentuman terdengar lagi di Malang",
                 "Ilustrasi suara dentuman misterius Ilustrasi suara dentuman"):
        assert not is_caption(line)
        assert clean_body([Block(HEADING), Block(line), Block(TEXT)]).paragraphs == [HEADING, line, TEXT]
