"""An Arabic interview's byline names its interviewer as the writer: `حاوره` (he interviewed him), `حاورته` (she did),
`حاورها` (him or her interviewing a woman), the place the interview was held in may come before the slash or colon
(Al-Motamar's `حاوره في صنعاء / عبد الملك الفهيدي -`). The same verb inside a sentence names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file

LEAD = "<p>المطلوب من الإعلام العربي لعب دوره القومي في التصدي للأخطار المحدقة بالأمة في هذه المرحلة الراهنة.</p>"


@pytest.mark.parametrize(("line", "name"), [
    ("حاوره في صنعاء / عبد الملك الفهيدي -", "عبد الملك الفهيدي"),
    ("حاوره: عبد الملك الفهيدي", "عبد الملك الفهيدي"),
    ("حاورته: سارة أحمد", "سارة أحمد"),
    ("حاورها في القاهرة: محمد علي", "محمد علي"),
])
def test_the_interviewer_is_the_writer(line, name):
    credits = parse_credits(line)
    assert credits is not None and credits.author == name


def test_the_interview_byline_opening_the_text_names_the_writer():
    item = parse_article(page(lead=f"<p>حاوره في صنعاء / عبد الملك الفهيدي -</p>{LEAD}"), URL)
    assert item["author"] == "عبد الملك الفهيدي"


@pytest.mark.parametrize("line", ["حاوره الصحفي في صنعاء عن الإعلام العربي", "وقد حاوره في صنعاء عدد من الصحفيين",
                                  "المحاور في صنعاء / عبد الملك الفهيدي"])
def test_the_verb_in_a_sentence_names_nobody(line):
    credits = parse_credits(line)
    assert credits is None or credits.author is None
