"""A header line dated by its Hijri day, its month in Arabic letters (MINA's Arabic edition), on a page that declares
no time: the line gives the moment and the writer."""

from __future__ import annotations

import pytest
from people_pages import URL, page

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line


@pytest.mark.parametrize(("line", "author", "published"), [
    ("Dini Istiqomah - Wednesday, 20 شعبان 1446 - 12:11 WIB", "Dini Istiqomah", "2025-02-19T12:11:00+07:00"),
    # A month of two words.
    ("Wednesday, 1 ربيع الأول 1447 - 08:00 WIB", None, "2025-08-24T08:00:00+07:00"),
])
def test_a_hijri_header_line_gives_the_moment(line, author, published):
    assert parse_header_line(line).author == author
    item = parse_article(page(header=f"<div class='meta'>{line}</div>"), URL)
    assert item["published_at"] == published
    assert item["author"] == author
