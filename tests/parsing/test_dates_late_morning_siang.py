"""A late morning said with `siang` (a shop's `Pukul 10.00 siang - 21.00 malam`, an order's `tanggal 10 agustus jam 10
siang`): 7 to 10 siang are morning clocks, not 19 to 22, which Indonesian calls malam. The early afternoon keeps its
reading (`pukul 1 siang` is 13, `pukul 2 siang` 14), as do 11 and 12 siang."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2024, 6, 5, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Pukul 10.00 siang - 21.00 malam", "2024-06-05T10:00"),
    ("Saya mau pesan BAXL 005 3 buat dikirim tanggal 10 agustus jam 10 siang, alamatnya", "2023-08-10T10:00"),
    ("Senin (3/6/2024) pukul 10.30 siang", "2024-06-03T10:30"),
    ("Senin (3/6/2024) siang pukul 10.00 WIB", "2024-06-03T10:00"),
    ("jam 9 siang", "2024-06-05T09:00"),
])
def test_late_morning_siang_stays_in_the_morning(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("pukul 1 siang", "2024-06-05T13:00"),
    ("pukul 2 siang", "2024-06-05T14:00"),
    ("pukul 11 siang", "2024-06-05T11:00"),
    ("pukul 12 siang", "2024-06-05T12:00"),
    ("sabtu (24/06/2023) siang pukul 13.40 wita menggelar kegiatan", "2023-06-24T12:40"),
    ("Senin (3/6/2024) siang pukul 01.00 WIB", "2024-06-03T13:00"),
])
def test_early_afternoon_siang_keeps_its_reading(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected
