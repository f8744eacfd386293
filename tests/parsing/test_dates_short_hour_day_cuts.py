"""Indonesian relative times with `jam` cut to `jm` and `hari` to `hri`, as card and notification helpers print them
(`${diffHours} jm lalu`, `${diffDay} hri lalu`, `Diperbarui 2 mnt lalu` beside them): hours and days back from the
base, alone or in a duration of several parts. `mg` is never a week cut so: `200 mg lalu` is milligrams and then."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("2 jm lalu", "2024-06-03T14:00"),
    ("1 jm lalu", "2024-06-03T15:00"),
    ("2 jm yang lalu", "2024-06-03T14:00"),
    ("Diperbarui 2 jm lalu", "2024-06-03T14:00"),
    ("3 hri lalu", "2024-05-31T16:00"),
    ("3 hri 2 jm lalu", "2024-05-31T14:00"),
    ("2 jm 5 mnt lalu", "2024-06-03T13:55"),
])
def test_short_hour_and_day_cuts(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("5 mnt lalu", "2024-06-03T15:55"),  # read before too
    ("2 hr lalu", "2024-06-01T16:00"),
    ("3j lalu", "2024-06-03T13:00"),
])
def test_other_cuts_read_before(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "Batch 1/2 Sulfur: timbang 200 mg lalu tuang ke mortar",  # milligrams
    "3 Mg lalu",
])
def test_milligrams_and_week_cuts_stay_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
