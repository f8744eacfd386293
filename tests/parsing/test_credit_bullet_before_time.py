"""A heavy bullet between a header's first words and its time (The Jakarta Post: `Jakarta ● Mon, January 6, 2020 |
10:15 am`) parts them as a light one does: the place it was filed from names nobody, the writer with the outlet in
brackets on the line above it is the writer; a name before the bullet keeps no bullet (small pages in the shapes of the
real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("line", [
    "Jakarta ● Mon, January 6, 2020 | 10:15 am",
    "Surabaya ● Senin, 6 Januari 2020 - 10:15 WIB",
    "Jakarta ● Senin, 6 Januari 2020 | 10:15 WIB",
])
def test_a_place_before_a_heavy_bullet_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None


@pytest.mark.parametrize("lines", [
    ("Yvette Tanamal (The Jakarta Post)", "Jakarta ● Mon, January 6, 2020 | 10:15 am"),
    ("Yvette Tanamal (The Jakarta Post)", "Jakarta | Mon, January 6, 2020 | 10:15 am"),
])
def test_the_writer_with_the_outlet_over_the_place_and_time_is_the_writer(lines):
    assert parse_article(page(header=header_lines(*lines)), URL)["author"] == "Yvette Tanamal"


@pytest.mark.parametrize("lines", [
    ("Harga Emas (The Jakarta Post)", "Jakarta ● Mon, January 6, 2020 | 10:15 am"),  # a topic's words, no name
    ("Presiden Joko Widodo (kanan)", "Jakarta ● Mon, January 6, 2020 | 10:15 am"),  # a caption's brackets
])
def test_no_writer_with_an_outlet_above_the_place_names_nobody(lines):
    assert parse_article(page(header=header_lines(*lines)), URL)["author"] is None


@pytest.mark.parametrize(("line", "author"), [
    ("Budi Santoso ● Senin, 6 Januari 2020 | 10:15 WIB", "Budi Santoso"),
    ("Budi Santoso • Senin, 6 Januari 2020 10:15 WIB", "Budi Santoso"),
    ("Budi Santoso · Senin, 6 Januari 2020 10:15 WIB", "Budi Santoso"),
])
def test_a_name_before_a_bullet_keeps_no_bullet(line, author):
    assert parse_header_line(line).author == author
