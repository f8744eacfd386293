"""A relative time whose `ago` touches the `on` of the hidden date after it, as a news theme's byline joins its text
nodes (`Published 2 months agoon By Natsir Amir`): read as the relative time, as `3 hours agoSudan's ...` is. A word
merely starting with `on` after `ago` is no such join."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2025, 4, 1, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Published\n2 months agoon\nBy\nNatsir Amir", "2025-02-01T12:00"),
    ("Published 3 days agoon By admin", "2025-03-29T12:00"),
    ("2h agoon", "2025-04-01T10:00"),
    # As before: `ago` alone, and `ago` touching a capital.
    ("Published 2 months ago on By Natsir Amir", "2025-02-01T12:00"),
    ("3 hours agoSudan's RSF Welcome", "2025-04-01T09:00"),
])
def test_ago_touching_on_is_a_relative_time(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize("text", [
    "5 hours agoonly",
    "2 days agone",
    "a lagoon 3 km long",
])
def test_ago_inside_a_longer_word_stays_no_time(text: str) -> None:
    assert minute_in_wib(text, BASE) is None
