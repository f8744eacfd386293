"""A weekday's part of day written as one word, `dinihari` (small hours), and followed by the zone it is said in, before
the day and month in parentheses, as sports pages write late matches (`Liga Champions matchday 1 masih berlanjut pada
Kamis malam (18/9) atau Jumat dinihari WIB (20/9)`, `Rabu dinihari (3/12)`): the weekday's date, and a clock after it
is read in the small hours. A zone with no part of day before the parenthesis is no part of the date."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date

_BASE = datetime(2024, 9, 18, 10, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    ("Jumat dinihari WIB (20/9)", "2024-09-20T00:00"),
    ("Arsenal menantang Atalanta pada Jumat dini hari WIB (20/9) di Bergamo", "2024-09-20T00:00"),
    ("Laga digelar Jumat dinihari WITA (20/9)", "2024-09-20T00:00"),
    ("Kebakaran terjadi Kamis dinihari (19/9) sekitar pukul 02.00 WIB", "2024-09-19T02:00"),
    ("Kebakaran terjadi Kamis (19/9) dinihari sekitar pukul 02.30 WIB", "2024-09-19T02:30"),
    # Written with its year it was read already.
    ("saat memancing di perairan Sangkulirang, Selasa dinihari (17/9/2024), kata Jufri", "2024-09-17T00:00"),
])
def test_weekday_dinihari_and_zone_before_parenthesis(text: str, expected: str) -> None:
    moment = parse_date(text, base=_BASE)
    assert moment is not None and moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") == expected
    assert [found["date"] for found in find_body_dates(text, _BASE)] == [expected[:10]]


@pytest.mark.parametrize("text", [
    "Kamis WIB (19/9)",  # a zone without a part of day
    "pada Jumat dinihari WIB",  # no day and month
])
def test_no_weekday_date(text: str) -> None:
    assert find_body_dates(text, _BASE) == []
