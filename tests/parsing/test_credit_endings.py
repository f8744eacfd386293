"""Credits closing the text in shapes scraped copies of agency and regional pages print: a wire's reporter glued to
the last sentence before the credit lines, a desk after the reporter's name, a label whose name is on the next line,
a logo's alt text inside a paragraph of the middle. Names and sentences are made up; the shapes are real."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["The government announced the new rules on Monday morning.", "The rules take effect next week."]
LAST = "The agency was founded in 1950 by a group of young journalists and others."


def _cleaned(lines: list[str]):
    return clean_body([Block(text) for text in [*OPENING, *lines]])


@pytest.mark.parametrize("after", [
    ["Editor : Rina Kartika", "COPYRIGHT © ANTARA News Jawa Tengah 2013"],
    ["Editor: Rina Kartika", "Copyright © ANTARA 2015"],
    ["Editor : Rina Kartika"],
])
def test_a_reporter_glued_to_the_last_sentence_before_the_credit_lines_is_read(after):
    cleaned = _cleaned([f"{LAST} (*) Reporting by Bayu Santoso", *after])
    assert cleaned.paragraphs == [*OPENING, LAST]
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Bayu Santoso", "Rina Kartika")


def test_a_sentence_naming_a_report_by_someone_stays():
    text = "The figures come from (*) marked rows, reporting by district offices was late."
    assert _cleaned([text, "Editor: Rina Kartika"]).paragraphs == [*OPENING, text]


@pytest.mark.parametrize(("line", "author"), [
    ("Pewarta : Yohanes Pratama | Liputan SBM", "Yohanes Pratama"),
    ("Penulis: Dewi Lestari | Biro Kaltim", "Dewi Lestari"),
])
def test_a_desk_after_the_reporters_name_is_no_part_of_it(line, author):
    cleaned = _cleaned(["Warga menyambut baik kebijakan itu, kata Budi.", line])
    assert cleaned.paragraphs == [*OPENING, "Warga menyambut baik kebijakan itu, kata Budi."]
    assert cleaned.credits.author == author


@pytest.mark.parametrize(("label", "name", "author", "editor"), [
    ("EDITOR :", "SITI RAHAYU", None, "SITI RAHAYU"),
    ("Editor:", "Agus Wibowo", None, "Agus Wibowo"),
    ("Pewarta :", "Lukas Hendrawan", "Lukas Hendrawan", None),
])
def test_a_label_over_its_name_on_the_next_line_names_that_role(label, name, author, editor):
    cleaned = _cleaned(["Warga menyambut baik kebijakan itu, kata Budi.", label, name])
    assert cleaned.paragraphs == [*OPENING, "Warga menyambut baik kebijakan itu, kata Budi."]
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)


def test_an_empty_label_names_no_sentence_or_copyright_after_it():
    sentence = "Rapat dilanjutkan pekan depan."
    cleaned = _cleaned(["Warga menyambut baik kebijakan itu, kata Budi.", "Editor :", sentence])
    assert cleaned.paragraphs[-1] == sentence and cleaned.credits.editor is None
    cleaned = _cleaned(["Warga menyambut baik kebijakan itu, kata Budi.", "Editor :", "COPYRIGHT © ANTARA 2023"])
    assert cleaned.paragraphs == [*OPENING, "Warga menyambut baik kebijakan itu, kata Budi."]
    assert cleaned.credits.editor is None


@pytest.mark.parametrize(("paragraph", "kept"), [
    ("Saham itu naik tiga persen sepanjang pekan lalu. rmol news logo article",
     "Saham itu naik tiga persen sepanjang pekan lalu."),
    ("\"Kami siap,\" kata Andi. rmoljatim news logo", "\"Kami siap,\" kata Andi."),
    ("Perusahaan itu mengganti logo lama dengan desain baru.", "Perusahaan itu mengganti logo lama dengan desain baru."),
    ("Warga membawa spanduk bergambar logo partai", "Warga membawa spanduk bergambar logo partai"),
])
def test_a_logos_alt_text_inside_a_paragraph_of_the_middle_leaves_it(paragraph, kept):
    cleaned = _cleaned([paragraph, "Harga saham ditutup menguat pada sesi kedua."])
    assert cleaned.paragraphs == [*OPENING, kept, "Harga saham ditutup menguat pada sesi kedua."]
