"""A Malay hour and part of day after `pada` without `jam` or `pukul`, before its date (`dijadual pada 4 petang, 6
November`): read as the clock of that date; `pada` before a day, or an hour with no part of day, stays as it was."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, parse_date

BASE = datetime(2020, 11, 7, 12, 0, tzinfo=WIB)


@pytest.mark.parametrize(("text", "expected"), [
    # A Malaysian broadcaster's round-up: the budget is tabled at four in the afternoon on 6 November.
    ("isu Belanjawan 2021 yang dijadual pada 4 petang, 6 November serta usaha bersepadu",
     datetime(2020, 11, 6, 16, 0, tzinfo=WIB)),
    ("yang dijadual pada 4 petang, 6 November 2020", datetime(2020, 11, 6, 16, 0, tzinfo=WIB)),
    ("6 November 2020 pada 4 petang", datetime(2020, 11, 6, 16, 0, tzinfo=WIB)),
    ("dijadual pada 10 pagi, Jumaat 6 November 2020", datetime(2020, 11, 6, 10, 0, tzinfo=WIB)),
    # With its label the shape was read already.
    ("dijadual pada jam 4 petang, 6 November 2020", datetime(2020, 11, 6, 16, 0, tzinfo=WIB)),
])
def test_an_unlabelled_malay_hour_after_pada_is_the_clock_of_its_date(text: str, expected: datetime) -> None:
    assert parse_date(text, base=BASE) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # `pada` before a day is no hour; an hour without a part of day or zone is none either.
    ("pada 17 Agustus 2020", datetime(2020, 8, 17, tzinfo=WIB)),
    ("Presiden akan hadir pada 6 November 2020.", datetime(2020, 11, 6, tzinfo=WIB)),
    ("kenaikan pada 4 peratus, 6 November 2020", datetime(2020, 11, 6, tzinfo=WIB)),
    # Nights counted, with no date, are no time.
    ("menginap pada 2 malam, lalu pulang", None),
])
def test_pada_without_a_part_of_day_stays_as_it_was(text: str, expected: datetime | None) -> None:
    assert parse_date(text, base=BASE) == expected
