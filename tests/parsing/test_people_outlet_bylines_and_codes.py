"""The codes a credit prints where a name would stand (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits, parse_header_line

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize(("line", "author", "editor"), [
    ("Penulis: ads | Editor: dn", None, None),
    ("Reporter: nug Editor: Budi Santoso", None, "Budi Santoso"),
    # a name in small letters is still a name (Tribun Jateng 2022), one word of more letters too
    ("Penulis: faisal affan | Editor: muslimah", "faisal affan", "muslimah"),
])
def test_a_code_where_a_name_would_stand_names_nobody(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)


def test_a_code_printed_as_the_editor_in_a_header_line_names_nobody():
    header = parse_header_line("Budi Santoso Editor : dn - Senin, 12 Februari 2024 | 10:15 WIB")
    assert (header.author, header.editor) == ("Budi Santoso", None)
    item = parse_article(page(header="<div>Penulis: ads | Editor: dn</div><div>Senin, 12 Februari 2024 | 10:15 WIB</div>"),
                         URL)
    assert (item["author"], item["editor"]) == (None, None)
