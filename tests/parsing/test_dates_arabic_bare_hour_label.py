"""Arabic `ساعة` (hour) without its article as the label of a date's clock (an Iranian Arabic agency's `12 May 2018
ساعة 7:52` under its name): the clock is the date's, as after `الساعة`. The word before no clock (a count of hours, an
hour alone) leaves the date at midnight."""

from __future__ import annotations

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("تنا\n12 May 2018 ساعة 7:52", "2018-05-12T07:52"),
    ("12 مايو 2018 ساعة 19:52", "2018-05-12T19:52"),
    ("06 مايو 2024 الساعة 22:14", "2024-05-06T22:14"),  # with its article, as before
])
def test_bare_hour_label_before_the_clock(text: str, expected: str) -> None:
    moment = parse_date(text)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "خلال 12 مايو 2018 ساعة واحدة",  # one hour: no clock
    "12 مايو 2018 ساعة 24",
    "12 مايو 2018 48 ساعة",  # a count of hours after the date
])
def test_no_clock_after_the_word(text: str) -> None:
    moment = parse_date(text)
    assert moment is not None and moment.astimezone(WIB).strftime("%H:%M") == "00:00"
