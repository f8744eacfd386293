"""An Arabic site's name ending with `للأنباء` ("for news") alone before the dash, no place: the outlet."""
import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    # a Jordanian site's lead, the dash ending its line
    ("صوت البلد للأنباء –\nيواصل الاحتلال الصهيوني منذ 18 مارس/آذار الماضي، حربه المفتوحة على قطاع غزة",
     (None, "صوت البلد للأنباء")),
    ("صوت البلد للأنباء – يواصل الاحتلال الصهيوني منذ 18 مارس", (None, "صوت البلد للأنباء")),
    ("وكالة سند للأنباء – يواصل الاحتلال قصفه", (None, "وكالة سند للأنباء")),
    ("عمان - صوت البلد للأنباء – يواصل الاحتلال قصفه", ("عمان", "صوت البلد للأنباء")),
    # the place after the agency and its dash, ending the line, stays read
    ("شبكة الخامسة للأنباء - غزة\nأعلن الدفاع المدني", ("غزة", "شبكة الخامسة للأنباء")),
])
def test_an_agency_name_alone_before_the_dash(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text", [
    # a reporting verb opens a sentence, no agency's name
    "قال مصدر للأنباء – إن الاحتلال قصف المنطقة",
    "وأكد مصدر للأنباء – إن الاحتلال قصف المنطقة",
])
def test_a_sentence_with_the_word_stays(text):
    assert place_and_agency(text) is None
