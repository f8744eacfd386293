"""An Arabic outlet's name of three words after the place's dash, ending its line, its second word a brand's borrowed
from English (`أبوظبي - سكاي نيوز عربية`, "Sky News Arabia", over its video's lead): the three words are the outlet's;
a sentence of three words after the dash (`استشهد اليوم شابان`, "two young men were killed today") is none."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("فيتو أميركي يعطل مشروع قرار بمجلس الأمن لوقف الحرب في غزة\n\nأبوظبي - سكاي نيوز عربية\n\nأخفق مجلس الأمن الدولي، "
     "في تمرير مشروع قرار لوقف إطلاق النار في قطاع غزة", ("أبوظبي", "سكاي نيوز عربية")),
    ("أبوظبي - سكاي نيوز عربية\nأخفق مجلس الأمن الدولي في تمرير مشروع قرار", ("أبوظبي", "سكاي نيوز عربية")),
])
def test_three_word_outlet_with_a_brand_word(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize(("text", "reading"), [
    # a sentence's three words after the dash: the place alone, as before
    ("غزة - استشهد اليوم شابان\nبرصاص الاحتلال شرق المدينة", ("غزة", None)),
    # two words, as before
    ("أبوظبي - سكاي نيوز\n\nأخفق مجلس الأمن الدولي في تمرير مشروع قرار", ("أبوظبي", "سكاي نيوز")),
    ("القدس المحتلة –  قدس برس\nاستشهد شاب برصاص الاحتلال", ("القدس المحتلة", "قدس برس")),
])
def test_sentences_and_two_word_outlets_stay(text, reading):
    assert place_and_agency(text) == reading
