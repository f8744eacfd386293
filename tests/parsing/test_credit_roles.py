"""Printed credits whose names are roles, desks or codes rather than people, in shapes agency bureaus and their copies
print. Names and sentences are made up; the shapes are real."""

from __future__ import annotations

import pytest

from crawler.parsing.credits import parse_credits, parse_header_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan aturan baru pada Senin pagi.", "Aturan itu berlaku mulai pekan depan."]


def _cleaned(lines: list[str]):
    return clean_body([Block(text) for text in [*OPENING, *lines]])


@pytest.mark.parametrize("lines", [
    ["Pewarta : Yusuf Hamdani", "Editor: Editor Papua", "COPYRIGHT © ANTARA 2020"],
    ["Pewarta : Yusuf Hamdani Editor: Editor Papua COPYRIGHT © ANTARA 2020"],
])
def test_a_bureaus_editor_desk_names_no_editor(lines):
    cleaned = _cleaned(lines)
    assert cleaned.paragraphs == OPENING
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Yusuf Hamdani", None)


@pytest.mark.parametrize(("text", "author", "editor"), [
    ("Pewarta: Kontributor Jambi Editor: Rina Kartika", None, "Rina Kartika"),
    # a contributor's role and place before the comma, the name after it
    ("Penulis: Kontributor Kupang, Yohanes Bere | Editor: Rina Kartika", "Yohanes Bere", "Rina Kartika"),
    ("Pewarta: Yusuf Hamdani Editor: Rina Kartika", "Yusuf Hamdani", "Rina Kartika"),
])
def test_a_role_and_a_region_where_a_name_would_stand_is_nobody(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)


@pytest.mark.parametrize(("first", "author"), [
    ("Oleh H. Dani Kurniawan", "H. Dani Kurniawan"),
    ("Oleh Ratna Sari Dewi*", "Ratna Sari Dewi"),
])
def test_a_columns_byline_without_its_colon_names_the_writer(first, author):
    cleaned = _cleaned_from_the_top([first])
    assert cleaned.byline_author == author
    assert cleaned.paragraphs == OPENING


@pytest.mark.parametrize("first", [
    "Oleh karena itu, pemerintah menunda aturan tersebut sampai akhir tahun.",
    "Oleh Redaksi",
    "Oleh Pemerintah",
])
def test_a_sentence_or_a_desk_after_oleh_names_nobody(first):
    cleaned = _cleaned_from_the_top([first])
    assert cleaned.byline_author is None
    assert cleaned.paragraphs[0] == first


def _cleaned_from_the_top(lines: list[str]):
    return clean_body([Block(text) for text in [*lines, *OPENING]])


@pytest.mark.parametrize(("line", "author"), [
    ("Sabtu, 19/11/2011 15:15 WIB | Oleh : Dani Kurniawan*", "Dani Kurniawan"),
    ("Kamis, 10/11/2011 21:20 WIB | Oleh : Ratna Sari Dewi", "Ratna Sari Dewi"),
    ("Kamis, 10/11/2011 21:20 WIB | Oleh : Redaksi", None),
])
def test_a_writers_label_after_the_headers_time_names_the_writer(line, author):
    byline = parse_header_line(line)
    assert byline is not None and byline.author == author


@pytest.mark.parametrize(("text", "author"), [
    ("Catatan : Ketua JMSI Kaltim M.Sukri", None),  # detiksriwijaya 2021: the columnist's office, then the name
    ("Oleh: Ketua JMSI Kaltim M.Sukri", None),
    ("Oleh Ketua JMSI Kaltim M.Sukri", None),
    ("Catatan: Jonathan Madiuw", "Jonathan Madiuw"),
    ("Oleh : Lalu Aryapanji Adipatiwrdana", "Lalu Aryapanji Adipatiwrdana"),  # BEM Unram 2019
])
def test_a_columnists_byline_giving_the_role_before_the_name_names_nobody(text, author):
    """Where the office (`Ketua JMSI Kaltim`) ends and the name begins no capital tells: no author, rather than the
    office read as part of the name."""
    assert clean_body([Block(text), *(Block(p) for p in OPENING)]).byline_author == author


def test_a_credit_giving_the_role_before_the_name_names_no_writer():
    credits = parse_credits("Penulis: Dosen Universitas Mulawarman Budi Santoso | Editor: Rina Kartika")
    assert (credits.author, credits.editor) == (None, "Rina Kartika")


@pytest.mark.parametrize(("text", "author"), [
    ("( Oleh ; John Doddy Hidayat )", "John Doddy Hidayat"),  # Garut News: a semicolon for the colon, brackets round it
    ("Oleh ; John Doddy Hidayat", "John Doddy Hidayat"),
    ("(Oleh: John Doddy Hidayat)", "John Doddy Hidayat"),
    ("(Oleh karena itu warga diminta waspada)", None),
])
def test_a_columnists_byline_may_take_a_semicolon_for_its_colon_and_brackets_round_it(text, author):
    cleaned = clean_body([Block(text), *(Block(p) for p in OPENING)])
    assert cleaned.byline_author == author
    assert cleaned.paragraphs == (OPENING if author else [text, *OPENING])
