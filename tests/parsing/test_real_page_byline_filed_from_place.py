"""A bare `Oleh <name>` byline over the dateline may say where the writer filed from after `dari` (Republika's reports
from the Hajj, as a copy prints them: `Oleh Erdy Nasrul dari Makkah` over `IHRAM.CO.ID, MAKKAH — ...`), or close on a
stray comma (a Jogja portal's `Oleh Jatu Raya,` over its standfirst): the writer is the name before them, and the line
leaves the text. A sentence opening with `Oleh` stays the text's (real lines in small pages of their shape)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import opinion_author
from crawler.parsing.html import Block

from people_pages import URL, page  # beside this file

LEAD = ("IHRAM.CO.ID, MAKKAH — Penyelenggaraan haji Indonesia mendapatkan apresiasi Muassasah. Lembaga swasta yang "
        "mengawasi pelayanan haji itu menilai meskipun jamaah Indonesia mencapai ratusan ribu, dapat dikelola dengan baik.")


@pytest.mark.parametrize(("line", "name"), [
    ("Oleh Erdy Nasrul dari Makkah", "Erdy Nasrul"),
    ("Oleh Erdy Nasrul dari Makkah, Arab Saudi", "Erdy Nasrul"),
    ("Oleh Jatu Raya,", "Jatu Raya"),
])
def test_the_byline_names_the_writer(line, name):
    assert opinion_author(Block(line)) == name


def test_the_hajj_byline_over_the_dateline():
    item = parse_article(page(lead=f"<p>Oleh Erdy Nasrul dari Makkah</p><p>{LEAD}</p>"), URL)
    assert item["author"] == "Erdy Nasrul"
    assert item["dateline"]["place"] == "MAKKAH"
    assert item["body"].startswith("Penyelenggaraan haji Indonesia")
    assert "Oleh Erdy" not in item["body"]


def test_the_byline_closed_by_a_comma():
    item = parse_article(page(lead="<p>Oleh Jatu Raya,</p>"), URL)
    assert item["author"] == "Jatu Raya"
    assert "Oleh Jatu" not in item["body"]


@pytest.mark.parametrize("line", [
    "Oleh karena itu, jamaah diminta datang lebih awal dari Makkah.",
    "Oleh Presiden dari Istana",  # a role, no writer
    "Oleh Budi Santoso dari rumahnya di Bogor",  # `dari` before small words: a sentence
])
def test_sentences_and_roles_make_no_byline(line):
    assert opinion_author(Block(line)) is None
