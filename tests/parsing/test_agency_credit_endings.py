"""A closing line naming only the agency the story came from, on pages of no known site: the agency's full name and
its initials (MINA's `#Mi’raj Islamic News Agency (MINA)`, with a typographic apostrophe), and the Arabic credits of
Jordan's and Syria's agencies (`--(بترا)`, `(سانا)`) that MINA's Arabic copies keep."""

from __future__ import annotations

import pytest

from crawler.parsing.agencies import agency_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = "Jakarta – Teks pertama yang cukup panjang."
LAST = "Tidak jelas bagaimana Kim akan melakukan perjalanan ke Rusia."


def paragraphs(*texts: str) -> list[str]:
    return clean_body([Block(LEAD), *(Block(text) for text in texts)]).paragraphs


@pytest.mark.parametrize("credit", ["#Mi’raj Islamic News Agency (MINA)", "#Mi'raj Islamic News Agency (MINA)",
                                    "Mi’raj Islamic News Agency (MINA)", "Syrian Arab News Agency (SANA)",
                                    "--(بترا)", "(سانا)"])
def test_an_agency_credit_closing_the_text_is_no_paragraph(credit):
    assert paragraphs(LAST, credit) == ["Teks pertama yang cukup panjang.", LAST]


@pytest.mark.parametrize("sentence", ["Hal itu disampaikan di Jakarta kemarin (ANTARA)",
                                      "Pemerintah Suriah membantah laporan itu kepada kantor berita SANA."])
def test_a_sentence_ending_with_an_agency_stays(sentence):
    assert paragraphs(LAST, sentence)[-1] == sentence


@pytest.mark.parametrize(("token", "name"), [("Mi’raj News Agency", "MINA"), ("بترا", "Petra"), ("سانا", "SANA"),
                                              ("SANA", "SANA"), ("sana", None), ("Petra", None)])
def test_the_agency_table_reads_them(token, name):
    # `Petra` alone is Jordan's ancient city, `sana` an Indonesian word ("there").
    assert agency_name(token) == name
