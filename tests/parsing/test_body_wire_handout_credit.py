"""A photo's caption closed by a wire's name over the handout's source, both in capitals (a blog's copy of a wire story:
`... in Pyongyang March 20, 2013. REUTERS/KCNA`, printed twice between the paragraphs): no text. A sentence ending in
an institution's pair stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("A rocket is fired during a drill of drone planes assaulting targets in an undisclosed location in this picture "
           "released by the North's official KCNA news agency in Pyongyang March 20, 2013. REUTERS/KCNA")
TEXT = ["A Pentagon spy agency has concluded with \"moderate confidence\" that North Korea has developed a nuclear-tipped "
        "ballistic missile, an assessment swiftly dismissed by several U.S. officials and South Korea.",
        "The Defense Intelligence Agency (DIA) said such a weapon would probably be unreliable."]


def test_the_caption_printed_twice_goes():
    assert clean_body([Block(TEXT[0]), Block(CAPTION), Block(CAPTION), Block(TEXT[1])]).paragraphs == TEXT


def test_paragraphs_ending_in_pairs_stay():
    for line in ("Pasukan gabungan berjaga di perbatasan sejak pagi. TNI/POLRI",
                 "Rapat itu dihadiri perwakilan kedua lembaga. KPK/BPK"):
        assert not is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line], line
