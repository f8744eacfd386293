"""A weekday's year-less date paired with the next weekday's date written with its year (`Laga penyisihan grup pada
matchday ke-2 Liga Champions 2018-2019 berlanjut, pertengahan pekan ini, Rabu (3/10) dan Kamis (4/10/2018) dini hari
Wita`, `mulai Sabtu (4/11) hingga Minggu (5/11/2023)`): a date string's date is the pair's first day, in the year of the
second (the year before across New Year), with the clock after the pair. A number in parentheses without a weekday, or
days further apart than a month, pair nothing."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

_BASE = datetime(2018, 10, 1, 10, tzinfo=WIB)


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Laga penyisihan grup pada matchday ke-2 Liga Champions 2018-2019 berlanjut, pertengahan pekan ini, Rabu (3/10) "
     "dan Kamis (4/10/2018) dini hari Wita.", _BASE, "2018-10-03T00:00"),
    ("Kegiatan berlangsung mulai Sabtu (4/11) hingga Minggu (5/11/2023) pukul 10.00 WIB", _BASE, "2023-11-04T10:00"),
    ("Libur panjang Sabtu (30/12) - Senin (1/1/2024)", None, "2023-12-30T00:00"),  # across New Year, without a base
])
def test_year_less_head_of_a_pair(text: str, base: datetime | None, expected: str) -> None:
    moment = parse_date(text, base=base)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Skor (4/11) dan Minggu (5/11/2023)", "2023-11-05T00:00"),  # no weekday before the first parenthesis
    ("Sabtu (4/10) dan Minggu (5/12/2023)", "2023-12-05T00:00"),  # two months apart: no pair
    ("Senin (17/6/2019) hingga Sabtu (22/6/2019)", "2019-06-17T00:00"),  # both with their year, read already
])
def test_no_year_less_head(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
