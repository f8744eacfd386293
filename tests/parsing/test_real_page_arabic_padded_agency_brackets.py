"""A site copying CNN's Arabic edition prints the wire's parentheses padded inside (`دبي، الإمارات العربية المتحدة
( CNN )-- ردت وزارة الداخلية السورية ...`): the dateline is the same as unpadded (`دمشق، سوريا (CNN) -- أكدت ...`), its
place the city and its country, its agency the wire; the lead follows it. Words in padded parentheses inside a
sentence open no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.dateline import parse_dateline

LEAD = ("دبي، الإمارات العربية المتحدة ( CNN )-- ردت وزارة الداخلية السورية، الاثنين، على ما أثير حول وقوع حدث أمني "
        "استهدف الرئيس الانتقالي أحمد الشرع وعددًا من المسؤولين.")
MORE = ("كانت منشورات روجتها حسابات في موقعي فيسبوك وإكس زعمت تعرض الرئيس السوري للإصابة خلال إطلاق نار بالعاصمة "
        "دمشق .")


def test_the_padded_wire_dateline_opens_the_copy():
    html = ("<html lang='ar' dir='rtl'><head><title>السلطات السورية ترد على ما أثير حول استهداف الشرع</title></head>"
            "<body><article><h1>السلطات السورية ترد على ما أثير حول استهداف الشرع</h1><div class='entry-content'>"
            f"<p>{LEAD}</p><p>{MORE}</p></div></article></body></html>")
    item = parse_article(html.encode(), "https://example.net/international/7099827")
    assert item["dateline"]["place"] == "دبي، الإمارات العربية المتحدة"
    assert item["dateline"]["agency"] == "CNN"
    assert item["body"].startswith("ردت وزارة الداخلية السورية")


@pytest.mark.parametrize(("text", "place", "agency"), [
    ("دبي، الإمارات العربية المتحدة ( CNN )-- ردت وزارة", "دبي، الإمارات العربية المتحدة", "CNN"),
    ("دمشق، سوريا (CNN) -- أكدت جهات سورية", "دمشق، سوريا", "CNN"),
    ("الرياض ( واس ) - قال وزير", "الرياض", "SPA"),
])
def test_padded_and_unpadded_read_alike(text, place, agency):
    dateline = parse_dateline(text)
    assert (dateline.place, dateline.agency) == (place, agency)


def test_padded_words_inside_a_sentence_open_no_dateline():
    assert parse_dateline("قال المتحدث إن الوزارة ( CNN ) - لم تؤكد الخبر") is None
