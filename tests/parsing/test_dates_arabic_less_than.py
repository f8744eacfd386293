"""Arabic `less than` a unit ago (`منذ أقل من دقيقة`, `منذ أقل من ساعة`), as Arabic relative-time helpers print the first
minute or hour of a post (`if (diff < 60) return "منذ أقل من دقيقة"`, `if (h < 1) return 'منذ أقل من ساعة'`): the
base, as `kurang dari 1 menit yang lalu` and `less than 1 hour ago` are; less than some seconds too (`منذ أقل من ثانية`).
Less than more than one minute, hour or day (`منذ أقل من 10 دقائق`, `منذ أقل من 6 أسابيع`) says too little."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2025, 2, 19, 12, 11, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "منذ أقل من دقيقة",
    "منذ اقل من دقيقة",  # without the hamza
    "منذ أقل من ساعة",
    "منذ أقل من يوم",
    "منذ أقل من ثانية",
    "قبل أقل من دقيقة",
])
def test_arabic_less_than_one_unit_is_the_base(text: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == "2025-02-19T12:11"


@pytest.mark.parametrize(("text", "expected"), [
    ("منذ دقيقة", "2025-02-19T12:10"),  # read before, unchanged
    ("منذ ساعتين", "2025-02-19T10:11"),
    ("منذ 3 ساعات", "2025-02-19T09:11"),
])
def test_arabic_counts_read_before(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize("text", [
    "منذ أقل من 10 دقائق",
    "منذ أقل من 6 أسابيع",
    "منذ أقل من ساعتين",
    "منذ أقل من شهر",
])
def test_arabic_less_than_more_is_no_time(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
