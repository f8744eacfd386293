"""A deed's formal date, the month and the year each after its word (`Mulai tanggal 01 bulan Juni tahun 2024 s/d
tanggal 30 bulan November tahun 2024 (enam bulan)`, `Sabtu tanggal 1 Bulan Juni Tahun 2024`): the date; a count of
months before a month with no `tahun` after it is no day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_TERM = "Mulai tanggal 01 bulan Juni tahun 2024 s/d tanggal 30 bulan November tahun 2024 (enam bulan)"


@pytest.mark.parametrize(("text", "expected"), [
    (_TERM, datetime(2024, 6, 1, tzinfo=WIB)),
    ("Sabtu tanggal 1 Bulan Juni Tahun 2024", datetime(2024, 6, 1, tzinfo=WIB)),
    ("pada hari ini Senin tanggal 3 bulan Juni tahun 2024 pukul 10.00 WIB", datetime(2024, 6, 3, 10, tzinfo=WIB)),
])
def test_a_formal_date_is_read(text: str, expected: datetime) -> None:
    assert parse_date(text) == expected


def test_the_body_reports_both_ends_of_the_term() -> None:
    assert [found["date"] for found in find_body_dates(_TERM, None)] == ["2024-06-01", "2024-11-30"]


@pytest.mark.parametrize("text", [
    "selama 3 bulan Juni 2024", "dalam 2 bulan Mei 2024 lalu", "PERIODE BULAN JUNI TAHUN 2024",
])
def test_a_count_of_months_is_no_day(text: str) -> None:
    assert parse_date(text) is None
