"""A Hijri date said to fall on a Gregorian one with the Gregorian year named between them as the Masehi one
(`1 Syawal 1446 Hijriah Tahun 2025 Masehi jatuh pada Senin, 31 Maret 2025`, `1 Syawal 1446 Hijriah atau Hari Raya Idul
Fitri 2025 Masehi akan jatuh pada Senin, 31 Maret 2025`): one day, the Gregorian one, not also the converted Hijri date
a day earlier (real announcements of the 2025 Eid)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates

_BASE = datetime(2025, 3, 29, 21, 0, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "Kasedata.id – Pemerintah secara reami menetapkan 1 Syawal 1446 Hijriah Tahun 2025 Masehi jatuh pada Senin, "
    "31 Maret 2025.",
    "PP Muhammadiyah juga menyampaikan bahwa 1 Syawal 1446 Hijriah atau Hari Raya Idul Fitri 2025 Masehi akan jatuh "
    "pada Senin, 31 Maret 2025.",
])
def test_a_masehi_year_between_a_hijri_date_and_the_day_it_falls_on_keeps_one_day(text: str) -> None:
    assert [found["date"] for found in find_body_dates(text, _BASE)] == ["2025-03-31"]


def test_a_number_that_is_no_masehi_year_between_them_still_parts_them() -> None:
    text = "1 Syawal 1446 Hijriah, setelah 2025 warga hadir di lapangan yang ramai sekali, jatuh pada Senin, 31 Maret 2025."
    assert [found["date"] for found in find_body_dates(text, _BASE)] == ["2025-03-30", "2025-03-31"]
