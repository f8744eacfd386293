"""An Arabic tatweel between spaces written for the dateline's dash (`جاكرتا ـ المغرب اليوم`, the Arabs Today network's
copy): the place and the outlet's name read as with a hyphen; a tatweel inside a word only stretches it."""

from __future__ import annotations

from crawler.parsing.dateline import parse_dateline


def test_a_tatweel_for_the_dash_before_the_outlets_name():
    text = ("إندونيسيا تعيد فتح المساجد\nجاكرتا ـ المغرب اليوم\n\nعرضت فضائية يورو نيوز، تقريرا يبرز إقامة أول صلاة جماعة"
            " فى إندونيسيا بعد فتح المساجد")
    found = parse_dateline(text)
    assert (found.place, found.agency, found.raw) == ("جاكرتا", "المغرب اليوم", "جاكرتا ـ المغرب اليوم")
    assert text[found.start:found.end] == found.raw


def test_a_tatweel_for_the_dash_before_the_sentence():
    found = parse_dateline("جاكرتا ـ تم افتتاح المسجد الكبير في العاصمة الإندونيسية")
    assert (found.place, found.agency, found.raw) == ("جاكرتا", None, "جاكرتا ـ")


def test_a_tatweel_inside_a_word_is_no_dash():
    assert parse_dateline("قالـ الوزير إن العلاقات بين البلدين متينة") is None
