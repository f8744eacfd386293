"""English relative times whose larger units are cut short, as short relative-time locales print them on post cards
and theme cards: timeago's `1 wk ago`, `3 wks ago`, `1 mo ago`, `5 mos ago`, `1 yr ago`, `2 yrs ago`, a theme's
capitalised `2 Yrs Ago`, Carbon's short `2yrs ago` and `3mos ago`, and the browser's short style with its period (`3
wk. ago`, `5 mo. ago`, `1 yr. ago`). Months and years count back whole calendar months, as `5 months ago` does; what
is no unit stays no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("1 wk ago", "2024-05-27T20:00"),
    ("3 wks ago", "2024-05-13T20:00"),
    ("1 mo ago", "2024-05-03T20:00"),
    ("5 mos ago", "2024-01-03T20:00"),
    ("1 yr ago", "2023-06-03T20:00"),
    ("2 yrs ago", "2022-06-03T20:00"),
    ("2 Yrs Ago", "2022-06-03T20:00"),
    ("1 Wk Ago", "2024-05-27T20:00"),
    ("3 Mos Ago", "2024-03-03T20:00"),
    ("3 wk. ago", "2024-05-13T20:00"),
    ("5 mo. ago", "2024-01-03T20:00"),
    ("1 yr. ago", "2023-06-03T20:00"),
    ("2yrs ago", "2022-06-03T20:00"),  # Carbon's short English, glued to the count (`:countyrs`, `:countmos`)
    ("1mo ago", "2024-05-03T20:00"),
    ("3mos ago", "2024-03-03T20:00"),
    ("3 hr. ago", "2024-06-03T17:00"),  # the short style's hour, read before
    ("5 months ago", "2024-01-03T20:00"),  # the full words stay as they were
    ("2 minutes ago", "2024-06-03T19:58"),
])
def test_short_units_count_back(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "3 mos",  # no `ago`: a duration, not a time
    "2 modes ago",
    "5 yrsago",
    "Last Password Reset",
])
def test_no_time_without_a_short_unit_ago(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
