"""Calls to scroll and a banner's close mark left as text: an ad's label over the call with its full stop spaced off
(iNews's `Advertisement . Scroll to see content`), a call to scroll to read the article (Suara's AMP `Scroll untuk
membaca artikel`), and a close button's letter in square brackets (Kontan's `[X]`). Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Tapi, Pavlo Kovalchuk, juru bicara Ukraina untuk operasi militer gabungan melawan separatis yang didukung Rusia "
        "di Ukraina Timur membantah tuduhan Rusia tersebut.",
        "“Kami tidak menggunakan artileri untuk menembak balik pasukan pendudukan,” tambahnya, merujuk pada pemberontak "
        "yang mendapat dukungan Rusia yang menguasai sebagian wilayah Donetsk dan Lugansk."]


def test_the_calls_and_the_mark_go():
    for line in ("Advertisement . Scroll to see content", "Scroll untuk membaca artikel", "[X]"):
        assert is_noise(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == TEXT, line


def test_sentences_with_the_words_stay():
    for line in ("Scroll untuk membaca artikel selanjutnya tentang kebijakan pemerintah daerah Jayapura.",
                 "[X] Tutup"):
        assert not is_noise(line), line
