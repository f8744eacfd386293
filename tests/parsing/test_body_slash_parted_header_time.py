"""A header's date parted from its clock by a slash, printed inside the text container over the caption (Kontan's
`Senin, 21 Februari 2022 / 20:57 WIB`): a header line, not text, as with a bar (`... 2022 | 20:57 WIB`)."""

from __future__ import annotations

from crawler.parsing.credits import is_header_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Tapi, Pavlo Kovalchuk, juru bicara Ukraina untuk operasi militer gabungan melawan separatis yang didukung Rusia "
        "di Ukraina Timur membantah tuduhan Rusia tersebut.",
        "“Mereka melakukan provokasi yang berbeda dan menghasilkan berita palsu setiap hari, bahkan beberapa kali "
        "sehari,” ungkap Kovalchuk kepada wartawan di Kramatorsk, seperti dilansir Reuters."]


def test_the_slash_parted_header_goes():
    line = "Senin, 21 Februari 2022 / 20:57 WIB"
    assert is_header_line(line)
    assert clean_body([Block(line)] + [Block(text) for text in TEXT]).paragraphs == TEXT


def test_a_sentence_with_a_date_and_a_clock_stays():
    line = "Sidang dibuka pada Senin, 21 Februari 2022 / 20:57 WIB di Jakarta."
    assert not is_header_line(line)
