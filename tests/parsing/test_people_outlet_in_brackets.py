"""A writer's name with the outlet in brackets after it on a line of its own under the headline, the place it was filed
from and the day on the lines after it (The Jakarta Post 2014: `Arielle Milecki (The Jakarta Post)` / `Jakarta` / `Thu,
January 30, 2014`), names the writer; words in brackets that name no publisher (a caption's `(kanan)`) make no byline
(small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file


def _header(*lines: str) -> str:
    return "".join(f"<div>{line}</div>" for line in lines)


@pytest.mark.parametrize("lines", [
    ("Arielle Milecki (The Jakarta Post)", "Jakarta", "Thu, January 30, 2014"),  # the place between
    ("Arielle Milecki (The Jakarta Post)", "Thu, January 30, 2014"),
    ("Arielle Milecki (The Jakarta Post)", "Jakarta", "Thu, January 30, 2014 | 10:15 WIB"),  # a time, not a day alone
])
def test_a_name_with_its_outlet_in_brackets_over_the_day_names_the_writer(lines):
    assert parse_article(page(header=_header(*lines)), URL)["author"] == "Arielle Milecki"


@pytest.mark.parametrize("lines", [
    ("Presiden Joko Widodo (kanan)", "Jakarta", "Thu, January 30, 2014"),  # a caption's words in the brackets
    ("Arielle Milecki (The Jakarta Post)", "Jakarta", "Share This Article"),  # no day under it
    ("Jadi Sorotan Dunia (The Jakarta Post)", "Thu, January 30, 2014"),  # a subtitle's words, no name
])
def test_no_publisher_in_the_brackets_or_no_day_makes_no_byline(lines):
    assert parse_article(page(header=_header(*lines)), URL)["author"] is None
