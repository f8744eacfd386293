"""A clock after its date past the mathematical dot or bullet operator a calendar or an app prints in place of the
middle dot (`SAT ⋅ DEC 30, 2023 ⋅ 7:30PM`, `03/02/2024 ∙ 13:32`): the date's clock, as after `·` and `•`."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 12, 20, 9, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("SAT ⋅ DEC 30, 2023 ⋅ 7:30PM", "2023-12-30T19:30"),
    ("03/02/2024 ∙ 13:32", "2024-02-03T13:32"),
    ("Saturday, July 20, 2024 ⋅ 7:00 PM - 10:00 PM", "2024-07-20T19:00"),
    ("Thursday May 9, 2024 ⋅ 02:40pm –", "2024-05-09T14:40"),
    ("February 7, 2022 ∙ 12:23pm", "2022-02-07T12:23"),
    ("5 Juni 2024 ⋅ 14:05 WIB", "2024-06-05T14:05"),
    ("5 Juni 2024 ∙ 09:05 WITA", "2024-06-05T08:05"),
    # As before: the middle dot and the bullet.
    ("5 Jun 2024 · 14:05 WIB", "2024-06-05T14:05"),
    ("5 Jun 2024 • 14:05 WIB", "2024-06-05T14:05"),
])
def test_a_clock_after_a_dot_operator_is_the_dates(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A reading time, a count or a name after the dot is no clock.
    ("Sep 17, 2024 ⋅ 1 min read", "2024-09-17T00:00"),
    ("October 7, 2022 ∙ 4 min read", "2022-10-07T00:00"),
    ("Oct 09, 2023 ⋅ 08 min", "2023-10-09T00:00"),
    ("Jan 10, 2024 ∙ 3 menit baca", "2024-01-10T00:00"),
    ("Jan 10, 2024 ⋅ 1.234 views", "2024-01-10T00:00"),
    ("12/10/2022 ∙ 01/04/2023", "2022-10-12T00:00"),
    # No such day.
    ("29.02.2022 ∙ LaLegaue", None),
])
def test_what_follows_a_dot_operator_and_is_no_clock_stays_out(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
