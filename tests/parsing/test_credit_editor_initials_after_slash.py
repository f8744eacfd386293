"""A header byline whose name the editor's initials follow after a slash, the time on the same line (BeritaSatu 2014:
`Anselmus Bata / AB Minggu, 20 Juli 2014 | 10:30 WIB`) or on the line under it (BeritaSatu 2019: `Wisnu Bagus Prasetyo
/ WBP` over `November 29, 2019 | 13:06 WIB`): the writer is the name without them. A place, a wire or a rubric's
heading before the slash names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


def test_the_initials_on_the_time_line_are_no_part_of_the_name():
    item = parse_article(page(header=header_lines("Anselmus Bata / AB Minggu, 20 Juli 2014 | 10:30 WIB")), URL)
    assert item["author"] == "Anselmus Bata"


def test_the_initials_over_the_time_line_are_no_part_of_the_name():
    item = parse_article(page(header=header_lines("Wisnu Bagus Prasetyo / WBP", "November 29, 2019 | 13:06 WIB")), URL)
    assert item["author"] == "Wisnu Bagus Prasetyo"


@pytest.mark.parametrize("line", [
    "Jakarta / JKT Minggu, 20 Juli 2014 | 10:30 WIB",
    "Reuters / AFP Minggu, 20 Juli 2014 | 10:30 WIB",
    "Redaksi / RED Minggu, 20 Juli 2014 | 10:30 WIB",
])
def test_a_place_a_wire_or_a_desk_before_the_slash_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None


@pytest.mark.parametrize("line", ["Laporan Khusus / LK", "Harga Emas / HE"])
def test_a_rubric_over_the_time_names_nobody(line):
    assert parse_article(page(header=header_lines(line, "November 29, 2019 | 13:06 WIB")), URL)["author"] is None
