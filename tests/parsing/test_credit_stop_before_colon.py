"""A credit label typed with a stray stop before its colon (a regional outlet's ending: `Pewarta:Zul Efendri` over
`Editor. :Redaksi Sumbar`): still the label, so the name before it ends there and the desk after it names no editor.
A stop ending a sentence before a colon-less word stays prose."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize("line, author, editor", [
    # As printed: the editor's box holds the desk, no person.
    ("Pewarta:Zul Efendri\nEditor. :Redaksi Sumbar", "Zul Efendri", None),
    ("Pewarta: Zul Efendri\nEditor. : Andi Saputra", "Zul Efendri", "Andi Saputra"),
    ("Reporter. : Andi Saputra | Editor : Budi Santoso", "Andi Saputra", "Budi Santoso"),
    ("Penulis.: Andi Saputra Editor.: Budi Santoso", "Andi Saputra", "Budi Santoso"),
])
def test_a_stop_before_the_colon_keeps_the_label(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)


def test_the_real_ending_names_the_writer_and_no_desk():
    item = parse_article(page(last="<p>Sangat di sayangkan perlakuan ajudan tersebut kepada wartawan tersebut.</p>"
                                   "<p>Pewarta:Zul Efendri<br>Editor. :Redaksi Sumbar</p>"), URL)
    assert (item["author"], item["editor"]) == ("Zul Efendri", None)


@pytest.mark.parametrize("text", [
    # Near misses: a sentence's stop and a colon later on are no label.
    "Dia seorang Wartawan. Kata dia: semua aman.",
    "Editor. Itu profesinya sejak lama",
    "Pewarta. : ",
])
def test_prose_and_empty_labels_name_nobody(text):
    credits = parse_credits(text)
    assert credits is None or (credits.author, credits.editor) == (None, None)
