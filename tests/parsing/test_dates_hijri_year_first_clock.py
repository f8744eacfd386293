"""A Hijri date written year first with dashes, as an ISO date is, and a clock after it (a Saudi site's header
`1437-03-13 05:44 مساءً`, as a media monitor's date reader of it quotes it): the Hijri day (Umm al-Qura) at that clock,
never the Gregorian year 1437; with slashes the clock is read too. Gregorian ISO stamps stay as they are."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 7, 25, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("1437-03-13 05:44 مساءً", "2015-12-24T17:44"),
    ("1437/03/13 05:44 مساءً", "2015-12-24T17:44"),
    ("1445-11-27 09:30", "2024-06-04T09:30"),
    ("1437-03-13", "2015-12-24T00:00"),  # without a clock, read already
])
def test_hijri_year_first_with_clock(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2015-12-24 17:44", "2015-12-24T17:44"),
    ("منذ: 2018-10-13 11:28:11", "2018-10-13T11:28"),
    ("2018-05-21T08:20:26+00:00", "2018-05-21T15:20"),
])
def test_gregorian_iso_stays(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
