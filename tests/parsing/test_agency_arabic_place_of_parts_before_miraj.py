"""MINA's Arabic edition also writes a village and its regency before its other name, `(معراج)` ("Mi'raj"), in
parentheses and without a comma before it, the dash glued to the bracket or spaced (2021: `سيليونجسي ، بوجور (معراج)-`,
"Cileungsi, Bogor"). Opening the text and closed by the dash, the parts are the place; the name inside a sentence, no
dash after it, is no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_dateline
from crawler.sites import SITES
from dateline_readings import place_and_agency  # beside this file

LEAD = ("  شدد مدير وزارة الشؤون الخارجية للشرق الأوسط في إندونيسيا ، هندرانينج كوبارسيه ، على موقف إندونيسيا حتى الآن"
        " ولم يتغير لدعم الفلسطينيين.")


@pytest.mark.parametrize(("opening", "place"), [
    ("سيليونجسي ، بوجور (معراج)-", "سيليونجسي ، بوجور"),
    ("سيليونجسي، بوجور (معراج) –", "سيليونجسي، بوجور"),
    ("مهاجرون، جنوب لامبونج (معراج) -", "مهاجرون، جنوب لامبونج"),
    # Near misses that stay as they were: one place before the name, the comma form with `مينا`.
    ("جاكرتا (معراج) –", "جاكرتا"), ("سيليونجسي (معراج)-", "سيليونجسي"),
    ("مهاجرون، جنوب لامبونج، مينا –", "مهاجرون، جنوب لامبونج"),
])
def test_a_place_of_parts_before_the_bracketed_name(opening, place):
    assert place_and_agency(opening + LEAD) == (place, "MINA")
    found = parse_dateline(opening + LEAD, profile=SITES["mina"])
    assert (found.place, found.agency, found.raw) == (place, "MINA", opening)


@pytest.mark.parametrize("sentence", [
    "قال السفير، في حديث خاص (معراج) إن الدعم مستمر.",
    "وقال رئيس التحرير، عصمت رؤوف، لوكالة (معراج) إن الدعم مستمر.",
])
def test_the_name_inside_a_sentence_is_no_dateline(sentence):
    assert place_and_agency(sentence) is None
