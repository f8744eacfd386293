"""MINA's Arabic service of 2014-2016 wrote the place on its own line under the masthead's date, the country and its
city (`إندونيسيا- جاكرتا`) or the city and its country, whose long name has three words (2016: `جدة – المملكة العربية
السعودية`, "Jeddah – the Kingdom of Saudi Arabia"). The country's name is more of the dateline, not the lead; a short
line of a sentence after the dash stays the lead."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.sites import SITES

MASTHEAD = "السبت  13 ربيع الثاني 1437//23 يناير/كانون الثاني 2016 وكالة معراج للأنباء الإسلامية ”مينا”."
LEAD = ("التقى وزيرة الخالريجي الأندونسي ريتنو مارسودي مع وزير الخارجية الفلسطينية رياض المالكي في لقاء الثنائي خلال"
        " منظمة المؤتمر الإسلامي في جدة.")


def _opening(*lines: str) -> tuple[str, str | None]:
    result = clean_body([Block(line) for line in lines], profile=SITES["mina"])
    return result.paragraphs[0], result.dateline.place if result.dateline else None


@pytest.mark.parametrize("place_line", [
    "جدة – المملكة العربية السعودية",
    "أبوظبي – الإمارات العربية المتحدة",
])
def test_a_citys_long_country_name_is_no_lead(place_line):
    assert _opening(MASTHEAD, place_line, LEAD)[0] == LEAD
    assert _opening(place_line, LEAD)[0] == LEAD


@pytest.mark.parametrize(("place_line", "first"), [
    # Near misses that stay as they were: a country over its city, short sentences after the dash.
    ("إندونيسيا- جاكرتا", LEAD),
    ("جاكرتا - الشرطة تعتقل مشتبها", "الشرطة تعتقل مشتبها"),
    ("جاكرتا - تم افتتاح المركز الإعلامي", "تم افتتاح المركز الإعلامي"),
])
def test_other_lines_after_the_dash_stay(place_line, first):
    assert _opening(place_line, LEAD)[0] == first
