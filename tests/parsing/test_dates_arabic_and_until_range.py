"""An Arabic range whose `حتى` (until) or `إلى` (to) has the `و` (and) glued before it (Yemen's SABA: `خلال الفترة من 28
وحتى 30 يوليو 2025`, "from the 28th and until the 30th"): read as its first day, as `من 1 إلى 14 أغسطس 2026` is; it
was read as its last. Two days joined by `و` alone stay a pair."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

BASE = datetime(2025, 7, 20, 12, 0, tzinfo=WIB)


def body_days(text: str) -> list[str]:
    return [found["date"] for found in find_body_dates(text, BASE)]


@pytest.mark.parametrize(("text", "expected"), [
    ('للمشاركة في أعمال المؤتمر الدولي الرفيع المستوى حول التسوية السلمية للقضية الفلسطينية وتنفيذ "حل الدولتين"، والذي '
     "سيعقد في مقر الأمم المتحدة في نيويورك خلال الفترة من 28 وحتى 30 يوليو 2025.", ["2025-07-28"]),
    ("من 1 وإلى 14 أغسطس 2026", ["2026-08-01"]),
])
def test_and_until_starts_a_range(text: str, expected: list[str]) -> None:
    assert body_days(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # As before: the bare range words, and `و` alone making a pair.
    ("من 1 إلى 14 أغسطس 2026", ["2026-08-01"]),
    ("من 1 حتى 14 أغسطس 2026", ["2026-08-01"]),
    ("بين 12 و14 مايو 2025", ["2025-05-12", "2025-05-14"]),
    ("بين 12 و 14 مايو 2025", ["2025-05-12", "2025-05-14"]),
])
def test_other_arabic_joins_stay_as_they_were(text: str, expected: list[str]) -> None:
    assert body_days(text) == expected
