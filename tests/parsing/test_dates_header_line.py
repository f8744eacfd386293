"""The header line read in one step (`header_line_moment`) says what the chain of date shapes says of it.

`parse_date` reads the most common header line (`Selasa, 20 Mei 2025 00:30 WIB`) with one regex before it tries
its shapes one by one. That reading must never differ from the shapes' own, and every line with more in it (a
range, an ordinal, am/pm, a label, a second date) must be left to them.
"""

from __future__ import annotations

import random
from datetime import datetime

import pytest

from crawler.parsing.absolute_dates import header_line_moment
from crawler.parsing.dates import WIB, WIT, WITA, _read_shapes, fold, parse_date

WEEKDAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Jum'at", "Sabtu", "Minggu", "Ahad", "Monday", "Wed",
            "Sen", "Isnin")
MONTHS = ("Januari", "Jan", "JANUARI", "februari", "Peb", "Maret", "Mar", "April", "APR", "Mei", "May", "Juni",
          "Jun", "Juli", "Jul", "Agustus", "Agt", "Ags", "Aug", "September", "Sept", "Sep", "Oktober", "Okt", "Oct",
          "November", "Nopember", "Nov", "Desember", "Des", "Dec", "Ogos", "Disember", "Mac", "Febuari")
PREFIXES = ("", "Rana Setiawan - ", "Zahar Zha\n", "Diterbitkan ", "Edi Suwiknyo - Bisnis.com", "  ")
SEPARATORS = (" ", "  ", " | ", "  |  ", " - ", " – ", ", ", ",", "|", " —")
ZONES = ("", " WIB", " WITA", " WIT", "  WIB")


def header_lines(count: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    lines = []
    for _ in range(count):
        weekday = rng.choice(("", f"{rng.choice(WEEKDAYS)}, ", f"{rng.choice(WEEKDAYS)} "))
        day = rng.choice((str(rng.randint(1, 31)), f"{rng.randint(1, 31):02d}"))
        date_part = f"{rng.choice(PREFIXES)}{weekday}{day} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}"
        if rng.random() < 0.2:
            lines.append(date_part)
            continue
        hour = rng.choice((str(rng.randint(0, 23)), f"{rng.randint(0, 23):02d}"))
        clock = f"{hour}{rng.choice(':.')}{rng.randint(0, 59):02d}"
        if rng.random() < 0.2:
            clock += f":{rng.randint(0, 59):02d}"
        lines.append(f"{date_part}{rng.choice(SEPARATORS)}{clock}{rng.choice(ZONES)}")
    return lines


def test_every_header_line_it_reads_is_read_alike_by_the_chain_of_shapes() -> None:
    read = 0
    for line in header_lines(3000, seed=11):
        window = fold(line)
        moment = header_line_moment(window)
        assert moment == _read_shapes(window, None, None), line
        if moment is not None:
            assert moment.utcoffset() == _read_shapes(window, None, None).utcoffset(), line
            read += 1
    assert read > 2500  # the shape is the common one: most of these lines are read in one step


@pytest.mark.parametrize(("line", "expected"), [
    ("Selasa, 20 Mei 2025 00:30 WIB", datetime(2025, 5, 20, 0, 30, tzinfo=WIB)),
    ("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB", datetime(2019, 2, 15, 23, 14, tzinfo=WIB)),
    ("Rabu, 24 Desember 2025 | 07:26", datetime(2025, 12, 24, 7, 26, tzinfo=WIB)),
    ("Kamis, 8 Juli 2021 14.05.30 WITA", datetime(2021, 7, 8, 14, 5, 30, tzinfo=WITA)),
    ("Zahar Zha\nSenin, 01 September 2025", datetime(2025, 9, 1, tzinfo=WIB)),
    ("1 Juli 2011", datetime(2011, 7, 1, tzinfo=WIB)),
    ("Sabtu, 14 Maret 2009 – 13:51 WIT", datetime(2009, 3, 14, 13, 51, tzinfo=WIT)),
])
def test_a_common_header_line_is_read_in_one_step(line: str, expected: datetime) -> None:
    moment = header_line_moment(fold(line))
    assert moment == expected and moment.utcoffset() == expected.utcoffset()
    assert parse_date(line) == expected


@pytest.mark.parametrize("line", [
    "12-14 Maret 2024 10:00 WIB",  # a range: its first day
    "28 dan 30 Juni 2023",  # two dates
    "6TH MARCH 2024 10:00",  # an ordinal
    "Senin, 12 Mei 2025 2:30 pm",  # am/pm
    "Senin, 12 Mei 2025 pukul 14.30 WIB",  # a label before the clock
    "Senin, 12 Mei 2025 14:30 wib",  # a zone in small letters
    "Senin, 12 Mei 2025 14:30 GMT+7",  # an offset
    "Senin, 12 Mei 2025 24:00",  # no hour of the day
    "31 Februari 2024",  # no such day
    "5 Maret 2024 10:00-12:00 WIB",  # a span of hours
    "10:15 WIB, 14 Februari 2024",  # the clock first
    "17 Juni 2024 / 10 Dzulhijjah 1445 H",  # a Hijri restatement
    "Selasa, 23 Februari 2016 15:06 WIB | 998 Views",  # more after the clock
    "Pembaruan 5 Mei 2021 Rilis 12 Mei 2021",  # a second date
    "12 Xyz 2024",  # no month
    "Vol. IV, No. 2 Desember 2016",  # a journal issue's number, no day
])
def test_a_line_with_more_in_it_is_left_to_the_chain_of_shapes(line: str) -> None:
    assert header_line_moment(fold(line)) is None
    assert parse_date(line) == _read_shapes(fold(line), None, None)
