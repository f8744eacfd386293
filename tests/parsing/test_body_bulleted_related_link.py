"""A story's headline linked alone under a list's bullet between paragraphs (Tribun's `• Penyebab Persipura Jayapura
Kalah 1-3 dari Persib Bandung, Info Pelatih Mutiara Hitam Jacksen Ungkap`): a related entry, not text. A bulleted line
with words outside its link, a link that is a sentence, or a bulleted line with no link stays."""

from __future__ import annotations

from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

BASE = "https://kupang.tribunnews.com/2019/09/24/pelatih-maung-bandung-robert-masih-dibutuhkan"
HEADLINE = "Penyebab Persipura Jayapura Kalah 1-3 dari Persib Bandung, Info Pelatih Mutiara Hitam Jacksen Ungkap"
HREF = "https://kupang.tribunnews.com/2019/09/24/penyebab-persipura-jayapura-kalah-1-3-dari-persib-bandung"
BEFORE = "Disinggung mengenai jumlah bonus yang diberikan kepada Ezechiel N Douassel dkk, Umuh enggan menyebutnya."
AFTER = "Namun yang pasti, kata Umuh Muchtar, kemenangan ini membuatnya tak segan memberikan bonus berlipat."


def test_a_bulleted_linked_headline_between_paragraphs_is_a_related_entry():
    result = clean_body([Block(BEFORE), Block(f"• {HEADLINE}", [Link(HEADLINE, HREF, BASE)]), Block(AFTER)])
    assert result.paragraphs == [BEFORE, AFTER]
    assert [entry["title"] for entry in result.related] == [HEADLINE]


def test_bulleted_lines_that_are_not_a_linked_headline_stay():
    sentence = "Laga itu disiarkan langsung oleh Indosiar mulai pukul 15.00 WIB."
    for block in (Block(f"• {HEADLINE}"),
                  Block(f"• {HEADLINE} dan dua laga lain", [Link(HEADLINE, HREF, BASE)]),
                  Block(f"• {sentence}", [Link(sentence, HREF, BASE)])):
        assert clean_body([Block(BEFORE), block, Block(AFTER)]).paragraphs == [BEFORE, block.text, AFTER]
