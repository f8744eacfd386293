"""parse_dateline on an Egyptian paper's regional credit: the place, its dash, then the correspondent's name of two
words, a colon after it or none, the story below (`كفرالشيخ - إسلام عمار:`, `المنيا - جمال محمد:`): the place alone,
no outlet; outlets' names after the dash (one word, the article in them, an outlet's or a desk's word) stay outlets."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    (" date 2025-08-22 المنيا - جمال محمد:\n\nأعلنت مديرية الأوقاف بالمنيا، اليوم الجمعة، عن افتتاح 4 مساجد جديدة في "
     "عدة قرى بالمحافظة", "المنيا"),
    ("وكيل أوقاف كفرالشيخ: 299 مسجدًا جاهزًا لاستقبال المعتكفين\nكتب : مصراوي\nالشيخ سعد الفقي وكيل وزارة الأوقاف "
     "بكفرالشيخ\nكفرالشيخ - إسلام عمار:\nقال الشيخ سعد الفقي وكيل وزارة الأوقاف بكفرالشيخ، إن مساجد الاعتكاف المخصصة "
     "من قبل المديرية", "كفرالشيخ"),
    ("أوقاف كفر الشيخ تفتتح مسجدا جديدا غدا\n\nالشيخ سعد الفقي وكيل وزارة الأوقاف بكفر الشيخ\nكفر الشيخ - محمد نصار\n"
     "نشر في: الخميس 28 يناير 2016 - 1:32 م | آخر تحديث: الخميس 28 يناير 2016 - 1:32 م\n\nقال الشيخ سعد الفقي وكيل "
     "وزارة الأوقاف بكفر الشيخ، إنه تقرر افتتاح مسجد", "كفر الشيخ"),
])
def test_the_correspondents_name_is_no_outlet(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text, reading", [
    ("القاهرة - مصراوي:\nشارك الآلاف في الاحتفال بالعيد القومي للمحافظة مساء أمس.", ("القاهرة", "مصراوي")),
    ("غزة- المسار : استشهد شاب فلسطيني برصاص قوات الاحتلال.", ("غزة", "المسار")),
    ("القدس المحتلة - متابعة صفا\nاقتحم عدد من المستوطنين وطلاب يهود صباح يوم الثلاثاء، باحات المسجد الأقصى المبارك",
     ("القدس المحتلة", "متابعة صفا")),
    ("رام الله-أخبار والأعمال-تفقد الرئيس محمود عباس، مساء الخميس، أحوال المواطنين في مدينة رام الله.",
     ("رام الله", "أخبار والأعمال")),
    ("أرض كنعان/ رام الله /استنكر مجلس الوزراء في حكومة رام الله اليوم الثلاثاء، حملة التهديد ضد قطاع غزة.",
     ("رام الله", "أرض كنعان")),
])
def test_outlets_after_or_before_the_place_stay(text, reading):
    assert place_and_agency(text) == reading
