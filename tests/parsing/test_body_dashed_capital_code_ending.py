"""A desk's or a source's initials in capitals after a dash closing the last sentence (Harian Metro's copy on a blog,
2012: `... penjual durian itu kelihatan tenang ketika dibawa polis. - SM` over `sumber : hmetro`): the code leaves
the text. A wire after the dash stays the agencies' to read, and a dash inside a sentence or a score stays."""

from __future__ import annotations

from crawler.parsing.credits import split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("SINGAPURA: Akibat perselisihan faham, seorang lelaki Singapura, dimasukkan ke hospital dalam keadaan kritikal "
        "selepas ditikam gara-gara durian berharga Sg$2 (RM5), semalam.")
LAST = ("Penyerangnya, penjual durian berusia 61 tahun ditahan polis. Saksi berkata, penjual durian itu kelihatan "
        "tenang ketika dibawa polis.")


def test_the_dashed_code_leaves_the_last_paragraph():
    result = clean_body([Block(LEAD), Block("Mangsa mengalami dua luka tikaman di belakang tubuh."),
                         Block(LAST + " - SM"), Block("sumber : hmetro")])
    assert result.paragraphs[-1] == LAST
    assert result.signature == {"raw": "- SM", "codes": ["SM"]}


def test_wires_dashes_in_sentences_and_scores_stay():
    assert split_signature("Dia kemudian disahkan meninggal dunia. - AFP") == (
        "Dia kemudian disahkan meninggal dunia. - AFP", None)
    for text in ("Skor akhir pertandingan itu 2 - 1.", "Pasukan itu menang atas lawannya - AS",
                 "Dia berkata demikian - SM Holdings ialah syarikat induknya."):
        assert split_signature(text) == (text, None)
