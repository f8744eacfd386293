"""A box between the paragraphs whose one link holds its label and the other story's headline both (a WordPress
plugin's `<a><span>See also</span>&nbsp; <span>Selangau MP to miss Parliament sitting</span></a>` in Sarawak Tribune
2024): no text, the headline a related story. The same words as a sentence, or with the link on part of them, stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://www.newsarawaktribune.com.my/our-border-police-are-prepared/"
LEAD = ("KUCHING: Police personnel on duty at Sarawak’s borders are prepared to face any threat that could harm the "
        "peace and security of the state.")
LAST = ("“Although there is not much losses incurred in these (unoccupied) houses, it is still a criminal case,” he "
        "explained.")
BOX = ('<a href="https://www.newsarawaktribune.com.my/selangau-mp-to-miss-parliament-sitting/" class="IRPP_ruby">'
       '<div><div class="centered-text-area"><div class="centered-text"><div class="IRPP_ruby-content">'
       '<span class="ctaText">{label}</span>&nbsp; <span class="postTitle">Selangau MP to miss Parliament sitting'
       '</span></div></div></div></div></a>')


def page(middle: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Our border police are prepared</title>"
            "<meta property='article:published_time' content='2024-11-28T17:40:00+08:00'></head><body><article>"
            f"<h1 class='entry-title'>Our border police are prepared</h1><div class='entry-content'><p>{LEAD}</p>"
            f"{middle}<p>{LAST}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("label", ["See also", "SEE ALSO", "Read also"])
def test_the_linked_box_is_a_related_story(label):
    item = parse_article(page(BOX.format(label=label)), URL)
    assert "Selangau" not in item["body"]
    assert item["body"].endswith("he explained.")


@pytest.mark.parametrize("middle", [
    "<p>See also the report the police gave to the state assembly last week on border crossings.</p>",
    '<p>See also <a href="https://www.newsarawaktribune.com.my/report/">the police report</a> tabled last week.</p>',
])
def test_a_sentence_or_a_partly_linked_line_stays(middle):
    assert "See also" in parse_article(page(middle), URL)["body"]
