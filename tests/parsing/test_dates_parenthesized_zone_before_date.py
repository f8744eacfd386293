"""GMT or UTC in parentheses before a date and its clock, as a notice labels the moment it states (a publishing
site's `Scheduled Server Maintenance on (GMT) Sunday, June 26th, 2:00 am - 8:00 am.`): the clock is that zone's, so
2:00 GMT is 09:00 WIB. A clock naming its own zone keeps it; a parenthesis holding a clock restates another moment and
labels nothing; without the label the clock stays WIB's."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2022, 6, 20, 10, 0, tzinfo=WIB)


def reading(text: str) -> str | None:
    moment = parse_date(text, base=BASE)
    return moment.astimezone(WIB).strftime("%Y-%m-%d %H:%M") if moment else None


@pytest.mark.parametrize("text, expected", [
    ("PubHTML5 Scheduled Server Maintenance on (GMT) Sunday, June 26th, 2:00 am - 8:00 am.", "2022-06-26 09:00"),
    ("(GMT) Sunday, June 26th, 2:00 am", "2022-06-26 09:00"),
    ("(GMT+8) Sunday, June 26th 2022, 2:00 am", "2022-06-26 01:00"),
    ("(UTC) 26 June 2022 14:00", "2022-06-26 21:00"),
    ("(GMT) 26 Juni 2022 pukul 14.00", "2022-06-26 21:00"),
])
def test_the_clock_is_read_in_the_zone_labelling_the_date(text, expected):
    assert reading(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The clock names its own zone.
    ("(GMT) Sunday, June 26th, 2:00 am WIB", "2022-06-26 02:00"),
    ("(GMT) 26 June 2022 14:00 WITA", "2022-06-26 13:00"),
    # No label: WIB.
    ("Sunday, June 26th, 2:00 am - 8:00 am.", "2022-06-26 02:00"),
    ("Senin, 27 Juni 2022 | 14:05 WIB", "2022-06-27 14:05"),
    # A parenthesis holding a clock, or a zone list with no date.
    ("(GMT+07:00) Bangkok, Hanoi, Jakarta", None),
    ("Jakarta (GMT+7) -- warga berkumpul", None),
])
def test_what_stays_as_it_was(text, expected):
    assert reading(text) == expected
