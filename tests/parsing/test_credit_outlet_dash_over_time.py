"""A writer's name and the outlet after a dash on a line of its own just above the header's time (a detik page's text:
`Muhammad Febrianputra Jastin - detikSumbagsel` over `Minggu, 29 Des 2024 23:30 WIB`): the writer; a desk, a section,
a rubric or a place before the outlet names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file

TIME = "Minggu, 29 Des 2024 23:30 WIB"


@pytest.mark.parametrize(("line", "name"), [
    ("Muhammad Febrianputra Jastin - detikSumbagsel", "Muhammad Febrianputra Jastin"),
    ("Budi Santoso - Tribunnews.com", "Budi Santoso"),
    ("Agus Siswanto - 20DETIK", "Agus Siswanto"),
])
def test_a_name_and_its_outlet_over_the_time_names_the_writer(line, name):
    assert parse_article(page(header=header(line, TIME)), URL)["author"] == name


@pytest.mark.parametrize("line", [
    "Tim Redaksi - detikNews",
    "Tim detikcom - detikNews",
    "Nasional - detikNews",
    "Cek Fakta - kompas.com",
    "Hikmah Jumat - detikNews",
    "Jawa Tengah - Tribunnews.com",
])
def test_no_name_before_the_outlet_names_nobody(line):
    assert parse_article(page(header=header(line, TIME)), URL)["author"] is None
