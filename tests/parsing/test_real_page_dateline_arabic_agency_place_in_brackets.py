"""A Saudi paper's credit of the Saudi Press Agency's copy: the agency's Arabic name, then the place in brackets, alone
on the line over the lead (Okaz: `واس ( رام الله )` over `قال رئيس الوزراء الفلسطيني ...`): the place and the agency
are read and the credit leaves the text. On the lead's own line, or with a word that is no agency's before the
brackets, nothing is read."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_article

LEAD = ("قال رئيس الوزراء الفلسطيني رامي الحمد الله، أن الشعب الفلسطيني يتعرض اليوم إلى ظلم تاريخي جديد بعد القرار "
        "الأمريكي بالاعتراف بالقدس عاصمة لإسرائيل وبنقل السفارة الأميركية إليها.")


@pytest.mark.parametrize("text, reading", [
    (f"واس ( رام الله )\n\n{LEAD}", ("رام الله", "SPA")),
    (f"واس (الرياض)\n{LEAD}", ("الرياض", "SPA")),
    (f"واس ( رام الله ) {LEAD}", None),
    (f"فيديو ( رام الله )\n{LEAD}", None),
])
def test_readings(text, reading):
    assert place_and_agency(text) == reading


def test_the_credit_leaves_the_text():
    page = ("<html lang='ar'><head><title>الحمد الله</title></head><body><article><h1>الحمد الله</h1>"
            f"<div class='content'><p>واس ( رام الله )</p><p>{LEAD}</p><p>وأكد الحمد الله في خلال جلسة الوزراء التي "
            "عقدت في رام الله، اليوم ( الثلاثاء)، رفض القرار الأمريكي.</p></div></article></body></html>").encode()
    item = parse_article(page, "https://okaz.com.sa/politics/na/1597354")
    assert item["dateline"]["place"] == "رام الله"
    assert item["body"].startswith("قال رئيس الوزراء الفلسطيني")
