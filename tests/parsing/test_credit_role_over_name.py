"""A header's credit box printing each role alone over its name (JatimTIMES 2020: `Reporter` over `Ashaq Lupito` over
`Editor` over `Dede Nana` over `08 - Dec - 2020, 11:52`): the writer and the editor. A box printing the name over its
role (Kompas 2024: `Erwin Hutapea` over `Penulis`) keeps its reading; a desk, a place or a sentence under a role names
nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize(("lines", "author", "editor"), [
    (("Reporter", "Ashaq Lupito", "Editor", "Dede Nana", "08 - Dec - 2020, 11:52"), "Ashaq Lupito", "Dede Nana"),
    (("Reporter", "Ashaq Lupito", "Editor", "Dede Nana"), "Ashaq Lupito", "Dede Nana"),
    (("Penulis", "Ashaq Lupito", "08 - Dec - 2020, 11:52"), "Ashaq Lupito", None),
])
def test_each_role_over_its_name_names_the_writer_and_the_editor(lines, author, editor):
    item = parse_article(page(header=header_lines(*lines)), URL)
    assert (item["author"], item["editor"]) == (author, editor)


def test_a_name_over_its_role_keeps_its_reading():
    item = parse_article(page(header=header_lines("Erwin Hutapea", "Penulis", "Sabrina Asril", "Editor")), URL)
    assert item["author"] == "Erwin Hutapea"


@pytest.mark.parametrize("following", ["Tim Redaksi", "Jawa Timur", "Bupati Malang", "Nasional"])
def test_no_name_under_the_role_names_nobody(following):
    item = parse_article(page(header=header_lines("Reporter", following, "08 - Dec - 2020, 11:52")), URL)
    assert item["author"] is None
