"""An editor's credit after a header byline's time (InfoPublik: `Oleh Yudi Rahmat, Senin, 23 Desember 2019 | 13:13 WIB
- Redaktur: Gusti Andry - 605`, the page's views after a spaced dash): the editor is read beside the writer before the
time; what the line prints after the credit is no part of the name."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import URL, header_lines as header, page  # beside this file

INFOPUBLIK = "Oleh Yudi Rahmat, Senin, 23 Desember 2019 | 13:13 WIB - Redaktur: Gusti Andry - 605"


def test_the_editor_after_the_time_is_read_beside_the_writer():
    line = parse_header_line(INFOPUBLIK)
    assert (line.author, line.editor, line.when) == ("Yudi Rahmat", "Gusti Andry", "Senin, 23 Desember 2019 | 13:13 WIB")


def test_the_page_names_its_writer_and_editor():
    item = parse_article(page(header=header(INFOPUBLIK)), URL)
    assert (item["author"], item["editor"]) == ("Yudi Rahmat", "Gusti Andry")


@pytest.mark.parametrize(("line", "author", "editor"), [
    ("Budi Santoso - Senin, 12 Feb 2024 10:15 WIB | Editor: Rina Hartati", "Budi Santoso", "Rina Hartati"),
    ("SABTU, 27 MEI 2023 | 12:39 WIB | LAPORAN: AGUS DWI", "AGUS DWI", None),  # the writer after the time, as before
    ("Sabtu, 19/11/2011 15:15 WIB | Oleh : Lukman Hakim*", "Lukman Hakim", None),
    ("Senin, 12 Feb 2024 10:15 WIB - 605 views", None, None),  # the views alone credit nobody
    ("Budi Santoso - Senin, 12 Feb 2024 10:15 WIB - Baca juga: Editor pilihan", "Budi Santoso", None),
    ("Editor: Rina Hartati - Senin, 12 Feb 2024 10:15 WIB - Redaktur: Gusti Andry", None, "Rina Hartati"),  # first stays
])
def test_credits_after_the_time(line, author, editor):
    found = parse_header_line(line)
    assert (found.author, found.editor) == (author, editor)
