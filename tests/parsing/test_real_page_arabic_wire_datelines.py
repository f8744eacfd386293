"""A wire's Arabic edition opens with the place, its country after an Arabic comma, and the agency in parentheses
before the dash: `دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة ...` (CNN Arabic, 2013: newspaper4k's test page
`arabic_article.html`; `واشنطن، الولايات المتحدة الأمريكية (CNN)-- أحدث الروبوتات ...`). A sentence opening with a
reporting verb before an agency in parentheses (`وقال المرصد (سانا) - إن`, "and the observatory said") is none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.dateline import parse_dateline

LEAD = ("دمشق، سوريا (CNN) -- أكدت جهات سورية معارضة أن فصائل مسلحة معارضة لنظام الرئيس بشار الأسد وعلى صلة "
        "بـ\"الجيش الحر\" تمكنت من السيطرة على مستودعات للأسلحة بريف دمشق تضم كميات من الصواريخ ومضادات الدروع.")
SECOND = ("وقال المرصد السوري لحقوق الإنسان، وهو هيئة معارضة مقرها لندن، إن مقاتلين من عدة كتائب سيطروا على ثلاثة "
          "مستودعات للذخيرة بالقرب من بلدة قلدون في منطقة القلمون بريف دمشق.")


@pytest.mark.parametrize("text, place, agency", [
    (LEAD, "دمشق، سوريا", "CNN"),
    # A CNN Arabic teaser's text (a news site's list of copied stories), the dash glued to the agency.
    ("واشنطن، الولايات المتحدة الأمريكية (CNN)-- أحدث الروبوتات من \"غوغل\" يمكنه أن يدور حول نفسه بانسيابية المتزلجين "
     "على الجليد ويقفز فوق الحواجز العالية.", "واشنطن، الولايات المتحدة الأمريكية", "CNN"),
    # The place alone.
    ("دمشق (CNN) -- أكدت جهات سورية معارضة", "دمشق", "CNN"),
])
def test_a_place_and_an_agency_in_parentheses_before_the_dash(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "وقال المرصد (سانا) - إن الاشتباكات تجددت",
    "قالت الوزارة (واس) - إن الاجتماع عقد",
    "وأكد المتحدث (CNN) -- أن القوات انسحبت",
    # No dash after the agency: a sentence naming its source.
    "دمشق (CNN) أكدت جهات سورية معارضة",
])
def test_a_sentence_before_an_agency_in_parentheses_is_no_dateline(text):
    assert parse_dateline(text) is None


def test_the_page_reads_its_dateline_and_starts_the_body_after_it():
    html = (f"<html lang='ar'><head><title>معارضون يسيطرون على مخازن للصواريخ بريف دمشق - CNNArabic.com</title></head>"
            f"<body><div class='cnn_storyarea'><h1>معارضون يسيطرون على مخازن للصواريخ بريف دمشق</h1>"
            f"<div class='cnn_strycntntrgt'><p><b>{LEAD}</b></p><p>{SECOND}</p><p>{SECOND}</p></div></div></body></html>")
    item = parse_article(html.encode(), "http://arabic.cnn.com/2013/middle_east/8/3/syria.clashes/index.html")
    assert item["dateline"]["place"] == "دمشق، سوريا"
    assert item["body"].startswith("أكدت جهات سورية معارضة أن فصائل مسلحة")
