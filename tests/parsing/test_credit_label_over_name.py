"""A byline's label alone on its header line, the writer's name on the next (Kompas.id 2020: `Oleh` over `ELSA EMIRIA
LEBA` over `· 5 menit baca`; a theme's `By` over `Natsir Amir`): the writer; a desk, a section, an outlet, a rubric or
a place under the label names nobody, and a role's label over a name is left to the credit box's reading."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("lines", "name"), [
    (("Oleh", "ELSA EMIRIA LEBA", "· 5 menit baca"), "ELSA EMIRIA LEBA"),
    (("Published", "2 months agoon", "By", "Natsir Amir"), "Natsir Amir"),
    (("Oleh:", "M Rodhi Aulia", "Senin, 6 Januari 2020 10:00 WIB"), "M Rodhi Aulia"),
])
def test_the_name_under_a_byline_label_is_the_writer(lines, name):
    assert parse_article(page(header=header(*lines)), URL)["author"] == name


@pytest.mark.parametrize("following", ["Tim Redaksi", "Nasional", "KOMPAS.com", "HIKMAH JUMAT", "Jawa Barat"])
def test_no_name_under_the_label_names_nobody(following):
    assert parse_article(page(header=header("Oleh", following, "· 5 menit baca")), URL)["author"] is None


def test_a_role_label_over_the_editor_s_name_leaves_the_credit_box_s_reading():
    lines = ("Erwin Hutapea", "Penulis", "Sabrina Asril", "Editor")
    item = parse_article(page(header=header(*lines)), URL)
    assert item["author"] == "Erwin Hutapea"
