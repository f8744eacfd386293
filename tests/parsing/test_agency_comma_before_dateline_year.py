"""ANTARA's English features dated in figures with a comma for the slash before the year (`Jakarta, 24/10, 2020
(ANTARA) -`, `Jakarta, 23/10 , 2020 (ANTARA) -`, copied on a writer's blog): the written year is the date's, also
when the page's day (`base`) is earlier, where a year-less `24/10` would be read as the last October 24 before it."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing import parse_dateline
from dateline_readings import place_and_agency  # beside this file

LEAD = " - If all goes according to plan, Indonesia's hidden paradise Labuan Bajo will soon be transformed."


@pytest.mark.parametrize(("opening", "base", "day"), [
    # The blog's post is dated the day before the dateline's.
    ("Jakarta, 24/10, 2020 (ANTARA)", date(2020, 10, 23), date(2020, 10, 24)),
    ("Jakarta, 23/10 , 2020 (ANTARA)", date(2020, 10, 22), date(2020, 10, 23)),
    ("Jakarta, 24/10, 2020 (ANTARA)", date(2021, 3, 1), date(2020, 10, 24)),
    ("Jakarta, 31/12 / 2021 (ANTARA)", date(2021, 12, 30), date(2021, 12, 31)),
])
def test_the_year_after_the_comma_is_the_dates(opening, base, day):
    found = parse_dateline(opening + LEAD, base=base)
    assert place_and_agency(opening + LEAD) == ("Jakarta", "ANTARA")
    assert found is not None and found.date == day


@pytest.mark.parametrize(("opening", "base", "day"), [
    # No year written: the last such day up to the page's day.
    ("Jakarta, 24/10 (ANTARA)", date(2020, 10, 23), date(2019, 10, 24)),
    ("Jakarta, Oct 24 (ANTARA)", date(2020, 10, 25), date(2020, 10, 24)),
    # Two figures after the comma are no year.
    ("Jakarta, 24/10, 20 (ANTARA)", date(2020, 10, 23), date(2019, 10, 24)),
])
def test_a_date_without_its_year_still_takes_the_pages(opening, base, day):
    found = parse_dateline(opening + LEAD, base=base)
    assert found is not None and (found.place, found.agency, found.date) == ("Jakarta", "ANTARA", day)
