"""An Arabic site may open its text with its city, an Arabic comma and its own name, the name's last word an
outlet's (`اليوم`, "today"; `نيوز`, "news"), then the dash (Indonesia Alyoum 2025: `جاكرتا، إندونيسيا اليوم — التقى
...`, "Jakarta, Indonesia Today —"), as the Latin forms write `Jakarta, tvOnenews.com -`: the city is the place, the
name the outlet. A country alone after the comma, a time of day (`صباح اليوم`, "this morning") or a name with no
outlet's word stays no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from dateline_readings import place_and_agency  # beside this file

LEAD = ("التقى فريق «إندونيسيا اليوم» نائب وزير الخارجية في جمهورية إندونيسيا لشؤون العالم الإسلامي، أنيس متّى، في "
        "مقر وزارة الخارجية وسط جاكرتا، مساء الثلاثاء (١٦ ديسمبر/كانون الأول ٢٠٢٥).")


def test_the_city_then_the_site_s_name():
    assert place_and_agency(f"جاكرتا، إندونيسيا اليوم — {LEAD}") == ("جاكرتا", "إندونيسيا اليوم")


@pytest.mark.parametrize("opening", ["جاكرتا، إندونيسيا — ", "جاكرتا، صباح اليوم — ", "القاهرة، اليوم السابع — "])
def test_a_country_a_time_or_a_name_without_an_outlet_s_word_is_no_dateline(opening):
    assert place_and_agency(f"{opening}{LEAD}") is None


def test_the_page_s_text_opens_after_the_dateline():
    url = ("https://indonesiaalyoum.com/indonesia-alyoum-team-meets-deputy-foreign-minister-anis-matta-arab-media-"
           "diplomacy")
    html = (f"<html lang='ar'><head><title>فريق «إندونيسيا اليوم» يلتقي نائب وزير الخارجية أنيس متّى</title></head>"
            f"<body><article><h1>فريق «إندونيسيا اليوم» يلتقي نائب وزير الخارجية أنيس متّى</h1><div class='entry-content'>"
            f"<p>جاكرتا، إندونيسيا اليوم — {LEAD}</p><p>وتناول اللقاء آليات تعزيز الدبلوماسية الإندونيسية في العالم "
            f"الإسلامي، عبر توظيف الإعلام الناطق بالعربية، وتطوير إنتاج المعرفة، وتكثيف المبادرات الثقافية.</p>"
            f"</div></article></body></html>")
    item = parse_article(html, url)
    assert item["dateline"]["place"] == "جاكرتا"
    assert item["body"].startswith("التقى فريق «إندونيسيا اليوم»")
