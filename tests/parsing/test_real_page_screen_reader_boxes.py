"""A box of other stories between an English article's paragraphs whose items carry labels only screen readers get
(Al Jazeera, 2026: `Recommended Stories` over three links, each after `<span class="screen-reader-text">list 1 of
3</span>`, the box closed by `end of list`): the labels are no text a reader sees, the box is no article text.

The markup is the real page's (trafilatura's test cache `aljazeera.com.malawians.html`), cut down to the article."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsing import parse_article

PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "aljazeera_recommended_box.html"
URL = "https://www.aljazeera.com/news/2026/6/11/thousands-of-malawians-flee-homes-in-south-africa-amid-xenophobic-threats"

PARAGRAPH = ("<p>At the park, which had transformed into a makeshift transit camp on Wednesday, many people said "
             "repatriation was their only option amid violent protests aimed at immigrants.</p>")
LATER = ("<p>The unrest is pushing thousands to seek an escape. Nigeria repatriated a first group of 260 nationals on "
         "Thursday and plans to move out more of its citizens in the coming days.</p>")


def _page(box: str) -> bytes:
    return (f"<html><head><title>Malawians flee | Al Jazeera</title></head><body><main><h1>Malawians flee</h1>"
            f"<div class='wysiwyg'>{PARAGRAPH}{box}{LATER}{PARAGRAPH.replace('park', 'camp')}</div></main>"
            f"</body></html>").encode()


@pytest.fixture(scope="module")
def item() -> dict:
    return parse_article(PAGE.read_bytes(), URL)


def test_the_box_and_its_labels_leave_the_body(item):
    body = item["body"]
    for furniture in ("Recommended Stories", "list of 3 items", "list 1 of 3", "end of list",
                      "Fearful foreign nationals in South Africa forced out of their homes", "Advertisement"):
        assert furniture not in body
    assert body.startswith("More than 3,000 Malawians, including hundreds of children, are staying in an open field")
    assert "many people said repatriation was their only option amid violent protests aimed at immigrants.\n\n" \
           "The unrest is pushing thousands to seek an escape." in body
    assert body.endswith("campaign ahead of local government elections in November.")


def test_the_box_links_are_the_related_stories(item):
    assert [entry["title"] for entry in item["related"]] == [
        "Fearful foreign nationals in South Africa forced out of their homes",
        "Why are Nigeria-South Africa tensions rising amid xenophobic attacks?",
        "Nigerian migrants flee South Africa after spike in xenophobic protests"]


def test_the_rest_of_the_page_reads_as_before(item):
    assert item["title"] == "Malawians and Nigerians flee South Africa amid xenophobic threats"
    assert item["author"] is None  # `By Al Jazeera Staff and AFP`: a desk and an agency, no one's name
    assert item["category"] == "Migration"


def test_a_visible_span_in_a_paragraph_stays():
    box = "<p>The ministry said <span class='highlight'>1,000 citizens</span> want to leave South Africa.</p>"
    assert "The ministry said 1,000 citizens want to leave South Africa." in parse_article(_page(box), URL)["body"]


@pytest.mark.parametrize("sentence", [
    # The words as a sentence's start, not a box's heading alone on its line.
    "Recommended stories of survival were shared by the families at the camp on Wednesday.",
    "More stories like hers are told at the park, where hundreds wait for the buses home.",
])
def test_a_sentence_opening_with_the_heading_words_stays(sentence):
    assert sentence in parse_article(_page(f"<p>{sentence}</p>"), URL)["body"]
