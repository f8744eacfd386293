"""A wire's page opens with its photo's caption closed by a courtesy credit as a sentence of its own, then the byline,
then the dated lead (NNN-BERNAMA 2020: `... during a meet in Singapore. Photo courtesy of BERNAMA.` over `By Massita
Ahmad` over `SINGAPORE, June 25 (NNN-BERNAMA) — ...`): the byline names the writer, as under a caption closed by its
credit in brackets. A first paragraph that only mentions a courtesy, or no byline under the caption, names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

CAPTION = ("File photo of former Prime Minister of Singapore, Goh Chok Tong (right) and former Malaysian Prime "
           "Minister Datuk Seri Abdullah Ahmad Badawi during a meet in Singapore. Photo courtesy of BERNAMA.")
LEAD = ("SINGAPORE, June 25 (NNN-BERNAMA) — Emeritus Senior Minister Goh Chok Tong has decided to retire from "
        "politics, after 44 years in the House.")
MORE = "He said he had informed Prime Minister Lee Hsien Loong of his decision to step down from the party."


def read(*paragraphs: str) -> dict:
    html = ("<html><head><title>Former S'pore PM Goh Chok Tong retires from politics</title></head><body><article>"
            "<h1>Former S'pore PM Goh Chok Tong retires from politics</h1><div class='entry-content'>"
            + "".join(f"<p>{p}</p>" for p in paragraphs) + "</div></article></body></html>")
    return parse_article(html.encode(), "http://www.example.org/read.php?id=goh-chok-tong-retires")


def test_a_byline_under_a_caption_closed_by_its_courtesy_credit_names_the_writer():
    item = read(CAPTION, "By Massita Ahmad", LEAD, MORE)
    assert item["author"] == "Massita Ahmad"
    assert item["dateline"]["place"] == "SINGAPORE"
    assert item["body"].startswith("Emeritus Senior Minister")
    assert "courtesy" not in item["body"]


@pytest.mark.parametrize("paragraphs", [
    (CAPTION, LEAD, MORE),  # no byline under the caption
    ("The museum thanked the family for the loan of the portrait. Photo courtesy of the family was shown at the door.",
     "By the evening the hall was full.", MORE),  # a sentence, not a byline, after a paragraph mentioning a courtesy
])
def test_no_byline_under_the_caption_names_nobody(paragraphs):
    assert read(*paragraphs)["author"] is None
