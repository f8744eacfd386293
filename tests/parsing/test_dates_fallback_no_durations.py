"""Counts that are no time back: a Hijri year beside its Gregorian one (`Tahun 1445 H / 2024 M`, a real letterhead's,
`Periode 1446 H / 2025 M`), a deed's numeric month (`tanggal 11 bulan 6 tahun 2024`). The dateparser fallback read
them as durations back from the base (1445 hours and 2024 minutes, 11 months and 6 years): no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2025, 3, 30, 18, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "Tahun 1445 H / 2024 M",
    "1445 H / 2024 M",
    "1446 H / 2025 M",
    "tanggal 11 bulan 6 tahun 2024",
])
def test_hijri_and_gregorian_years_or_counts_are_no_date(text: str) -> None:
    assert parse_date(text, base=_BASE) is None
    assert parse_date(text) is None


@pytest.mark.parametrize(("text", "expected"), [
    # Relative times are still read, by their own shapes.
    ("2 jam yang lalu", datetime(2025, 3, 30, 16, tzinfo=WIB)),
    ("3 hari lalu", datetime(2025, 3, 27, 18, tzinfo=WIB)),
    ("2 hours ago", datetime(2025, 3, 30, 16, tzinfo=WIB)),
])
def test_relative_times_are_still_read(text: str, expected: datetime) -> None:
    assert parse_date(text, base=_BASE) == expected
