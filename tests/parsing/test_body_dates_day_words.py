"""find_body_dates on a day named by its distance from the publication day with its day and month, as Malaysian
and Indonesian bodies write it (`tomorrow, on May 2`, `from today (May 2)`, `besok, 11 Oktober`, `esok iaitu 16
September`); a month's abbreviation touching its day in parentheses (`Sunday (March.17)`, `today (Jan.15)`) (short real
strings)."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.parsing.dates import WIB, find_body_dates


def _dates(text: str, base: datetime) -> list[str]:
    return [found["date"] for found in find_body_dates(text, base)]


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Muslims in the country will celebrate Hari Raya Aidilfitri tomorrow, on May 2, Keeper of the Royal Seal "
     "Syed Danial Syed Ahmad announced today.", datetime(2022, 5, 1, 21, 0, tzinfo=WIB), ["2022-05-02"]),
    ("The federal government has today officially announced the lifting of full interstate travel restrictions "
     "beginning tomorrow, October 11.", datetime(2021, 10, 10, 15, 0, tzinfo=WIB), ["2021-10-11"]),
    ("The Johor government today agreed to move the special holiday or occasional holiday for the state from today "
     "(May 2) to Wednesday (May 4).", datetime(2022, 5, 2, 12, 0, tzinfo=WIB), ["2022-05-02", "2022-05-04"]),
    ("Pasar murah digelar besok, 11 Oktober, di halaman kantor camat.", datetime(2021, 10, 10, 15, 0, tzinfo=WIB),
     ["2021-10-11"]),
    # Malay `esok` (tomorrow) with `iaitu` (namely) before its day, Indonesian `yaitu` alike.
    ("Esok iaitu 16 September, dengan izin Allah seluruh rakyat Malaysia akan meraikan sambutan Hari Malaysia.",
     datetime(2015, 9, 15, 8, 0, tzinfo=WIB), ["2015-09-16"]),
    ("Rapat dilanjutkan besok yaitu 16 September di gedung dewan.", datetime(2015, 9, 15, 8, 0, tzinfo=WIB),
     ["2015-09-16"]),
    ("Sidang dibuka hari ini, iaitu 15 September.", datetime(2015, 9, 15, 8, 0, tzinfo=WIB), ["2015-09-15"]),
    # Across a new year: the day the word names, not the same day and month of the publication's year.
    ("Restrictions end tomorrow, January 1.", datetime(2021, 12, 31, 10, 0, tzinfo=WIB), ["2022-01-01"]),
    ("The rally was held yesterday, December 31.", datetime(2022, 1, 1, 10, 0, tzinfo=WIB), ["2021-12-31"]),
])
def test_a_day_word_with_its_day_and_month_is_that_day(text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The meeting was moved to tomorrow, May 20, after the minister's visit.", []),  # not the day after publication
    ("Warga berkumpul hari ini, 5 orang di antaranya anak-anak.", []),  # a count, no month
    ("Mesyuarat ditangguhkan ke esok iaitu 20 Mei.", []),  # not the day after publication
    ("Muslims will celebrate tomorrow, 2 May 2022.", ["2022-05-02"]),  # a year written: a full date, read as such
])
def test_a_day_word_whose_day_does_not_fit_it_gives_no_year_less_date(text: str, expected: list[str]) -> None:
    assert _dates(text, datetime(2022, 5, 1, 21, 0, tzinfo=WIB)) == expected


def test_a_day_word_needs_the_publication_date() -> None:
    assert find_body_dates("tomorrow, on May 2", None) == []


@pytest.mark.parametrize(("text", "base", "expected"), [
    ("Starting today (Jan.15), reMarkable 2, a tablet designed to mimic the feel of pen and paper, is now available",
     datetime(2024, 1, 15, 17, 12, tzinfo=WIB), ["2024-01-15"]),
    ("The third presidential debate was held on Sunday (March.17) at the Sultan Hotel.",
     datetime(2019, 3, 18, 10, 0, tzinfo=WIB), ["2019-03-17"]),
    ("Come to our January general body meeting this Wednesday (Jan.16th) in Clark 107",
     datetime(2019, 1, 14, 12, 0, tzinfo=WIB), ["2019-01-16"]),
    ("Until today (Jan. 2019), it has not been proved yet", datetime(2019, 1, 20, 8, 0, tzinfo=WIB), []),
])
def test_a_month_abbreviation_touching_its_day_in_parentheses_is_read(
        text: str, base: datetime, expected: list[str]) -> None:
    assert _dates(text, base) == expected
