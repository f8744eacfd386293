"""An Arabic city, then an outlet's name between slashes ending its line (`غزة /سما/`, `رام الله / سما /`): a Palestinian
agency's house style. A slash alone joins two places or two words, and a country or a word that names no city stays out."""

import pytest

from crawler.parsing import parse_dateline


@pytest.mark.parametrize("text, place, agency, rest", [
    (" date 2023-01-01 غزة /سما/\n\nاستشهد عدد من المواطنين وأصيب آخرون، مساء يوم الأحد، في قصف لقوات الاحتلال "
     "الإسرائيلي على مدينة غزة ووسط القطاع.", "غزة", "سما", "استشهد"),
    ("رام الله / سما /\nأعلنت وزيرة الصحة الدكتورة مي الكيلة عن توجه الحكومة الى الاغلاق قبيل وخلال فترة عيد الفطر.",
     "رام الله", "سما", "أعلنت"),
])
def test_an_outlet_between_slashes_after_an_arabic_city(text, place, agency, rest):
    found = parse_dateline(text)
    assert found is not None
    assert (found.place, found.agency) == (place, agency)
    assert text[found.end:].lstrip().startswith(rest)


@pytest.mark.parametrize("text", [
    "رام الله/البيرة\nأعلنت البلدية عن خطة جديدة",
    "الصحة / التعليم /\nأعلنت الوزارة عن خطة جديدة",
    "فلسطين / سما /\nأعلنت الوزارة عن خطة جديدة",
    "المنطقة غزة\nاستشهدت سما وهي تبلغ من العمر عامين فقط، وهي من حي الشعف من مدينة غزة.",
])
def test_no_slashed_outlet_without_a_city_and_both_slashes(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
