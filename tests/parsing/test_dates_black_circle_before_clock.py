"""A black circle between a date and its clock, as a card or a notification list sets it (`04 Oktober 2024 ● 08:45`),
as a news header sets it between place and date (`Jakarta ● Thu, May 8, 2025`): the clock is the date's, as after a
bullet or a middle dot. A number after the circle that is no clock stays out of the date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2025, 5, 14, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("04 Oktober 2024 ● 08:45", "2024-10-04T08:45"),
    ("Kamis, 04 Oktober 2024 ● 08:45 WIB", "2024-10-04T08:45"),
    ("Selasa, 6 Mei 2025 ● 21.10 WITA", "2025-05-06T20:10"),
    # As before: the bullet and the middle dot.
    ("08 Mei 2025 • 09:12 WIB", "2025-05-08T09:12"),
    ("08 Mei 2025 · 09:12 WIB", "2025-05-08T09:12"),
])
def test_black_circle_between_date_and_clock(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jakarta ● Thu, May 8, 2025", "2025-05-08T00:00"),
    ("04 Oktober 2024 ● 12 peserta", "2024-10-04T00:00"),
    ("04 Oktober 2024 ● Nasional", "2024-10-04T00:00"),
])
def test_black_circle_without_a_clock_leaves_the_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected
