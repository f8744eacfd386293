"""Half and a quarter of an Arabic clock unit ago (`منذ نصف ساعة`, `منذ ربع ساعة`), as an Egyptian news card writes its
time (`<div class="time"> منذ نصف ساعة </div>`) and a ticker its update (`اخر تحديث منذ ربع ساعة`): thirty and fifteen
minutes back, as `setengah jam lalu` and `half an hour ago` are. Half a month or a year names no calendar day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2024, 6, 3, 20, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ نصف ساعة", "2024-06-03T19:30"),
    ("فيديو| رقص السيدات علي \"تسلم الأيادي\"أمام السفارة المصرية بالإمارات منذ نصف ساعة", "2024-06-03T19:30"),
    ("اخر تحديث منذ ربع ساعة", "2024-06-03T19:45"),
    ("اخر تحديث منذ نصف ساعة", "2024-06-03T19:30"),
    ("منذ نصف دقيقة", "2024-06-03T19:59"),
    ("منذ نصف يوم", "2024-06-03T08:00"),
])
def test_arabic_fraction_of_a_unit_ago(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ ساعة", "2024-06-03T19:00"),  # read before, unchanged
    ("منذ 3 ساعات", "2024-06-03T17:00"),
    ("اخر تحديث منذ ثوانٍ", "2024-06-03T19:59"),
])
def test_arabic_counts_unchanged(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", ["منذ نصف شهر", "منذ نصف سنة", "نصف ساعة"])
def test_no_fraction_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
