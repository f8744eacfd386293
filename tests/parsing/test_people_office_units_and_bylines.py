"""An office's unit signing as the writer (a tax office's article: `Penulis : Tim Seksi Hukum dan Informasi`) names
nobody, as a desk does, a writer named Tim stays a writer; a blog's byline with a full stop for its colon (`Oleh. <Name>`)
names its writer (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import is_desk
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import PARAGRAPHS, URL, page  # beside this file


@pytest.mark.parametrize(("name", "desk"), [
    ("Tim Seksi Hukum dan Informasi", True),  # an office's section
    ("Tim Bidang Humas", True),
    ("Tim Bagian Protokol", True),
    ("Tim Hannigan", False),  # a writer named Tim
])
def test_an_offices_unit_is_a_desk(name, desk):
    assert is_desk(name) is desk


def test_an_offices_unit_closing_the_text_names_no_writer():
    item = parse_article(page(last="<p>Penulis : Tim Seksi Hukum dan Informasi</p>"), URL)
    assert item["author"] is None


@pytest.mark.parametrize(("text", "author"), [
    ("Oleh. Rijal A. Mohammadi", "Rijal A. Mohammadi"),  # a blog's byline, a full stop for the colon
    ("Oleh. Karena itu warga diminta waspada", None),  # a sentence goes on in small letters
])
def test_a_full_stop_may_stand_for_the_bylines_colon(text, author):
    cleaned = clean_body([Block(text), *(Block(p) for p in PARAGRAPHS)])
    assert cleaned.byline_author == author
