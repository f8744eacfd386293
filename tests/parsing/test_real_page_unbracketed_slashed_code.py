"""The writers' initials in lower case, slashed and with no brackets, on a line of their own under the last sentence
(Solopos 2010: `... disediakan hotel,” imbuh Subakin.` over `ant/nad`) or after its stop, close the text as the
bracketed `(ant/nad)` does: the code leaves the body and is its signature. Slashed little words (`dan/atau`) and a
code run into a sentence with no stop before it stay the text's."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Jemaah haji Indonesia gelombang kedua mulai masuk ke Kota Madinah, sejak Jumat dini hari dan diperkirakan "
        "3.392 orang jemaah Indonesia memadati Raudhah.")
LAST = "“Sebaiknya barang berharga dan uang tunai disimpan di safety boks yang sudah disediakan hotel,” imbuh Subakin."


@pytest.mark.parametrize("code", ["ant/nad", "ant/nad/rbk"])
def test_the_code_alone_on_its_line_closes_the_text(code):
    body = clean_body([Block(LEAD), Block(LAST), Block(code)])
    assert body.paragraphs == [LEAD, LAST]
    assert body.signature is not None and body.signature["raw"] == code


def test_the_code_after_the_last_stop_closes_the_text():
    body = clean_body([Block(LEAD), Block(f"{LAST} ant/nad")])
    assert body.paragraphs == [LEAD, LAST]
    assert body.signature is not None and body.signature["codes"] == ["ant", "nad"]


@pytest.mark.parametrize("line", [
    "Peserta wajib membawa KTP. dan/atau",
    "Harga cabai naik ant/nad",
])
def test_sentences_stay(line):
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]
