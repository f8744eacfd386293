"""A video's credit under its text in either spelling of the videographer's label (Republika's `Videography: Agung
Sasongko` under the last paragraph, `Videografer: <name>`) is no paragraph. The word in a sentence stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_credit_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Megah dan kokoh, begitulah tampilan gerbang luar kompleks Gedung DPR / MPR RI, Senayan, Jakarta, yang menghadap "
        "jalan Jenderal Gatot Subroto. Tak heran, keberadaan gerbang ini sungguh pas menjadi simbol kedigdayaan.",
        "Dengan biaya pembangunan yang terhitung besar, tidak heran merubuhkan gerbang ini merupakan tujuan paripurna "
        "para demonstran."]


def test_the_videographer_credit_goes():
    for credit in ("Videography: Agung Sasongko", "Videografer: Agung Sasongko", "Videografi : Agung Sasongko"):
        assert clean_body([Block(TEXT[0]), Block(TEXT[1]), Block(credit)]).paragraphs == TEXT, credit


def test_the_word_in_a_sentence_stays():
    assert not is_credit_line("Videography: seni merekam gambar bergerak yang kini diajarkan di banyak sekolah.")
    assert not is_credit_line("Ia belajar videography sejak SMA.")
