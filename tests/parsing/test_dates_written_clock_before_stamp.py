"""A header's written date and clock before an ISO 8601 stamp on the same text (a blog theme's `Sabtu, 04 Januari 2025,
5:48:00 PM WIB` over `Last Updated 2025-01-04T22:26:05Z`, `Diterbitkan ... 10:15 WIB, diperbarui 2024-...`): the
stamp is another moment, the update's; the written date and clock are the page's. A stamp that comes first, after a
date that writes no clock, or on the written wall clock (whose zone it says), is still the moment."""

from __future__ import annotations

import pytest

from crawler.parsing.dates import WIB, parse_date


@pytest.mark.parametrize(("text", "expected"), [
    ("Sabtu, 04 Januari 2025, 5:48:00 PM WIB\nLast Updated 2025-01-04T22:26:05Z", "2025-01-04T17:48"),
    ("Diterbitkan 12 Februari 2024 10:15 WIB, diperbarui 2024-02-12T13:30:00+07:00", "2024-02-12T10:15"),
    ("Selasa, 3 Juni 2024 pukul 14.05 Wita | Updated 2024-06-03T09:30:00Z", "2024-06-03T13:05"),
])
def test_written_clock_before_a_stamp(text: str, expected: str) -> None:
    moment = parse_date(text)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2025-01-04T22:26:05Z", "2025-01-05T05:26"),  # the stamp alone
    ("12 Februari 2024 (2024-02-12T10:15:00+07:00)", "2024-02-12T10:15"),  # no clock written: the stamp says it
    ("3 Juni 2024 14:05 (2024-06-03T14:05:00+08:00)", "2024-06-03T13:05"),  # the same wall clock: the stamp's zone
    ("2019-09-28WIB19:17:34+07:00", "2019-09-28T19:17"),
    ("Last Updated 2025-01-04T22:26:05Z\nSabtu, 04 Januari 2025, 5:48:00 PM WIB", "2025-01-05T05:26"),  # stamp first
])
def test_the_stamp_stays_the_moment(text: str, expected: str) -> None:
    moment = parse_date(text)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
