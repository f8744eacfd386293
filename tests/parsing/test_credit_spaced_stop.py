"""A full stop spaced from the name closing a credit line (Kontan: `Reporter: Bidara Pink | Editor: Handoyo .`) is
no part of the name, as a glued one is not; an initial keeps its own stop (small pages in the shapes of the real
ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize(("line", "author", "editor"), [
    ("Reporter: Bidara Pink | Editor: Handoyo .", "Bidara Pink", "Handoyo"),
    ("Reporter: Ferrika Sari | Editor: Tendi Mahadi .", "Ferrika Sari", "Tendi Mahadi"),
    ("Reporter: Bidara Pink | Editor: Handoyo.", "Bidara Pink", "Handoyo"),
])
def test_a_spaced_stop_closing_the_line_is_no_part_of_the_name(line, author, editor):
    found = parse_credits(line)
    assert (found.author, found.editor) == (author, editor)
    item = parse_article(page(last=f"<p>{line}</p>"), URL)
    assert (item["author"], item["editor"]) == (author, editor)


def test_an_initial_keeps_its_stop():
    assert parse_credits("Penulis: Ni Luh Made Pertiwi F.").author == "Ni Luh Made Pertiwi F."
