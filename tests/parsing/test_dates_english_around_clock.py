"""A clock said to be around a time after its date in English, `at around` or `from around` (ANTARA's English `Indonesia
will witness a super blue blood moon eclipse on Jan 31 from around 6 p.m. until 11 p.m. Western Indonesian Standard Time
(WIB)`, a Malaysian police report's `On 30/07/2023 at around 18:15 hrs`, `On 12th March 2024, at about 2:30 PM`): the
date's time, as `sekitar pukul` is. `about` alone counts as often as it tells a time (`about 10.30 percent`), and a
number that is no clock stays none."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2018, 1, 31, 10, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Indonesia will witness a super blue blood moon eclipse on Jan 31 from around 6 p.m. until 11 p.m. Western "
     "Indonesian Standard Time (WIB), with the peak from 8:29 p.m. to 9:07 p.m. WIB.", "2018-01-31T18:00"),
    ("On 30/07/2023 at around 18:15 hrs, I was driving my vehicle", "2023-07-30T18:15"),
    ("as of November 27, 2023 at around 10:30 in the morning", "2023-11-27T10:30"),
    ("Began working on it in 19th Dec, 2023 at around 11:00am.", "2023-12-19T11:00"),
    ("(a) On 12th March 2024, at about 2:30 PM, the Petitioner was driving", "2024-03-12T14:30"),
    ("The quake struck on Jan 31 at around 9.15 a.m. local time", "2018-01-31T00:00"),  # local time: the date only
])
def test_around_clock_after_date(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Inflation stood on 5 February 2023 about 10.30 percent", "2023-02-05T00:00"),  # `about` alone
    ("North Field South, sanctioned on 5 February 2023 at around 10.3 billion dollars", "2023-02-05T00:00"),
])
def test_no_clock_after_around(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "North Field South, sanctioned in February 2023 at around 10.3 billion dollars, adds two further trains",
    "Phil Harvey stopped releasing it in July 2024, at about version 12.88, so a single file is frozen",
])
def test_month_and_year_with_around_is_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
