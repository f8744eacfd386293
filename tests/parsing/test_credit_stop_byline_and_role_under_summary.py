"""A column's byline under the story's summary printed at the top of the text, its label closed by a full stop and the
writer's role in brackets on a line of its own under it, the dateline opening the block after them (narasiliterasi
2024: `Kerukunan antarumat beragama tidak memerlukan ...` over `Oleh. Ummu Aura` over `(Kontributor Narasiliterasi.id)`
over `Narasiliterasi.id-Indonesia dikenal ...`): the name is the writer's; the byline and the role are no lines of the
text. A rubric after the label, a sentence opening with `Oleh`, or no dateline under them name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, page  # beside this file

SUMMARY = ("Kerukunan antarumat beragama tidak memerlukan rumah moderasi beragama yang justru berpotensi merusak akidah "
           "umat.")
ROLE = "(Kontributor Narasiliterasi.id)"
DATELINE = ("Narasiliterasi.id-Indonesia dikenal sebagai negara dengan keberagaman yang luar biasa terutama dalam hal "
            "agama dan kepercayaan masyarakatnya.")


@pytest.mark.parametrize("lines", [
    ["Oleh. Ummu Aura", ROLE],  # narasiliterasi 2024
    ["Oleh. Ummu Aura"],
    ["Oleh: Ummu Aura", ROLE],
])
def test_the_byline_under_the_summary_names_the_writer(lines):
    item = parse_article(page(lead="".join(f"<p>{text}</p>" for text in [SUMMARY, *lines, DATELINE])), URL)
    assert item["author"] == "Ummu Aura"
    assert "Oleh" not in item["body"] and "Kontributor" not in item["body"]


@pytest.mark.parametrize(("byline", "following"), [
    ("Oleh. Jumat Berkah", DATELINE),  # a rubric
    ("Oleh. Tim Redaksi", DATELINE),  # the desk
    ("Oleh karena itu, pemerintah diminta segera bertindak tegas terhadap para pelaku.", DATELINE),  # a sentence
    ("Oleh. Ummu Aura", "Tugas pers bukanlah untuk menjilat penguasa, tapi mengkritik orang yang sedang berkuasa, kata "
                        "tokoh pers itu."),  # no dateline under it
])
def test_no_byline_under_the_summary_names_nobody(byline, following):
    item = parse_article(page(lead="".join(f"<p>{text}</p>" for text in [SUMMARY, byline, ROLE, following])), URL)
    assert item["author"] is None
