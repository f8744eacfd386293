"""A weekday's day with a comma after it, before the month and the year, as a page copied its date (`1 Ramadhan 1442 H
jatuh pada Selasa 13, April 2021`, a wedding invitation's `Rabu, 01, Januari 2020`): the date it is without the comma.
A number with a comma before a month and a year after no weekday is an issue's or a list's (`Vol. 3 No. 1, Januari
2015`, `Minggu ke-1, Januari 2026`): no date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB

from date_readings import minute_in_wib  # beside this file

BASE = datetime(2021, 4, 20, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Setelah pemerintah mengumumkan bahwa 1 Ramadhan 1442 H jatuh pada Selasa 13, April 2021, ribuan umat Islam",
     "2021-04-13T00:00"),
    ("pada Selasa 13, April 2021", "2021-04-13T00:00"),
    ("Akad nikah Rabu, 01, Januari 2020 Kediaman Mempelai Wanita", "2020-01-01T00:00"),
    ("pada Senin 12, Februari 2024 pukul 10.00 WIB", "2024-02-12T10:00"),
    ("on Tuesday 13, April 2021", "2021-04-13T00:00"),
])
def test_weekday_day_comma_month_is_the_date(text: str, expected: str) -> None:
    assert minute_in_wib(text, BASE) == expected


@pytest.mark.parametrize("text", [
    "Jurnal Teknologi dan Teknik Komputer (2015)., Vol. 3 No. 1, Januari 2015., ISSN : 2338-0403.",
    "Minggu ke-1, Januari 2026",
    "data/s1_videos_2025_01_1.json server 1, Januari 2025, file ke-1",
    "Kegiatan Selasa 13, Foo 2021",
])
def test_number_comma_month_without_weekday_is_no_date(text: str) -> None:
    assert minute_in_wib(text, BASE) is None
