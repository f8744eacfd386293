"""A video's or a photo story's crew credited after the writer and the editor (`Produser:`, `Videografer:`, `Video
Editor:`, `Kamerawan:`, `Foto:`): each label ends the name before it, on the same line or glued on by a scraper, and
the names after it are no writer's or editor's. Names are made up; the shapes are real."""

from __future__ import annotations

import pytest

from crawler.parsing.credits import empty_label, parse_credits
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan aturan baru pada Senin pagi.", "Aturan itu berlaku mulai pekan depan."]


@pytest.mark.parametrize(("text", "author", "editor"), [
    # a news video's credits on one line, and glued by a scraper
    ("Reporter: Ari Sandita Murti Editor : Ahmad Fauzi Produser: Nur Khabibi", "Ari Sandita Murti", "Ahmad Fauzi"),
    ("Reporter: Ari Sandita MurtiEditor : Ahmad FauziProduser: Nur Khabibi", "Ari Sandita Murti", "Ahmad Fauzi"),
    ("Reporter: Ari Sandita Murti Kamerawan: Budi Hartono Editor: Ahmad Fauzi", "Ari Sandita Murti", "Ahmad Fauzi"),
    # Republika's video: the editor, then the videographer and the video's cutter
    ("Red: Sadly Rachman Videografer: Havid Al Vizki Video Editor: Fian Firatmaja", None, "Sadly Rachman"),
    ("Red: Sadly RachmanVideografer: Havid Al VizkiVideo Editor: Fian Firatmaja", None, "Sadly Rachman"),
    # a photo story's photographer between the writer and the editor, or after them
    ("Penulis: Rina Kartika Foto: Andi Wijaya Editor: Budi Santoso", "Rina Kartika", "Budi Santoso"),
    ("Penulis: Rina KartikaEditor: Budi SantosoFotografer: Andi Wijaya", "Rina Kartika", "Budi Santoso"),
])
def test_a_crew_label_ends_the_name_before_it(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)


@pytest.mark.parametrize("text", [
    "Videografer: Havid Al Vizki Video Editor: Fian Firatmaja",
    "Produser: Nur Khabibi",
    "Foto: Andi Wijaya",
])
def test_the_crew_alone_is_no_credit_line(text):
    assert parse_credits(text) is None


@pytest.mark.parametrize("label", ["Produser :", "Video Editor:", "Videografer:"])
def test_a_crew_label_alone_names_no_writer_or_editor_on_the_next_line(label):
    assert empty_label(label) is None


def test_a_videos_credits_closing_its_text_give_the_writer_and_the_editor():
    cleaned = clean_body([Block(text) for text in [
        *OPENING, "Reporter: Ari Sandita Murti Editor : Ahmad Fauzi Produser: Nur Khabibi"]])
    assert cleaned.paragraphs == OPENING
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Ari Sandita Murti", "Ahmad Fauzi")


@pytest.mark.parametrize(("text", "author", "editor"), [
    # a label the credits do not know after the name: where the name ends is unknown, so it names no one
    ("Pewarta: Rina Kartika Editor: Budi Santoso Tags: banjir jakarta", "Rina Kartika", None),
    ("Reporter: Rina Kartika Redaktur: Budi Santoso Korektor: Andi Wijaya", "Rina Kartika", None),
    ("Penulis: Rina Kartika Penyelaras: Andi Wijaya Editor: Budi Santoso", None, "Budi Santoso"),
])
def test_a_name_running_on_into_an_unknown_label_names_no_one(text, author, editor):
    credits = parse_credits(text)
    assert (credits.author, credits.editor) == (author, editor)
