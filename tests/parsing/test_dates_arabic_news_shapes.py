"""Arabic news shapes: a date written with the year's word before a later one without it (`تأسس إندونيسيا اليوم في 24
ابريل عام 2014م, وبدأ بثها التجريبي في 29 ابريل 2014م`: the first), a clock `في الساعة` ("at the hour") after a date
(`الاثنين ، 12 فبراير ، في الساعة 18.05 WIB`), and a weekday's year-less date whose month has two words or two names
(`الثلاثاء، 17 تشرين الثاني/نوفمبر`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("تأسس إندونيسيا اليوم في 24 ابريل عام 2014م, وبدأ بثها التجريبي في 29 ابريل 2014م",
     datetime(2014, 4, 24, tzinfo=WIB)),
    ("في 5 نوفمبر/تشرين الثاني عام 2009 ثم 7 نوفمبر 2009", datetime(2009, 11, 5, tzinfo=WIB)),
    # A later date that is no Arabic shape's stays second.
    ("في 29 ابريل 2014م ثم 30 ابريل عام 2014", datetime(2014, 4, 29, tzinfo=WIB)),
])
def test_the_first_written_arabic_date_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("رصد VOI في جالان ميدان ميرديكا بارات ، الاثنين ، 12 فبراير ، في الساعة 18.05 WIB ، شوهد الطلاب",
     datetime(2024, 2, 12, 18, 5, tzinfo=WIB)),
    ("الاثنين 12 فبراير 2024 في الساعة 18.05", datetime(2024, 2, 12, 18, 5, tzinfo=WIB)),
    # `في` (in) before a count is no clock.
    ("الاثنين 12 فبراير 2024 في 18 منطقة", datetime(2024, 2, 12, tzinfo=WIB)),
])
def test_a_clock_at_the_hour_after_a_date_is_its_time(text: str, expected: datetime) -> None:
    assert parse_date(text, base=datetime(2024, 2, 12, 19, tzinfo=WIB)) == expected


@pytest.mark.parametrize("text", [
    "قال، في ندوة عبر الإنترنت حول قانون خلق فرص العمل، الثلاثاء، 17 تشرين الثاني/نوفمبر. .",
    "الثلاثاء 17 نوفمبر/تشرين الثاني",
])
def test_a_weekday_date_with_a_two_word_month_is_read(text: str) -> None:
    base = datetime(2020, 11, 18, 10, tzinfo=WIB)
    assert parse_date(text, base=base) == datetime(2020, 11, 17, tzinfo=WIB)
    assert [found["date"] for found in find_body_dates(text, base)] == ["2020-11-17"]
