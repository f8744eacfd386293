"""An Arabic daily's endings under the text: its wire's name in guillemets alone (`«سانا»`), a theme's "you may also
like" box (`قد يعجبك ايضا`) and a "latest news" heading (`آخر الأخبار`). Guillemets around a word that names no agency,
and the words inside a sentence, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["توغلت آليات الاحتلال الإسرائيلي صباح اليوم في أراضي الفلسطينيين وسط قطاع غزة المحاصر.",
           "وأوضحت وكالة الأنباء الفلسطينية «معا» أن ست آليات للاحتلال توغلت شرق مخيم المغازي وسط القطاع وشرعت بأعمال "
           "تجريف للأراضي في المنطقة."]
LAST = ("وتتوغل قوات الاحتلال يوميا في أراضي الفلسطينيين على أطراف قطاع غزة المحاصر وتقوم بتجريفها لحرمانهم من "
        "زراعتها والاستفادة منها في ظل الحصار الجائر الذي تفرضه عليهم منذ سنوات.")


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in [*OPENING, *lines]]).paragraphs


def test_the_wire_in_guillemets_and_the_boxes_under_it_leave_the_body():
    assert _paragraphs([LAST, "«سانا»", "قد يعجبك ايضا", "آخر الأخبار"]) == [*OPENING, LAST]


def test_the_wire_in_guillemets_alone_leaves_the_body():
    assert _paragraphs([LAST, "«سانا»"]) == [*OPENING, LAST]


def test_a_you_may_also_like_box_over_its_headlines_leaves_the_body():
    box = ["قد يعجبك أيضاً", "الاحتلال يتوغل في أراضي الفلسطينيين وسط غزة", "آخر الأخبار"]
    assert _paragraphs([LAST, *box]) == [*OPENING, LAST]


def test_a_word_in_guillemets_naming_no_agency_stays():
    assert _paragraphs([LAST, "«الحرية»"]) == [*OPENING, LAST, "«الحرية»"]


def test_the_words_inside_a_sentence_stay():
    line = "وقال مسؤول إن آخر الأخبار من غزة تؤكد استمرار القصف على المخيمات."
    assert _paragraphs([line, LAST]) == [*OPENING, line, LAST]
