"""parse_dateline on an Arabic dateline whose place is a capital spelt as its country (`عمان` is Amman and Oman) before
an outlet's name glued between hyphens (`عمان- معا- طلب ...`, Ma'an's house style): the city and the outlet. Before a
listed city the name stays the country (`الكويت - الجهراء`), and a country alone before an outlet stays out."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place, agency", [
    ("عمان- معا- طلب رئيس الوزراء الأردني، عمر الرزاز، اليوم الأربعاء من فريقه الوزاري تقديم استقالاتهم تمهيدا لإجراء "
     "تعديل وزاري على حكومته في الأيام المقبلة.", "عمان", "معا"),
    ("الكويت- معا- أعلنت وزارة الصحة الكويتية اليوم الأحد عن تسجيل حالات جديدة.", "الكويت", "معا"),
])
def test_a_capital_spelt_as_its_country_before_an_outlet(text, place, agency):
    assert place_and_agency(text) == (place, agency)


def test_another_city_before_the_outlet_stays():
    assert place_and_agency("بيت لحم- معا- طلب رئيس الوزراء الأردني، عمر الرزاز، اليوم الأربعاء من فريقه الوزاري.") == (
        "بيت لحم", "معا")


@pytest.mark.parametrize("text", [
    "عمان- مسقط- أعلنت وزارة الصحة العمانية اليوم الأحد عن تسجيل حالات جديدة.",
    "ماليزيا- معا- أعلنت وزارة الصحة الماليزية اليوم الأحد عن تسجيل حالات جديدة.",
])
def test_a_country_before_a_city_or_a_country_alone_is_no_outlet_dateline(text):
    found = place_and_agency(text)
    assert found is None or found[1] is None
