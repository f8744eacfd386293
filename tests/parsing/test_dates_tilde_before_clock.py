"""A clock after its date past a tilde, as a blog theme prints its comment stamps (`Sabtu 19 Februari 2022 ~ 09.31`)
and a ticket its showing (`12-10-2023 ~ 10:51`): the date's clock, as after a dash. A tilde before a day, a year or a
count stays a range or an approximation, no clock."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 12, 20, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("junianto Sabtu 19 Februari 2022 ~ 09.31 Reply", "2022-02-19T09:31"),
    ("Zam Sabtu 6 Juni 2020 ~ 22.26 Reply", "2020-06-06T22:26"),
    ("Pemilik Blog Minggu 7 Juni 2020 ~ 23.19 Reply", "2020-06-07T23:19"),
    ("12-10-2023 ~ 10:51", "2023-10-12T10:51"),
    ("Senin, 3 Juni 2024 ~ 14:05 WITA", "2024-06-03T13:05"),
    # As before: the dash.
    ("Senin, 3 Juni 2024 - 14:05 WIB", "2024-06-03T14:05"),
])
def test_a_clock_after_a_tilde_is_the_dates(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A range of days or years, a reading time, a count: no clock.
    ("1 Juni 2024 ~ 3 Juni 2024", "2024-06-01T00:00"),
    ("12/10/2022 ~ 01/04/2023", "2022-10-12T00:00"),
    ("Jan 10, 2024 ~ 3 menit baca", "2024-01-10T00:00"),
    ("5 Juni 2024 ~ 2.345 views", "2024-06-05T00:00"),
    ("Copyright (C) 2020 ~ 2021 Deepin Technology Co., Ltd.", None),
    # A span of hours under its date keeps its start.
    ("Minggu, 25 Oktober 2026, Pukul 11.00 WIB ~ Selesai", "2026-10-25T11:00"),
])
def test_what_follows_a_tilde_and_is_no_clock_stays_out(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
