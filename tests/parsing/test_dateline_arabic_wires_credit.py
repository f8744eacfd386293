"""An Arabic outlet's name after the place's dash, then `وكالات` ("agencies") ending the line (`غزة – الرسالة نت
وكالات`): the wires the outlet drew on too, no word of its name."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("غزة – الرسالة نت وكالات\nقالت مصادر فلسطينية وشهود عيان إن مجموعة نشطاء فلسطينيين نجت الليلة من قصف إسرائيلي",
     ("غزة", "الرسالة نت")),
    ("غزة - الرسالة + وكالات\nقالت مصادر فلسطينية وشهود عيان إن مجموعة نشطاء نجت من القصف", ("غزة", "الرسالة")),
])
def test_outlet_before_wires_credit(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    ("غزة – الرسالة نت\nقالت مصادر فلسطينية وشهود عيان إن مجموعة نشطاء نجت", ("غزة", "الرسالة نت")),
    ("أبوظبي - سكاي نيوز عربية\nأخفق المنتخب في التأهل إلى النهائي", ("أبوظبي", "سكاي نيوز عربية")),
    ("غزة – صفا\nاستشهد شابان برصاص الاحتلال شرق المدينة", ("غزة", "صفا")),
])
def test_near_misses_stay(text, reading):
    assert place_and_agency(text) == reading
