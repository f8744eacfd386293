"""An Arabic agency's name alone before the dash, `وكالة` ("agency") and its name (`وكالة الحوزة - خطة مساعدات ...`,
the Hawza agency's tag page): the agency's name, no place. A place's dash before `وكالة` and its name stays a place and
its agency (`رام الله-وكالة سند للأنباء`), and a place alone before the dash stays a place (`جاكرتا - تم افتتاح ...`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, agency", [
    ("وكالة الحوزة - خطة مساعدات أميركية لقطاع غزة، تُدار عبر مؤسسة غامضة، بإشراف كيان الاحتلال ومرتزقة أجانب، تواجه "
     "رفضاً من الأمم المتحدة.", "وكالة الحوزة"),
    ("وكالة الحوزة – أقيمت مراسم إحياء ذكرى استشهاد الإمام في مدينة قم المقدسة.", "وكالة الحوزة"),
])
def test_an_agencys_word_and_its_name_alone_before_the_dash_name_the_agency_no_place(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize("text, place, agency", [
    ("رام الله-وكالة سند للأنباء\nأعلنت وزارة الصحة الفلسطينية", "رام الله", "وكالة سند للأنباء"),
    ("جاكرتا - تم افتتاح المعرض الدولي للمنتجات الحلال في العاصمة الإندونيسية.", "جاكرتا", None),
    ("غزة - صفا\nاستشهد عدد من المواطنين وأصيب آخرون، مساء يوم الأحد، إثر قصف إسرائيلي", "غزة", "صفا"),
])
def test_a_place_before_the_dash_stays_a_place(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)
