"""An Arabic outlet's name alone with the dash glued to its last word and a space after it (` date 2026-01-20 الوكيل
الإخباري- شرعت جرافات ...`, Alwakeel News behind the page's date stamp): the outlet, no place, as when the dash stands
between spaces. A glued dash after `اليوم`, "today", stays no dateline: a sentence's aside closes so."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, agency", [
    (" date 2026-01-20 الوكيل الإخباري- شرعت جرافات الاحتلال الإسرائيلي، صباح اليوم الثلاثاء، بهدم منشآت داخل مجمع",
     "الوكيل الإخباري"),
    ("الوكيل الاخباري - اقتحم مستوطنون، اليوم الأحد، باحات المسجد الأقصى المبارك، من جهة باب المغاربة",
     "الوكيل الاخباري"),
])
def test_an_outlets_name_before_a_glued_or_spaced_dash_is_the_outlet(text, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (None, agency)


@pytest.mark.parametrize("text", [
    "قال مراسلنا فجر اليوم- إن قوات الاحتلال اقتحمت البلدة",
    "صباح اليوم- أعلنت وزارة الصحة عن ارتفاع عدد الشهداء",
])
def test_a_glued_dash_after_today_is_no_dateline(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
