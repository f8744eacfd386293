"""A newspaper's byline over its text naming two writers joined by `and`, filed from two places parted by a slash (an
archive's copy of The Jakarta Post: `Eva C. Komandjaja and Blontank Poer, The Jakarta Post, Jakarta/Surakarta` over
`The National Police revealed on Monday ...`): both are the authors, the places the dateline's, and the line leaves
the body, as one writer's from one place does (`Damar Harsanto, The Jakarta Post, Jakarta`). A second name that is a
place's, or a place that is no place, is no byline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import paper_byline

LEAD = ("The National Police revealed on Monday that the alleged terrorists apprehended last week were planning to "
        "bomb the National Police and the Jakarta Police headquarters.")
MORE = ("He said that the detainees were linked to last year's bomb blast in front of the Australian Embassy in "
        "Kuningan, South Jakarta.")


def read(byline: str) -> dict:
    paragraphs = "".join(f"<p>{line}</p>" for line in (byline, LEAD, MORE))
    html = ("<html><head><title>'Terrorists planned to bomb police HQ'</title></head><body><article class='detail'>"
            "<h1 class='detail__title'>'Terrorists planned to bomb police HQ'</h1>"
            f"<div class='detail__body-text'>{paragraphs}</div></article></body></html>")
    return parse_article(html.encode(), "https://jawawa.id/newsitem/terrorists-planned-to-bomb-police-hq-1447893297")


@pytest.mark.parametrize("byline, author, place", [
    ("Eva C. Komandjaja and Blontank Poer, The Jakarta Post, Jakarta/Surakarta", "Eva C. Komandjaja, Blontank Poer",
     "Jakarta/Surakarta"),
    ("Damar Harsanto, The Jakarta Post, Jakarta", "Damar Harsanto", "Jakarta"),  # read already
])
def test_the_paper_s_byline_names_the_writers_and_the_places(byline, author, place):
    item = read(byline)
    assert item["author"] == author
    assert item["dateline"]["place"] == place
    assert item["body"].startswith("The National Police revealed on Monday")


@pytest.mark.parametrize("line", [
    "Eva C. Komandjaja and Bandung Barat, The Jakarta Post, Jakarta",  # a place's name for the second writer
    "Eva C. Komandjaja, The Jakarta Post, Jakarta/Lorem ipsum",  # no place after the slash
])
def test_other_lines_are_no_paper_byline(line):
    assert paper_byline(line) is None
