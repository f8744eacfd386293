"""A tally's date with the clock it stands at said with `per` (as of): `berdasarkan data Selasa (14/12/2021) per pukul
22.15 WIB`, `berita populer pada Selasa (16/8/2022) per 13.57 WIB`. The clock is the date's, as after `pukul`; `per`
before a count (a rate, a share) leaves the day alone."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2022, 8, 20, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Hal itu disampaikan BNPB berdasarkan data Selasa (14/12/2021) per pukul 22.15 WIB.", "2021-12-14T22:15"),
    ("Berikut rangkuman berita populer pada Selasa (16/8/2022) per 13.57 WIB :", "2022-08-16T13:57"),
    ("Data Kamis, 24 Juni 2021 per pukul 12.00 WIB", "2021-06-24T12:00"),
    ("Selasa (16/8/2022) per 20.30 WITA", "2022-08-16T19:30"),
    # As before: the date said as of (`per Senin`), its clock after `pukul`.
    ("Update per Rabu, 5 Juni 2024 pukul 14.00 WIB", "2024-06-05T14:00"),
])
def test_clock_said_as_of_after_its_date(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Data Selasa (16/8/2022) per 100 ribu penduduk", "2022-08-16T00:00"),
    ("pada Selasa (16/8/2022) per 12.500 orang", "2022-08-16T00:00"),
    ("Berikut detail perkembangan virus Corona di RI per Senin (21/6/2021):", "2021-06-21T00:00"),
    ("Harga per 16 Agustus 2022 per kilogram Rp 12.000", "2022-08-16T00:00"),
])
def test_per_before_no_clock_leaves_the_day(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected
