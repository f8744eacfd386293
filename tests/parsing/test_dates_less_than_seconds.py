"""Less than some seconds ago (`less than 10 seconds ago`, `kurang dari 5 detik yang lalu`), as relative-time helpers
print the first seconds of a post (a news card's `since_posted`, a PHP helper's Indonesian label, Rails' `less than 20
seconds ago`): within the last minute, read as the base to the minute, as `kurang dari 1 menit yang lalu` is. Less than
more seconds than a minute, or than some minutes or hours, says too little and stays no time."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2020, 12, 9, 18, 54, 35, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "less than 10 seconds ago",
    "less than 5 seconds ago",
    "less than 20 seconds ago",
    "kurang dari 5 detik yang lalu",
    "kurang dari 10 detik yang lalu",
    "Diperbarui kurang dari 30 detik lalu",
])
def test_less_than_seconds_is_the_base(text: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == "2020-12-09T18:54"


@pytest.mark.parametrize(("text", "expected"), [
    ("kurang dari 1 menit yang lalu", "2020-12-09T18:54"),  # read before too
    ("10 detik yang lalu", "2020-12-09T18:54"),
])
def test_seconds_read_before(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "less than 90 seconds ago",  # more than a minute
    "kurang dari 5 menit yang lalu",
    "less than 2 hours ago",
    "Mencari transaksi kurang dari 5 detik.",  # a duration, not a time back
])
def test_less_than_too_much_is_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
