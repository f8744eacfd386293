"""An Arabic outlet's name, its last word an outlet's (`نيوز`, `اليوم`), then the dash and the city ending its line
(`شفق نيوز- بغداد`, `بغداد اليوم – بغداد`, an Iraqi paper's house style): the outlet first, the city second, not the
other way round; a word that is no listed city there is a desk's (`محافظات`, "governorates"), and the outlet stands
alone."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    (" date 2026-02-28 شفق نيوز- بغداد\n\nدعت وزارة الداخلية العراقية، يوم السبت، المواطنين إلى الالتزام بالتعليمات "
     "الأمنية وتجنب التجمعات", ("بغداد", "شفق نيوز")),
    ("بغداد اليوم -بغداد\nأعلنت وزارة الداخلية، اليوم الجمعة، توفير الأجواء الأمنية المناسبة للمحتفلين برأس السنة",
     ("بغداد", "بغداد اليوم")),
    ("الداخلية تنفي إصدار أي توجيه بفتح الملاجئ\n\nبغداد اليوم – بغداد\n\nنفت وزارة الداخلية، اليوم الخميس (19 حزيران "
     "2025)، صحة ما تداولته بعض مواقع التواصل الاجتماعي", ("بغداد", "بغداد اليوم")),
    (" date 2025-11-21 شفق نيوز- محافظات\n\nشهدت العاصمة بغداد وثلاث محافظات عراقية، مساء الجمعة، حوادث أمنية مختلفة",
     (None, "شفق نيوز")),
])
def test_outlet_then_city_ending_the_line(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # the place first and the outlet's name after its dash, as before
    ("غزة - صفا\nاستشهد شاب فلسطيني برصاص قوات الاحتلال الإسرائيلي صباح اليوم في مدينة غزة", ("غزة", "صفا")),
    ("رام الله - صدى نيوز - عززت قوات الاحتلال من تواجدها العسكري في محيط المدينة", ("رام الله", "صدى نيوز")),
])
def test_place_first_forms_unchanged(text, reading):
    assert place_and_agency(text) == reading
