"""A writer's name on a line of its own just above the header's day alone, no clock (a blog's copy of the Borneo
Bulletin 2016: `Rachel Thien` over `Sunday, April 24, 2016`): the writer, as above a time; what is no name there
names nobody, and the day stays the article's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("name", "day", "published"), [
    ("Rachel Thien", "Sunday, April 24, 2016", "2016-04-24T00:00:00+07:00"),
    ("Hendri Setiadi", "Sabtu, 29 Maret 2025", "2025-03-29T00:00:00+07:00"),
])
def test_a_name_over_the_day_names_the_writer(name, day, published):
    item = parse_article(page(header=header(name, day)), URL)
    assert (item["author"], item["published_at"]) == (name, published)


@pytest.mark.parametrize("line", [
    "CNN Indonesia",  # an acronym: an outlet's
    "Berita Terkini",  # a section
    "Admin Web",  # the site's account
    "Nasional",  # one word
    "Supaya Timnya Mengalah",  # a short subtitle in title case
    "How Jakarta Votes",
])
def test_a_line_over_the_day_that_is_no_name_names_nobody(line):
    assert parse_article(page(header=header(line, "Sabtu, 29 Maret 2025")), URL)["author"] is None
