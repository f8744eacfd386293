"""A weekday with its part of day, then a comma and a year-less day and month (`berlangsung pada Kamis malam, 28
Februari, dan diikuti`, a real note on Ramadan 1446's first tarawih): a weekday's date, in a header and in a body."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2025, 2, 20, 10, tzinfo=WIB)
_TARAWIH = ("Tarawih pertama pada 2025 diperkirakan berlangsung pada Kamis malam, 28 Februari, dan diikuti dengan puasa "
            "pertama pada Sabtu, 1 Maret.")


@pytest.mark.parametrize(("text", "expected"), [
    # The first date written is the one read, not the later `Sabtu, 1 Maret`; a weekday that fits neither year is a
    # slip, and the nearer day is taken.
    (_TARAWIH, datetime(2025, 2, 28, tzinfo=WIB)),
    ("pada Jumat pagi, 28 Februari", datetime(2025, 2, 28, tzinfo=WIB)),
    ("Minggu sore, 2 Maret pukul 16.00 WIB", datetime(2025, 3, 2, 16, tzinfo=WIB)),
])
def test_a_weekday_with_its_part_of_day_and_a_comma_names_its_date(text: str, expected: datetime) -> None:
    assert parse_date(text, base=_BASE) == expected


def test_the_body_reports_both_dates() -> None:
    assert [found["date"] for found in find_body_dates(_TARAWIH, _BASE)] == ["2025-02-28", "2025-03-01"]


@pytest.mark.parametrize("text", [
    # A count after the comma is no day and month.
    "Senin malam, 3 orang ditangkap",
    "Kamis sore, 12 rumah terbakar",
])
def test_a_count_after_the_comma_is_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
    assert find_body_dates(text, _BASE) == []
