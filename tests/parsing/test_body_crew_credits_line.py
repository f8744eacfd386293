"""A video's crew credited in brackets on a line of their own under the text's last paragraph (ANTARA's video pages:
`... dari para korban.` over `(Donny Aditra/Rizky Bagus Dhermawan/Ludmila Yusufin Diah Nastiti)`) is no text. An
editor's initials on such a line are the closing code, and a bracketed line that is a sentence stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ("Dalam konferensi pers Jumat (3/6) Direktorat Polisi Perairan dan Udara Polda Sumut menyebut bahwa pihaknya "
        "menangkap dua perompak perahu penumpang di wilayah Perairan Belawan, Sumatera Utara. Dua perompak tersebut "
        "kerap meresahkan anak buah kapal (ABK) dan penumpang perahu penyeberangan, dengan mengambil secara paksa "
        "harta berupa emas dan barang berharga lainnya dari para korban.")


def test_the_crew_on_its_own_line_goes():
    result = clean_body([Block(TEXT), Block("(Donny Aditra/Rizky Bagus Dhermawan/Ludmila Yusufin Diah Nastiti)")])
    assert result.paragraphs == [TEXT]


def test_the_crew_after_a_wire_name_goes():
    result = clean_body([Block(TEXT), Block("(REUTERS/Ria Gracia/Rizky Bagus Dhermawan/Rinto A Navis)")])
    assert result.paragraphs == [TEXT]


def test_the_crew_still_goes_when_run_into_the_text():
    result = clean_body([Block(f"{TEXT} (Donny Aditra/Rizky Bagus Dhermawan/Ludmila Yusufin Diah Nastiti)")])
    assert result.paragraphs == [TEXT]


def test_an_editors_initials_stay_a_code():
    result = clean_body([Block(TEXT), Block("(T/R1/P2)")])
    assert result.paragraphs == [TEXT]
    assert result.signature is not None


def test_a_bracketed_sentence_and_a_line_alone_stay():
    aside = "(Pernyataan ini disampaikan Kapolda/Wakapolda/Irwasda usai rapat koordinasi di Medan.)"
    assert clean_body([Block(TEXT), Block(aside)]).paragraphs == [TEXT, aside]
    lone = "(Donny Aditra/Rizky Bagus Dhermawan/Ludmila Yusufin Diah Nastiti)"
    assert clean_body([Block(lone)]).paragraphs == [lone]
