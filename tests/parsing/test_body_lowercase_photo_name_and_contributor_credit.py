"""A caption its photographer's first name closes in lower case after the label (Poskota's `... bersama Wali Kota
Serang, Syafruddin. (foto: luthfi)`, printed twice) leaves, and so does a contributor's credit in brackets after the
last sentence (`... tutupnya. (kontributor banten/luthfillah)`). A bracket inside a sentence stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "Ratusan warga Cilowong saat melakukan audiensi bersama Wali Kota Serang, Syafruddin. (foto: luthfi)"
TEXT = ["Adapun untuk teknis lanjutan dari hasil audiensi ini, Syafruddin meminta seluruh RT di Kelurahan Cilowong "
        "datang ke Pemkot Serang untuk membicarakan persoalan selanjutnya.",
        "\"Datang saja langsung yang jam 13.00, nggak usah pakai undangan segala,\" tutupnya."]


def test_the_caption_and_the_contributors_credit_leave():
    assert is_caption(CAPTION)
    result = clean_body([Block(CAPTION), Block(CAPTION), Block(TEXT[0]),
                         Block(f"{TEXT[1]} (kontributor banten/luthfillah)"), Block("Berita Terkait")])
    assert result.paragraphs == TEXT


def test_brackets_inside_sentences_stay():
    line = "Warga menyebut foto itu diambil oleh seorang kontributor (kontributor banten/luthfillah) sebelum rapat dimulai."
    assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line]
    assert not is_caption("Ratusan warga datang ke kantor wali kota, kata dia (foto: luthfi) kemarin.")
