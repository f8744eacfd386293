"""Palestinian sites' datelines with slashes, the sentence on the same line: the place and the outlet's name each
between spaced slashes (Sama: `رام الله / سما / قام رئيس الوزراء ...`), or the outlet's name first, its slash glued, then
the place and a colon or a second slash (Amad: `أمد/ رام الله: نفى ...`, Ard Kanaan: `أرض كنعان/ رام الله /استنكر ...`).
The place is the dateline's, the outlet's name no text. Two listed places joined by slashes are no outlet."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://samanews.ps/ar/post/175911/"
REST = ("وقال أحد العاملين بوزارة التربية والتعليم ان رئيس الوزراء حضر لمقر الوزارة في تمام الساعة الثامنة وقام بجولة "
        "في المقر لمدة نصف ساعة.")


def page(lead: str) -> bytes:
    return ("<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><title>خبر</title></head><body>"
            "<article><h1 class='detail__title'>الحمدلله يزور مقر وزارة التربية والتعليم</h1>"
            f"<div class='detail__body-text'><p>{lead}</p><p>{REST}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("lead, text", [
    ("رام الله / سما / قام رئيس الوزراء الفلسطيني صباح اليوم الأحد بزيارة مفاجئة الى مقر وزارة التربية والتعليم برام الله.",
     "قام رئيس الوزراء الفلسطيني"),
    ("أمد/ رام الله: نفى المتحدث باسم الحكومة الفلسطينية يوم الاثنين، تعطيل المدارس في الضفة الغربية المحتلة.",
     "نفى المتحدث باسم الحكومة"),
    ("أرض كنعان/ رام الله /استنكر مجلس الوزراء في حكومة رام الله اليوم الثلاثاء، حملة التهديد ضد قطاع غزة.",
     "استنكر مجلس الوزراء"),
])
def test_the_place_between_slashes_is_the_dateline_s(lead, text):
    item = parse_article(page(lead), URL)
    assert (item["dateline"] or {}).get("place") == "رام الله"
    assert item["body"].startswith(text)


def test_two_places_joined_by_slashes_are_no_outlet():
    lead = "رام الله / غزة / تشهد المدينتان اليوم حملة واسعة لتنظيف الشوارع والأحياء بمشاركة المتطوعين من الشباب."
    item = parse_article(page(lead), URL)
    assert (item["dateline"] or {}).get("agency") != "غزة"
