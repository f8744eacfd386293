"""Reporter lines that print no comma between the outlet and the reporter (Tribun's copies of Kontan), alone or run
into the dateline, and a contributor's line with the editor's credit after a bar. Shapes are real; names and sentences of the variants are made up."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import glued_reporter_line, reporter_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import URL, header_lines, page

LAST = "Warga menyambut baik kebijakan itu, kata Budi."


@pytest.mark.parametrize(("line", "name"), [
    ("Laporan Reporter Kontan Bidara Pink", "Bidara Pink"),
    ("Laporan Wartawan Tribunnews.com Budi Santoso", "Budi Santoso"),
    # With the comma, as Tribun prints its own reporters.
    ("Laporan Wartawan Tribun Medan / Tommy Simatupang", "Tommy Simatupang"),
    # A regional paper's name, the place it serves after its first word (Tribun Timur's `Laporan Wartawan Tribun Timur
    # Edi Sumardi`).
    ("Laporan Wartawan Tribun Medan Tommy Simatupang", "Tommy Simatupang"),
    ("Laporan Wartawan Tribun Jateng Budi Santoso", "Budi Santoso"),
])
def test_a_reporter_line_without_a_comma_names_the_words_after_the_outlet(line, name):
    assert reporter_name(line) == name


@pytest.mark.parametrize("line", [
    # The outlet's name may go on past its first word: a word of outlets' names then follows it (a place there is
    # the regional paper's, the name after it: `test_real_page_place_named_outlet_reporter`).
    "Laporan Wartawan Warta Kota Budi Santoso",
    # A wartawan's outlet of one word only where it is a domain.
    "Laporan Wartawan Suara Merdeka Budi Santoso",
    # Run into the dateline: the dateline's comma is no outlet's.
    "Laporan Reporter Kontan Sri Wahyuni TRIBUNNEWS.COM, JAKARTA - Harga emas naik",
])
def test_no_name_is_read_where_the_outlet_or_the_line_goes_on(line):
    assert reporter_name(line) is None


@pytest.mark.parametrize(("lead", "author", "start"), [
    ("Laporan Reporter Kontan Bidara Pink TRIBUNNEWS.COM, JAKARTA - Neraca perdagangan di tahun ini, dibuka dengan "
     "catatan defisit yang terjadi di bulan Januari 2020.", "Bidara Pink", "Neraca perdagangan"),
    ("Laporan Reporter Kontan Sri Wahyuni TRIBUNNEWS.COM, JAKARTA - Harga emas naik pada perdagangan Senin pagi.",
     "Sri Wahyuni", "Harga emas naik"),
])
def test_a_reporter_line_without_a_comma_run_into_the_dateline_names_the_author(lead, author, start):
    assert glued_reporter_line(lead)[0] == author
    result = clean_body([Block(lead), Block(LAST)])
    assert result.credits.author == author
    assert result.paragraphs[0].startswith(start) and result.paragraphs[1:] == [LAST]


def test_a_reporter_line_without_a_comma_leaves_the_body():
    result = clean_body([Block("Laporan Reporter Kontan Bidara Pink"),
                         Block("TRIBUNNEWS.COM, JAKARTA - Neraca perdagangan di tahun ini mencatat defisit."),
                         Block(LAST)])
    assert result.credits.author == "Bidara Pink"
    assert result.paragraphs[0].startswith("Neraca perdagangan")


# Grid.ID (2018) parts its outlet from the reporter with a spaced dash, on the line's own or run into the dateline.
@pytest.mark.parametrize(("line", "name"), [
    ("Laporan Wartawan Grid.ID - Lalu Hendri Bagus", "Lalu Hendri Bagus"),
    ("Laporan Wartawan Tribun Medan - Jefri Susetio", "Jefri Susetio"),
])
def test_a_reporter_line_with_a_dash_after_the_outlet_names_the_reporter(line, name):
    assert reporter_name(line) == name


@pytest.mark.parametrize("line", [
    "Laporan wartawan Kompas - yang dimuat kemarin",
    "Laporan Wartawan Grid.ID - lalu dibantah oleh polisi",
])
def test_a_dash_after_the_outlet_then_words_in_small_letters_names_no_one(line):
    assert reporter_name(line) is None


def test_a_reporter_line_with_a_dash_run_into_the_dateline_names_the_reporter_and_leaves_the_body():
    text = "Laporan Wartawan Grid.ID - Lalu Hendri Bagus Grid.ID - Tim SAR gabungan terus mencari korban di Karawang."
    assert glued_reporter_line(text) == ("Lalu Hendri Bagus", len("Laporan Wartawan Grid.ID - Lalu Hendri Bagus "))
    cleaned = clean_body([Block(text), Block(LAST)])
    assert cleaned.paragraphs[0].startswith("Grid.ID - Tim SAR") or cleaned.paragraphs[0].startswith("Tim SAR")
    assert "Lalu Hendri Bagus" not in " ".join(cleaned.paragraphs)


# Kompas's header credit with its `Penulis` label in an element or an icon of its own: the contributor's place and
# name, then the editor's credit after a bar (the names are the real `Penulis Kontributor Baubau, Defriatno Neke |
# Editor Aprillia Ika`'s); the editor is no part of the reporter's name.
@pytest.mark.parametrize("line", [
    "Kontributor Baubau, Defriatno Neke | Editor Aprillia Ika",
    "Kontributor Baubau, Defriatno Neke | Editor: Aprillia Ika",
])
def test_a_contributor_line_ends_its_name_before_the_editor_after_a_bar(line):
    assert reporter_name(line) == "Defriatno Neke"


def test_a_contributor_line_with_another_credit_after_a_bar_names_no_one():
    assert reporter_name("Kontributor Baubau, Defriatno Neke | Foto: Aprillia Ika") is None


def test_the_header_credit_with_a_bar_gives_the_author_and_the_editor():
    item = parse_article(page(header=header_lines("Kontributor Baubau, Defriatno Neke | Editor: Aprillia Ika")), URL)
    assert (item["author"], item["editor"]) == ("Defriatno Neke", "Aprillia Ika")
