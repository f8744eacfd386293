"""A listing's line under the headline that is a section's name and a date, no clock (Kompas 2025: `Megapolitan 19
Desember 2025`): the article's day, the section no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import header_lines as header, page  # beside this file

URL = "https://megapolitan.kompas.com/read/banjir-rendam-puluhan-rumah"


@pytest.mark.parametrize(("line", "day"), [
    ("Megapolitan 19 Desember 2025", "2025-12-19T00:00:00+07:00"),
    ("Regional 3 Januari 2024", "2024-01-03T00:00:00+07:00"),
    ("Nasional | 3 Januari 2024", "2024-01-03T00:00:00+07:00"),
    ("Sabtu, 20 Desember 2025", "2025-12-20T00:00:00+07:00"),  # the date alone, as before
])
def test_a_section_and_a_date_under_the_headline_give_the_day(line, day):
    item = parse_article(page(header=header(line)), URL)
    assert (item["published_at"], item["author"]) == (day, None)


def test_a_section_and_a_time_keep_the_clock():
    item = parse_article(page(header=header("Megapolitan 19 Desember 2025, 10:15 WIB")), URL)
    assert (item["published_at"], item["author"]) == ("2025-12-19T10:15:00+07:00", None)


@pytest.mark.parametrize("line", [
    "Budi Santoso 19 Desember 2025",  # a name before the date: no section
    "Banjir 19 Desember 2025",  # a word no section's
])
def test_other_words_before_a_date_give_no_day(line):
    assert parse_article(page(header=header(line)), URL)["published_at"] is None
