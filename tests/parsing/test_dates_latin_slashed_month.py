"""A month's Latin name between slashes in a longer line (an app's `Bergabung pada 10/Januari/2023`, a file header's
`#Date: 15/januari/2019    Version:1.60`, a parser suite's `17/September/2025 CE`): read as with spaces, as a
short one already was; a number in a document's numbering before the month (`KWITANSI/1/AGUSTUS/2017`) is no day."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2026, 1, 20, 16, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Bergabung pada 10/Januari/2023", "2023-01-10T00:00"),
    ("Kalkulator Hadir Pada 30/Januari/2025.", "2025-01-30T00:00"),
    ("#Date: 15/januari/2019    Version:1.60", "2019-01-15T00:00"),
    ("17/September/2025 CE", "2025-09-17T00:00"),
    ("25/December/2024 CE", "2024-12-25T00:00"),
    ("Jumat, 16/Agustus/2019 Pukul 23:21", "2019-08-16T23:21"),
])
def test_a_latin_month_between_slashes_is_read(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Numbers of receipts, decrees, issues and invoices.
    ("KWITANSI/1/AGUSTUS/2017", None),
    ("SK/12/Januari/2024", None),
    ("MAJALAH INFO KAMPUS EDISI III/AGUSTUS/2024", None),
    ("018/AGUSTUS/2026", None),
    # As before: spaces and dashes.
    ("Selasa, 20 Mei 2025 00:30 WIB", "2025-05-20T00:30"),
    ("3-Jun-2024 14:05", "2024-06-03T14:05"),
])
def test_near_misses_keep_their_reading(text: str, expected: str | None) -> None:
    assert minute_in_wib(text, BASE) == expected
