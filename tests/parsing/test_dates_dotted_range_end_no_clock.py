"""A range of dotted numeric dates (`15.04.2023 - 18.04.2023`, `18.11.2024 - 01.12.2024`): the end's day and month
are no clock on the start (`18.04` is no 18:04), as digits after a dot past the minutes make a date. A clock after
a dotted date (`08.05.2023 - 14:00`, `05.06.2024 14.05`) and a clock's seconds (`14.05.33`) stay read."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2024, 12, 20, 10, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # An events list's dates, a course page's, a week's period in parentheses.
    ('{ date: "15.04.2023 - 18.04.2023", name: "Абобус"', datetime(2023, 4, 15, tzinfo=WIB)),
    ("Даты проведения курса:\t11.12.2023 - 15.12.2023 5 занятий", datetime(2023, 12, 11, tzinfo=WIB)),
    ("Uke 47 og 48 (18.11.2024 - 01.12.2024)", datetime(2024, 11, 18, tzinfo=WIB)),
    ("03.06.2024 - 01.12.2024 – Физика", datetime(2024, 6, 3, tzinfo=WIB)),
    ("01.02.2023 - 12.12.2023", datetime(2023, 2, 1, tzinfo=WIB)),
    # With a tilde between them.
    ("human mode 14.02.2023 ~ 17.02.2023", datetime(2023, 2, 14, tzinfo=WIB)),
])
def test_a_dotted_range_end_is_no_clock(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A clock after a dotted date, with a colon or with a dot.
    ("<td>08.05.2023 - 14:00</td>", datetime(2023, 5, 8, 14, 0, tzinfo=WIB)),
    ("Created by Roman Andriiv (09.08.2023 - 19:20)", datetime(2023, 8, 9, 19, 20, tzinfo=WIB)),
    ("Rabu, 05.06.2024 - 14.05 WIB", datetime(2024, 6, 5, 14, 5, tzinfo=WIB)),
    ("05.06.2024 14.05", datetime(2024, 6, 5, 14, 5, tzinfo=WIB)),
    # Seconds after a dot, and a sentence's full stop after the minutes.
    ("Rabu, 5 Juni 2024 pukul 14.05.33 WIB", datetime(2024, 6, 5, 14, 5, 33, tzinfo=WIB)),
    ("Rabu (5/6/2024) pukul 14.05. Polisi", datetime(2024, 6, 5, 14, 5, tzinfo=WIB)),
    # An end whose day is no hour was never one.
    ("Periode 01.07.2018 - 31.07.2018", datetime(2018, 7, 1, tzinfo=WIB)),
])
def test_clocks_after_dotted_dates_stay(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected
