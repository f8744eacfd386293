"""A wire's name alone in capitals after the last sentence, no dash before it (a Malay blog's copy of a wire story:
`... Operasi mencari dan menyelamat sedang dijalankan. AP`): the story's source, not text. Only the agencies' table
names count: a desk's own code there, or a word in capitals that names no agency, is left as it is, and so is a
name the sentence itself closes on."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Sekurang-kurangnya 200 orang disahkan mati dalam kejadian gempa bumi berukuran 7.6 pada skala Richter di "
        "wilayah Sumatera Barat, Indonesia setakat ini.")
MIDDLE = "Kardono berkata hampir 500 bangunan runtuh di Padang yang menempatkan kira-kira 900,000 penduduk."
LAST = "Operasi mencari dan menyelamat sedang dijalankan."


def _paragraphs(last):
    return clean_body([Block(LEAD), Block(MIDDLE), Block(last)]).paragraphs


def test_the_wire_after_the_last_sentence_leaves():
    for wire in ("AP", "AFP", "ANTARA"):
        assert _paragraphs(f"{LAST} {wire}") == [LEAD, MIDDLE, LAST], wire


def test_other_capitals_and_a_closing_name_stay():
    for last in (f"{LAST} IKI", f"{LAST} TNI", "Bantuan itu dikirim oleh pemerintah AS",
                 "Operasi itu dipimpin oleh TNI dan Polri bersama BNPB"):
        assert _paragraphs(last) == [LEAD, MIDDLE, last], last
