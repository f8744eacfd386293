"""A byline under the headline whose name a note's mark closes, the note on the writer at the text's end (a campus
paper's opinion page: `Oleh : Supriono*`; a forum's copy of a paper's guide: `Oleh : Suyono HS. *`): the writer is the
name without the mark, and without the full stop before it. A rubric's heading or a desk there, marked the same,
names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize(("line", "writer"), [
    ("Oleh : Supriono*", "Supriono"),
    ("Oleh : Suyono HS. *", "Suyono HS"),
    ("Oleh: Emerald Magma Audha*", "Emerald Magma Audha"),
    ("Oleh : Ahmad Tamimi*", "Ahmad Tamimi"),
])
def test_the_writer_is_the_name_without_the_mark(line, writer):
    assert parse_article(page(header=header_lines(line)), URL)["author"] == writer


def test_an_initial_s_full_stop_without_a_mark_stays():
    item = parse_article(page(header=header_lines("Oleh : Ahmad S.", "Senin, 12 Mei 2020")), URL)
    assert item["author"] == "Ahmad S."


@pytest.mark.parametrize("line", ["Oleh : Jumat Berkah*", "Oleh : Redaksi *)", "Oleh : Laporan Khusus*"])
def test_a_marked_rubric_or_desk_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None
