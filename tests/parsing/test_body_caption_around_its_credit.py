"""A photo's credit alone between two prints of its caption (Republika: `Warga membaca epaper koran Republika ...
Jumat (29/12).` over `Foto: Edwin D Putranto/Republika` over the caption again): both prints leave with the credit. A
paragraph over a credit, the next block another, stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "Warga membaca epaper koran Republika melalui perangkat telepon genggam di Jakarta, Jumat (29/12)."
CREDIT = "Foto: Edwin D Putranto/Republika"
TEXT = ["Tepat 31 Desember 2022 dini hari, mesin cetak Republika di Kawasan Pulo Gadung, Jakarta, menuntaskan tugasnya. "
        "Hari itu edisi terakhir koran Republika dicetak dengan gambar sampul yang sangat simbolis.",
        "Republika lahir pada saat negeri ini dipimpin oleh Presiden Soeharto. Tepatnya, tanggal kelahiran Republika "
        "adalah 4 Januari 1993."]


def test_both_prints_leave_with_the_credit():
    assert clean_body([Block(CAPTION), Block(CREDIT), Block(CAPTION), *(Block(text) for text in TEXT)]).paragraphs == TEXT
    assert clean_body([Block(TEXT[0]), Block(CAPTION), Block(CREDIT), Block(CAPTION),
                       Block(TEXT[1])]).paragraphs == TEXT


def test_a_paragraph_over_a_credit_stays():
    result = clean_body([Block(TEXT[0]), Block(CAPTION), Block(CREDIT), Block(TEXT[1])])
    assert result.paragraphs == [TEXT[0], CAPTION, TEXT[1]]
