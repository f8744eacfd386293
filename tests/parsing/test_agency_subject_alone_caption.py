"""RMOL's caption under a title may name its subject alone, one word before the agency's slash (`AHY/RMOL`, a
portrait of Agus Harimurti Yudhoyono, rmol.id 2017): no paragraph is one word and an agency's name, so the line goes as
a caption. A word and a name that is no agency (`TNI/Polri`), a fraction or a date, a word and a portal's source word
stay: only the table's agency vouches for so short a caption."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Makan sate di Aryaduta, rasanya lezat nikmat terasa. Sukses selalu rakyat merdeka online, kantor berita "
        "politik yang lain dari pada yang lain.")
NEXT = ("Begitu pantun yang dilontarkan Direktur Eksekutif Yudhoyono Institut, Agus Harimurti Yudhoyono dalam acara "
        "Malam Budaya Manusia Bintang 2017, di Hotel Aryaduta, Jakarta Pusat, Sabtu (29/7).")


@pytest.mark.parametrize("line", ["AHY/RMOL", "Jokowi/RMOL", "SBY/Antara"])
def test_the_subject_alone_and_the_agency_is_a_caption(line):
    assert is_caption(line)
    assert clean_body([Block(line), Block(LEAD), Block(NEXT)]).paragraphs == [LEAD, NEXT]


@pytest.mark.parametrize("line", ["TNI/Polri", "1/2/2020", "Dan/atau", "Bola/Net"])
def test_other_short_slashed_lines_are_no_caption(line):
    assert not is_caption(line)
