"""A comment box's heading asked of the reader under a one-paragraph story (Metropolitan's `Komentar Anda?` over
`LEAVE A REPLY`): the box goes, and the code closing the paragraph (`(BS)`) is read. A paragraph asking a question
stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ("Deputi VII Kementerian Koordinator (Kemko) Polhukam Agus R Barnas mengemukakan tidak benar bahwa Kedutaan Besar "
        "Amerika Serikat sudah tahu lebih awal soal adanya bom di Sarinah. ”Dia bilang tidak ada seperti yang beredar "
        "di medsos itu,” tutur Agus.")


def test_the_question_heading_goes():
    body = clean_body([Block(TEXT + "(BS)"), Block("Komentar Anda?"), Block("LEAVE A REPLY")])
    assert body.paragraphs == [TEXT]
    assert body.signature["raw"] == "(BS)"


def test_a_question_of_the_text_stays():
    line = "Bagaimana tanggapan Anda?"
    assert clean_body([Block(TEXT), Block(line)]).paragraphs == [TEXT, line]
