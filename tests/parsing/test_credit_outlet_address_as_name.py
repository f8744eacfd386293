"""An outlet's web address where a credit's name would stand: the outlet signs for the copy in either role (Republika's
amp pages 2021, a story from its paper edition: `Rep: republika.id Red: republika.id`). No one is named so: neither the
writer nor the editor. Names with initials and stops stay the names they are (`Red: A.Syalaby Ichsan`, `M. Naufal
Hafizh`), and a credit naming a person beside the address keeps the person."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("line", [
    "Rep: republika.id Red: republika.id",  # Republika amp 2021
    "Red: republika.id",
    "Editor: kompas.com",
    "Penulis: Republika.co.id",
])
def test_an_outlet_address_names_no_one(line):
    credits = parse_credits(line)
    assert credits is not None and (credits.author, credits.editor) == (None, None)


def test_the_header_credit_signed_by_the_address_names_no_editor():
    header = header_lines("Gencatan senjata disambut dengan berhati-hati.", "Rep: republika.id Red: republika.id")
    item = parse_article(page(header=header), URL)
    assert (item["author"], item["editor"]) == (None, None)


@pytest.mark.parametrize(("line", "names"), [
    ("Rep: Umar Mukhtar Red: A.Syalaby Ichsan", ("Umar Mukhtar", "A.Syalaby Ichsan")),
    ("Rep: Fian Firatmaja Red: Sadly Rachman", ("Fian Firatmaja", "Sadly Rachman")),
    ("Reporter: Budi Santoso | Editor: detik.com", ("Budi Santoso", None)),
    ("Penulis: Republika.co.id Editor : M. Naufal Hafizh", (None, "M. Naufal Hafizh")),
])
def test_names_beside_or_like_an_address_stay(line, names):
    credits = parse_credits(line)
    assert credits is not None and (credits.author, credits.editor) == names
