"""A weekday with its day written as an ordinal before the month in the parenthesis, as Malaysian English writes it
(`announced during a meeting earlier on Monday (19th August)`): the weekday's day, as with a plain day (`Monday (19
August)`) or the month first (`Wednesday (Jan.16th)`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

_CLOSURE_DAY = datetime(2019, 10, 9, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "base", "written", "expected"), [
    ("The news was announced during a meeting between the staff representatives and Human Resources Ministry earlier "
     "on Monday (19th August).", datetime(2019, 8, 20, 12, 0, tzinfo=WIB), "Monday (19th August)", "2019-08-19"),
    ("FMT reported that the staffs were informed about the closure of the company on Tuesday (8th October) evening.",
     _CLOSURE_DAY, "Tuesday (8th October)", "2019-10-08"),
    ("The staff were told on Tuesday (8th Oct.) evening.", _CLOSURE_DAY, "Tuesday (8th Oct.)", "2019-10-08"),
    ("The staff were told on Tuesday (8 October) evening.", _CLOSURE_DAY, "Tuesday (8 October)", "2019-10-08"),
    ("Mesyuarat diadakan pada Selasa (8 hb Oktober) lalu.", _CLOSURE_DAY, "Selasa (8 hb Oktober)", "2019-10-08"),
])
def test_an_ordinal_day_in_a_weekday_parenthesis_is_its_date(text: str, base: datetime, written: str,
                                                             expected: str) -> None:
    assert find_body_dates(text, base) == [{"text": written, "date": expected}]


@pytest.mark.parametrize("text", [
    "The team finished on Tuesday (8th place) after the race.",  # a rank, no month
    "He spoke on Tuesday (8th floor office).",
])
def test_an_ordinal_that_is_no_day_of_a_month_makes_no_date(text: str) -> None:
    assert find_body_dates(text, _CLOSURE_DAY) == []
