"""A news archive blog's copy closing with its source's address in square brackets after `More at` (a 2006 copy of
Bernama: `... to check the menace.` over `[More at http://www.bernama.com.my/bernama/v3/news.php?id=231052]`): the
line is no text, as `[From <address>]` is. A bracket holding more than the address stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_credit_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("KUALA LUMPUR, Nov 19 (Bernama) -- Anti-Corruption Agency (ACA) director-general wants the continuing fall in "
        "the Corruption Perception Index (CPI), Malaysia, should serve as a \"wake-up call\".")
LAST = ("He said public awareness on corrupt practices was on the rise but this did not necessarily mean it would be "
        "translated into a more positive cooperation to check the menace.")


def test_the_bracketed_link_leaves_the_text():
    line = "[More at http://www.bernama.com.my/bernama/v3/news.php?id=231052]"
    assert is_credit_line(line)
    assert clean_body([Block(LEAD), Block(LAST), Block(line)]).paragraphs[-1] == LAST


def test_a_bracket_with_more_than_the_address_stays():
    assert not is_credit_line("[More at http://www.bernama.com.my on the agency's coverage of the index]")
