"""A video's crew credited alone on the line under its text, one of them named after a one-letter title (ANTARA's
video pages: `(Rinto A Navis/Sandy Arizona/I Gusti Agung Ayu N)`): the credit goes like any crew's. A bracket of
two names or words in a sentence stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Perang di Jalur Gaza, Palestina, berlangsung selama 15 bulan namun telah menghancurkan infrastruktur dan "
        "perumahan warga Palestina yang berdomisili di Gaza.",
        "Walaupun sempat terlambat sekitar tiga jam, namun perang di Gaza dihentikan mulai Minggu (19/1) pukul 11.15 "
        "waktu setempat."]


def test_the_crew_line_with_a_titled_name_goes():
    blocks = [Block(text) for text in TEXT] + [Block("(Rinto A Navis/Sandy Arizona/I Gusti Agung Ayu N)")]
    assert clean_body(blocks).paragraphs == TEXT


def test_the_crew_run_into_the_text_goes():
    blocks = [Block(TEXT[0]), Block(TEXT[1] + " (Rinto A Navis/Sandy Arizona/I Gusti Agung Ayu N)")]
    assert clean_body(blocks).paragraphs == TEXT


def test_brackets_of_the_text_stay():
    for line in ("Rombongan tiba di Denpasar bersama tokoh adat (I Gusti Ngurah/Ketut Sudarsana).",
                 "Hasilnya dibagi dua (I/II)."):
        assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line]
