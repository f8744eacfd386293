"""A copied byline naming its outlet's domain before the label (a blog's copy of Arrahmah 2018: `Arrahmah.com Oleh
Ameera Pada 4/09/2018 19:47` under the headline): the domain is the publisher, the name after `Oleh` the writer. A
desk or a rubric's heading after the label names nobody, an outlet's domain alone before the time stays no writer, and
a word glued to the label by a dash (`Oleh-oleh`) is no label."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("line, writer", [
    ("Arrahmah.com Oleh Ameera Pada 4/09/2018 19:47", "Ameera"),
    ("Arrahmah.com Oleh Ameera Putri Pada 4/09/2018 19:47 WIB", "Ameera Putri"),
    ("TRIBUNNEWS.COM By Budi Santoso 12/03/2020 10:00 WIB", "Budi Santoso"),
])
def test_the_name_after_the_label_is_the_writer(line, writer):
    assert parse_article(page(header=header_lines(line)), URL)["author"] == writer


@pytest.mark.parametrize("line", [
    "Arrahmah.com Oleh Redaksi Pada 4/09/2018 19:47",
    "Arrahmah.com Oleh Admin Pada 4/09/2018 19:47",
    "Arrahmah.com Oleh Jumat Berkah Pada 4/09/2018 19:47",
    "Kompas.com - 05/10/2018, 06:21 WIB",
    "Detik.com Oleh-oleh khas Pada 4/09/2018 19:47",
])
def test_a_desk_a_rubric_or_the_outlet_alone_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None

