"""find_body_dates and parse_date on ordinal days in a range or a pair (`17th-18th June 2007`, `the 17th or 18th June
2007`), on either of two days (`April 21 or April 22, 2023`, `5 atau 6 Juni`) and on a spaced range of days before a
numeric date (`Rabu dan Kamis (25 – 26/1/2023)`) (short real strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates, parse_date


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "expected"), [
    ("the newspaper will only be sold in Kuantan on the 17th or 18th June 2007.", ["2007-06-17", "2007-06-18"]),
    ("held on 17th and 18th June 2007 in Kuantan", ["2007-06-17", "2007-06-18"]),
    ("Hari Raya Aidilfitri would be celebrated on 17 or 18 June 2007.", ["2007-06-17", "2007-06-18"]),
    ("Sidang digelar pada 5 atau 6 Juni 2007 di Jakarta.", ["2007-06-05", "2007-06-06"]),
    ("an extra public holiday, which could fall on either April 21 or April 22, 2023.", ["2023-04-21", "2023-04-22"]),
])
def test_either_of_two_days_and_ordinal_pairs_are_both_reported(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2024, 5, 10, 12, 0, tzinfo=WIB)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The festival runs on 17th-18th June 2007 at the stadium.", ["2007-06-17"]),
    ("held on the 17th to 18th of June 2007", ["2007-06-17"]),
    ("Kursus diadakan pada 12hb - 14hb Januari 2021.", ["2021-01-12"]),
    ("from 30th December-2nd January 2020", ["2019-12-30"]),
])
def test_a_range_of_ordinal_days_is_read_as_its_first(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2024, 5, 10, 12, 0, tzinfo=WIB)) == expected


def test_a_hijri_date_or_its_gregorian_day_stays_one_date() -> None:
    # `atau` before a Gregorian date restating a Hijri one is no pair of Gregorian days.
    assert _dates("1 Ramadhan 1428 H atau 13 September 2007", datetime(2007, 9, 14, tzinfo=WIB)) == ["2007-09-13"]


def test_a_header_with_a_pair_of_ordinal_days_reads_the_first() -> None:
    assert parse_date("17th or 18th June 2007") == datetime(2007, 6, 17, tzinfo=WIB)


@pytest.mark.parametrize("text", [
    "Bazar kuliner berlangsung dua hari Rabu dan Kamis (25 – 26/1/2023).",
    "Rabu dan Kamis (25 - 26/1/2023)",
])
def test_a_spaced_range_of_days_before_a_numeric_date_is_read_as_its_first(text: str) -> None:
    assert parse_date(text) == datetime(2023, 1, 25, tzinfo=WIB)
    assert _dates(text, datetime(2023, 1, 27, 8, 0, tzinfo=WIB)) == ["2023-01-25"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Persija menang skor 3 - 1/5/2024", datetime(2024, 5, 1, tzinfo=WIB)),  # a score: no range, the date stays
    ("Pertandingan 26 - 25/1/2023", datetime(2023, 1, 25, tzinfo=WIB)),
])
def test_a_number_before_a_spaced_dash_that_does_not_run_forward_is_no_part_of_the_date(
        text: str, expected: datetime) -> None:
    assert parse_date(text) == expected
