"""A column's byline naming the outlet the writer wrote for after `untuk`, its domain and the place after it
(teraspanturanews 2024: `Oleh AS Saeful Husna untuk teraspanturanews.com Batang Jateng`), names the writer; `untuk`
with no outlet's domain after it is a sentence's word (small pages in the shapes of the real ones)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opinion_author
from crawler.parsing.html import Block

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize("line", [
    "Oleh AS Saeful Husna untuk teraspanturanews.com Batang Jateng",
    "Oleh AS Saeful Husna untuk teraspanturanews.com",
])
def test_a_byline_for_an_outlet_names_the_writer(line):
    assert opinion_author(Block(line)) == "AS Saeful Husna"
    assert parse_article(page(lead=f"<p>{line}</p>"), URL)["author"] == "AS Saeful Husna"


@pytest.mark.parametrize("line", [
    "Oleh Budi Santoso untuk Indonesia",  # no outlet's domain
    "Oleh karena itu untuk teraspanturanews.com",  # a sentence
])
def test_untuk_without_an_outlet_makes_no_byline(line):
    assert opinion_author(Block(line)) is None
