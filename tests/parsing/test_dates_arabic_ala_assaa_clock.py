"""A clock after its date under the Maghreb's `على الساعة` ("at the hour"), as `في الساعة` is read already: the
clock is the date's (a real notice line); a count after the word stays none."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2026, 6, 14, 8, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # An Algerian shop's order status line.
    ("14 جوان 2026 على الساعة 10:15 صباحاً", datetime(2026, 6, 14, 10, 15, tzinfo=WIB)),
    # The same with the Egyptian month name, and with an evening clock.
    ("14 يونيو 2026 على الساعة 10:15 صباحاً", datetime(2026, 6, 14, 10, 15, tzinfo=WIB)),
    ("الأحد 14 يونيو 2026 على الساعة 9:30 مساءً", datetime(2026, 6, 14, 21, 30, tzinfo=WIB)),
    # As before.
    ("14 يونيو 2026 في الساعة 10:15 صباحاً", datetime(2026, 6, 14, 10, 15, tzinfo=WIB)),
])
def test_a_clock_after_ala_assaa_is_the_dates(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `على` before other words is no clock's label.
    ("14 يونيو 2026 على 10 ملايين", datetime(2026, 6, 14, tzinfo=WIB)),
])
def test_ala_without_assaa_labels_no_clock(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected
