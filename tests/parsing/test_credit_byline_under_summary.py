"""A column's labelled byline under the story's summary printed at the top of the text, the dateline opening the block
under it (goindonesia 2022: `Sudah berlangsung dua pekan hingga kemarin, ...` over `Oleh   :  Ilham Bintang` over
`Jakarta, goindonesia.co– “Tugas Pers ...`): the name is the writer's and the byline no line of the text. A rubric's
or a desk's words after the label, a sentence opening with `Oleh`, or no dateline under the byline name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

SUMMARY = ("Sudah berlangsung dua pekan hingga kemarin, sebagian media sudah berhasil mengidentifikasi kegaduhan politik "
           "terkait isu penundaan Pemilu 2024.")
DATELINE = ("Jakarta, goindonesia.co– “Tugas Pers bukanlah untuk menjilat penguasa, tapi mengkritik orang yang sedang "
            "berkuasa.”")


def test_the_byline_under_the_summary_names_the_writer():
    item = parse_article(page(lead=f"<p>{SUMMARY}</p><p>Oleh   :  Ilham Bintang</p><p>{DATELINE}</p>"), URL)
    assert item["author"] == "Ilham Bintang"
    assert "Oleh" not in item["body"]


@pytest.mark.parametrize(("byline", "following"), [
    ("Oleh : Jumat Berkah", DATELINE),  # a rubric
    ("Oleh : Tim Redaksi", DATELINE),  # the desk
    ("Oleh karena itu, pemerintah diminta segera bertindak tegas terhadap para pelaku.", DATELINE),  # a sentence
    ("Oleh : Ilham Bintang", "Tugas Pers bukanlah untuk menjilat penguasa, tapi mengkritik orang yang sedang berkuasa, "
                             "kata tokoh pers itu."),  # no dateline under it
])
def test_no_byline_under_the_summary_names_nobody(byline, following):
    item = parse_article(page(lead=f"<p>{SUMMARY}</p><p>{byline}</p><p>{following}</p>"), URL)
    assert item["author"] is None
