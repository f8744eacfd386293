"""A read-also label whose link was lost, left after the closing code or the last sentence of a paragraph (a portal's
`... termasuk Yerusalem yang diduduki. (prim) Baca juga :`): the label goes, the code is read as the signature. A
label with its headline, or the words inside a sentence, stay as they are read elsewhere."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

FIRST = ("Otoritas Israel di Penjara Damon telah melarang tahanan wanita Palestina mengenakan hijab. Layanan Penjara "
         "Israel (IPS) dilaporkan telah menyita pakaian keagamaan, termasuk hijab, niqab, dan jilbab.")
LAST = ("Mayoritas tahanan ini ditahan dalam penahanan administratif, tanpa dakwaan atau pengadilan, berdasarkan bukti "
        "yang dirahasiakan. Sejak Oktober 2023, Otoritas Palestina memperkirakan lebih dari 11.500 warga Palestina "
        "telah ditangkap di Tepi Barat yang diduduki, termasuk Yerusalem yang diduduki.")


def test_a_label_after_the_closing_code_leaves_and_the_code_is_read():
    result = clean_body([Block(FIRST), Block(f"{LAST} (prim) Baca juga :")])
    assert result.paragraphs == [FIRST, LAST]
    assert result.signature == {"raw": "(prim)", "codes": ["prim"]}


def test_a_label_after_the_last_sentence_leaves():
    for label in ("Baca juga:", "BACA JUGA :", "Simak juga:"):
        assert clean_body([Block(FIRST), Block(f"{LAST} {label}")]).paragraphs == [FIRST, LAST]


def test_the_words_inside_a_sentence_stay():
    line = "Ia meminta warga untuk baca juga: aturan baru itu sebelum mendaftar."
    assert clean_body([Block(FIRST), Block(line)]).paragraphs == [FIRST, line]
    line = "Kata yang sering dipakai portal berita adalah baca juga:"
    assert clean_body([Block(FIRST), Block(line)]).paragraphs == [FIRST, line]
