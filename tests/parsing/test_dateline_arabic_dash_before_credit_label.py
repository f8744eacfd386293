"""An Arabic place, its dash, then a credit's label, its colon and the writer's name ending the line (`رام الله- حوار:
محمد العواودة`, "interview:"), the paragraph below: the place alone, the label no outlet's name."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("وزير الصحة: حققنا تقدماً ملموساً في القطاع الصحي وافتتاحات لمراكز ضخمة خلال الأشهر القليلة المقبلة\n\n"
     "رام الله- حوار: محمد العواودة\n\nأكد وزير الصحة د. جواد عواد أن القطاع الصحي الحكومي في فلسطين شهد نهضة كبيرة",
     ("رام الله", None)),
])
def test_a_credit_label_after_the_place_dash(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("غزة- المسار : استشهد شاب برصاص قوات الاحتلال صباح اليوم في مدينة غزة", ("غزة", "المسار")),  # a sentence runs on
    ("القاهرة - مصراوي:\nشارك الآلاف في المسيرة", ("القاهرة", "مصراوي")),  # the outlet's colon ends the line
    ("القاهرة - مصراوي: استشهد شاب\nفي المدينة", ("القاهرة", "مصراوي")),  # a sentence's line wrapped short
])
def test_an_outlet_before_its_colon_reads_as_before(text, reading):
    assert place_and_agency(text) == reading
