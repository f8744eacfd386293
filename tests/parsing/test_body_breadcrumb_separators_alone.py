"""A breadcrumb's separators left alone on their line when its links' names were lost (Kompas TV's AMP page: `> >` over
the text) are no text; a line with words after the mark stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Wakil Presiden Jusuf Kalla yang juga Ketua Umum Dewan Masjid Indonesia melepas rombongan bus pemudik di kantor "
        "Dewan Masjid Indonesia, Kebayoran Baru, Jakarta Selatan.",
        "Dewan Masjid menggandeng Palang Merah Indonesia untuk memastikan kesehatan para pemudik."]


def test_the_separators_go():
    for line in ("> >", ">", "» »", "›"):
        assert is_noise(line), line
    assert clean_body([Block("> >"), *(Block(text) for text in TEXT)]).paragraphs == TEXT


def test_a_line_with_words_stays():
    line = "> Pemudik diminta beristirahat setiap empat jam perjalanan."
    assert not is_noise(line)
    assert clean_body([*(Block(text) for text in TEXT), Block(line)]).paragraphs == [*TEXT, line]
