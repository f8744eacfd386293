"""An Arabic writer's label and its dash over the lead (`كتبت-زينب سعيد`, an Egyptian paper's "wrote (she) - <name>";
`كتب – عماد إبراهيم`; `حاوره`, "interviewed him"): no place and outlet, the credits read the writer; a place and its
outlet after a dash stay datelines."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text", [
    "استشهاد مصور صحفي في قناة «الأقصى» جراء عدوان الاحتلال\nكتبت-زينب سعيد\nاستشهد عبد الله درويش المصور الصحفي في "
    "فضائية \"الأقصى\"، صباح الجمعة، في غارة للاحتلال الإسرائيلي على قطاع غزة",
    "كتب - عماد إبراهيم\nاستشهد عبد الله درويش المصور الصحفي في فضائية الأقصى",
    "كتب – عماد إبراهيم - استشهد عبد الله درويش المصور الصحفي في فضائية الأقصى",
    "حاوره - عماد إبراهيم\nقال وزير الخارجية إن المفاوضات مستمرة",
])
def test_a_writers_label_before_its_dash_is_no_dateline(text):
    assert place_and_agency(text) is None


@pytest.mark.parametrize(("text", "reading"), [
    ("غزة - صفا\nاستشهد شاب برصاص الاحتلال", ("غزة", "صفا")),
    ("الخليل- معا- اقتحمت قوات الاحتلال البلدة", ("الخليل", "معا")),
    ("القاهرة - مصر اليوم\nشهد قطاع غزة تصعيدا من جانب الاحتلال الإسرائيلي", ("القاهرة", "مصر اليوم")),
])
def test_a_place_and_its_outlet_after_a_dash_stay(text, reading):
    assert place_and_agency(text) == reading
