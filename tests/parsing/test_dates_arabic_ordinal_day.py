"""An Arabic day written as an ordinal word before a Gregorian month and a year (`في السابع من أكتوبر 2023`, "on the
seventh of October 2023"; `الخامس عشر من يونيو 2024`, `الحادي والعشرين من مارس 2024`), or joined to the month by `لـ`
(`الإثنين الموافق للثامن يوليو 2024`): that day. It has no day number, so the body's scan looks at the year after the
word. An ordinal counting a month's parts (`النصف الثاني من يونيو 2024`, `الأسبوع الثالث من مارس 2024`), a Hijri month,
an impossible day or a date without its year stay no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 9, 8, 10, 0, tzinfo=WIB)


def body_days(text: str) -> list[str]:
    return [found["date"] for found in find_body_dates(text, BASE)]


@pytest.mark.parametrize(("text", "expected"), [
    ("قال رئيس الاستخبارات العسكرية السابق: أنا أشعر بالخجل والعار مما حدث لنا في السابع من أكتوبر 2023. من دون "
     "الولايات المتحدة، لما كانت إسرائيل قادرة على الصمود خلال الحرب", ["2023-10-07"]),
    ("في السابع من أكتوبر 2023، انطلقت معركة طوفان الأقصى لتشكّل نقطة تحوّل في الصراع", ["2023-10-07"]),
    ("يعود وثائقي ساعات الطوفان الأولى إلى يوم السابع من أكتوبر 2023، يوم عملية طوفان الأقصى", ["2023-10-07"]),
    ("ومساء أمس السبت، أعلنت اللجنة الوطنية للأهلة، أن غدا الإثنين الموافق للثامن يوليو 2024 هو فاتح محرم للعام "
     "الهجري 1446.", ["2024-07-08"]),
    ("في السابع من تشرين الأول/ أكتوبر 2023", ["2023-10-07"]),
    ("في الخامس عشر من يونيو 2024", ["2024-06-15"]),
    ("يوم الحادي والعشرين من مارس 2024", ["2024-03-21"]),
    ("في الحادي والثلاثين من ديسمبر 2023", ["2023-12-31"]),
    ("في العشرين من مايو 2024", ["2024-05-20"]),
    ("في الأول من يونيو 2024", ["2024-06-01"]),
    ("يوم السابع من أكتوبر عام 2023", ["2023-10-07"]),
])
def test_an_ordinal_day_before_a_month_and_a_year_is_that_day(text: str, expected: list[str]) -> None:
    assert body_days(text) == expected


def test_an_ordinal_day_in_a_header_line() -> None:
    assert minute_in_wib("الأربعاء السابع من أكتوبر 2023", BASE) == "2023-10-07T00:00"


@pytest.mark.parametrize("text", [
    "في النصف الثاني من يونيو 2024",
    "خلال الأسبوع الثالث من مارس 2024",
    "صباح اليوم الخميس الثامن من شهر ذي الحجة 1443هـ إلى مشعر منى",
    "في الثلاثين من فبراير 2024",
    "الربع الأول من عام 2024",
    "للمرة الثانية منذ بدء العدوان في السابع من تشرين الأول/ أكتوبر من العام الماضي.",
    "كانون الثاني يناير 2024",
])
def test_other_ordinals_stay_no_date(text: str) -> None:
    assert body_days(text) == []
