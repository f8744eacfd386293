"""A theme's `Show More` button left as a line over its related box (Bakhtar's `Show More` over `Related Articles` and
`Back to top button`) is no paragraph. A sentence that says it stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Meanwhile, Raisi called the meeting of OANA organization important and valuable in the field of communication "
        "and media cooperation between representatives of countries.",
        "The 18th assembly of the Organization of News Agencies of Asia and the Pacific OANA took place in the capital "
        "of Iran, Tehran, and will last for another day."]


def test_the_button_goes():
    blocks = [Block(TEXT[0]), Block(TEXT[1]), Block("Show More"), Block("Related Articles"), Block("Back to top button")]
    assert clean_body(blocks).paragraphs == TEXT


def test_a_sentence_saying_it_stays():
    assert not is_noise("Show more respect to the pilgrims, the minister said.")
