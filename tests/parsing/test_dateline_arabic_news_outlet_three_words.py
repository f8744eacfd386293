"""parse_dateline on an Arabic outlet's name of three words ending with "news" as an adjective (`زاد الاردن الاخباري`,
Zad al-Urdun News) alone before its dash, the dash between spaces or ending the line: the outlet, no place."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, agency", [
    ("زاد الاردن الاخباري -\nقال رئيس الوزراء بشر الخصاونة أن أوضاعنا الماليَّة والنقديَّة ممتازة، ومقبلون على استقطاب "
     "استثمارات كبرى.", "زاد الاردن الاخباري"),
    ("زاد الاردن الاخباري - قال رئيس الوزراء بشر الخصاونة أن أوضاعنا الماليَّة والنقديَّة ممتازة.", "زاد الاردن الاخباري"),
    ("عمون الإخباري -\nقال رئيس الوزراء بشر الخصاونة أن أوضاعنا الماليَّة والنقديَّة ممتازة.", "عمون الإخباري"),
])
def test_an_arabic_news_outlet_alone_before_its_dash(text, agency):
    assert place_and_agency(text) == (None, agency)


def test_two_words_with_the_dash_glued_stay():
    assert place_and_agency("الوكيل الإخباري- شرعت وزارة الصحة في حملة تطعيم واسعة.") == (None, "الوكيل الإخباري")


@pytest.mark.parametrize("text", [
    "أخبار الأردن اليوم - قال رئيس الوزراء بشر الخصاونة أن أوضاعنا الماليَّة والنقديَّة ممتازة.",
    "قال مراسلنا فجر اليوم - إن قوات الاحتلال اقتحمت البلدة.",
])
def test_today_closing_three_words_is_no_outlet(text):
    found = place_and_agency(text)
    assert found is None or found[1] is None
