"""The writer's line over an English dateline with its label in small letters (ANTARA English 2014, its writer's
posts: `by Andi Abdussalam` over `Jakarta, Sept 25 (Antara) - ...`), alone in its block, run into the dateline after
a line break or on the same line: the name is the writer, the text starts after the dateline's dash. Real openings in
a reduced page of the era's template; made-up near misses (a sentence's words after `by`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.profile import GENERIC
from crawler.parsing.text import clean_body
from crawler.sites import SITES

from dateline_readings import place_and_agency  # beside this file

URL = "https://en.antaranews.com/news/95900/number-of-poor-in-indonesia-could-potentially-increase"
LEAD = ("Records of the Central Bureau of Statistics (BPS) reveal that Indonesia was home to some 28.28 million poor "
        "people last March, higher than the 28.17 million recorded in the same period the year before.")
DATELINE = "Jakarta, Sept 25 (Antara) - "
NEXT = ("BPS Chief Suryamin said recently that the rise in the number of poor people could be attributed to the losses "
        "incurred by those working in the agricultural sector as the harvest season had been delayed due to "
        "unfavorable climatic conditions.")


def _page(opening: str) -> str:
    """Template A (2015-2017): `#content_news` with paragraphs split by `<br /><br />`."""
    return ("<html><head><title>Number of poor in Indonesia could potentially increase - ANTARA News</title></head>"
            "<body><div class='bjbrt' itemscope itemtype='http://schema.org/NewsArticle'>"
            "<h1 class='title' itemprop='headline'><strong>Number of poor in Indonesia could potentially "
            "increase</strong></h1><div class='date mt10'>Thursday, 25 September 2014 19:20 WIB | 1.229 Views</div>"
            f"<div id='content_news' itemprop='articleBody'>{opening}<br /><br />{NEXT}"
            "<p class='date'>COPYRIGHT &copy; ANTARA 2014</p></div></div></body></html>")


@pytest.mark.parametrize("opening", [
    f"by Andi Abdussalam<br /><br />          {DATELINE}{LEAD}",  # the writer's line a block of its own
    f"by Andi Abdussalam<br />\n          {DATELINE}{LEAD}",  # ...or the dateline under it after a line break
    f"by Andi Abdussalam {DATELINE}{LEAD}",  # ...or on the same line
])
@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_small_letter_byline_over_the_dateline_names_the_writer(opening, profile):
    item = parse_article(_page(opening), URL, profile=profile)
    assert item["author"] == "Andi Abdussalam"
    assert place_and_agency(item["dateline"]["raw"]) == ("Jakarta", "ANTARA")
    assert item["body"].startswith(LEAD[:40])
    assert "by Andi" not in item["body"]


@pytest.mark.parametrize(("opening", "author"), [
    ("by Andi Abdussalam", "Andi Abdussalam"),
    ("By Andi Abdussalam", "Andi Abdussalam"),  # the capital label as before
    ("by the way, the survey was late", None),  # a sentence's words after `by`, no name
    ("by 2020, the survey said", None),
])
def test_only_a_name_after_the_small_label_is_a_byline(opening, author):
    cleaned = clean_body([Block(opening), Block(DATELINE + LEAD), Block(NEXT)])
    assert cleaned.byline_author == author


def test_a_glued_small_letter_byline_keeps_the_place_out_of_the_name():
    cleaned = clean_body([Block(f"by Andi Abdussalam {DATELINE}{LEAD}"), Block(NEXT)])
    assert cleaned.credits.author == "Andi Abdussalam"
    assert (cleaned.dateline.place, cleaned.paragraphs[0]) == ("Jakarta", LEAD)
