"""An Arabic place's colon, then its reporter's name ending the line, the paragraph on the next (`الخرطوم: محمد بدر
الدين` below the headline, a Sudanese paper's byline): the place is read on a line below the first, as the paragraph
runs on below it; a list's rows, each with its own colon, stay unread."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file


def test_place_colon_and_reporter_above_the_paragraph():
    text = ("تجار ذهب بالخرطوم يلوحون بإغلاق محلاتهم احتجاجاً على زيادة الرسوم\n\n\nالخرطوم: محمد بدر الدين\n"
            "لاحت بوادر أزمة بين تجار الذهب بوسط الخرطوم وهيئة المواصفات والمقاييس، بعد أن زادت الهيئة رسوم الدمغة")
    assert place_and_agency(text) == ("الخرطوم", None)


def test_a_list_of_places_with_colons_is_no_dateline_above_its_next_row():
    text = "أسعار الذهب\nالخرطوم: مرتفعة جدا\nالقاهرة: منخفضة قليلا\nبغداد: 200"
    assert place_and_agency(text) is None


def test_a_short_line_after_the_name_is_no_paragraph():
    assert place_and_agency("تجار ذهب يلوحون\nالخرطوم: محمد بدر الدين\nلاحت بوادر") is None
