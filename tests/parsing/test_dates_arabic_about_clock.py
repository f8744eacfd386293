"""An Arabic clock said to be about that time after its date (`حوالي`, about: a wire's `الجمعة ، 25 مارس ، في حوالي
الساعة 15.30 WIB`): the date's clock, as `في الساعة` is."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2022, 3, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("في السابق ، استنادا إلى ملاحظات VOI في الميدان ، كان الحشد لا يزال مزدحما في منطقة تمثال أرجونا ويواها للخيول ، "
     "الجمعة ، 25 مارس ، في حوالي الساعة 15.30 WIB. لكن الكثافة التي جمعها العمل الجماعي لم تسبب الازدحام.",
     "2022-03-25T15:30"),
    ("الجمعة 25 مارس 2022 حوالي الساعة 15:30", "2022-03-25T15:30"),
    ("الجمعة ، 25 مارس ، في حوالى الساعة 10.00 WITA", "2022-03-25T09:00"),
    # As before: at the hour.
    ("الجمعة ، 25 مارس ، في الساعة 15.30 WIB", "2022-03-25T15:30"),
])
def test_a_clock_said_about_after_an_arabic_date_is_the_dates(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("الجمعة 25 مارس 2022 حوالي 15 شخصا", "2022-03-25T00:00"),  # about fifteen people: no clock
    ("الجمعة 25 مارس 2022 حوالي الساعة", "2022-03-25T00:00"),
])
def test_about_without_a_clock_keeps_the_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected
