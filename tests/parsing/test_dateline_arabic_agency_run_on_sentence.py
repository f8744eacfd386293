"""An Arabic place, a hyphen and the table's agency in Arabic, the sentence running on after a space on the same line
(`نيويورك-سانا شددت الدول المشاركة ...`, SANA's teaser under an article): the place and the agency. The place alone
before a spaced dash and any other word stays a place alone (`جاكرتا - تم افتتاح ...`), and the agency ending its line
stays read as before (`القدس المحتلة-سانا`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("نيويورك-سانا شددت الدول المشاركة في أعمال مؤتمر الأمم المتحدة رفيع المستوى حول التسوية السلمية لقضية",
     "نيويورك", "SANA"),
])
def test_a_place_and_the_tables_agency_before_a_run_on_sentence(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text, place, agency", [
    ("القدس المحتلة-سانا\nحولت قوات الاحتلال الإسرائيلي صباح اليوم مدينة القدس المحتلة إلى ثكنة عسكرية",
     "القدس المحتلة", "SANA"),
    ("جاكرتا - تم افتتاح المعرض الدولي للمنتجات الحلال في العاصمة الإندونيسية.", "جاكرتا", None),
    ("القدس المحتلة - المغرب اليوم\nهدمت قوات الاحتلال الإسرائيلي اليوم منشأة فلسطينية، في حي واد الجوز بالقدس المحتلة.",
     "القدس المحتلة", "المغرب اليوم"),
])
def test_other_arabic_openings_stay_as_they_were(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)
