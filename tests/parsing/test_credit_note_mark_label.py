"""A note mark before a printed credit's label (a campus paper's closing `*Reporter: Andi Gusmaniar Irnawati` under the
text's `(*)`): the credit is read as without it; a footnote naming a role after the mark stays none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize(("text", "author", "editor"), [
    ("*Reporter: Andi Gusmaniar Irnawati", "Andi Gusmaniar Irnawati", None),
    ("**Editor: Andi Gusmaniar Irnawati", None, "Andi Gusmaniar Irnawati"),
    ("* Reporter : Andi Gusmaniar Irnawati", "Andi Gusmaniar Irnawati", None),
])
def test_a_note_mark_before_the_label_is_no_part_of_the_credit(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)


@pytest.mark.parametrize("text", [
    "*Penulis adalah mahasiswa Fakultas Ilmu Sosial UNM",  # a column's footnote: a role, no label
    "***",
    "*Catatan redaksi: berita ini telah diperbarui",
])
def test_a_note_mark_before_no_label_names_nobody(text):
    assert parse_credits(text) is None


def test_the_closing_reporter_line_under_the_end_mark_names_the_writer():
    item = parse_article(page(last="<p>“Berita itu harus berdampak supaya bisa dikatakan berita,” pungkasnya. (*)</p>"
                                   "<p>*Reporter: Andi Gusmaniar Irnawati</p>"), URL)
    assert item["author"] == "Andi Gusmaniar Irnawati"
    assert "Reporter" not in item["body"]
