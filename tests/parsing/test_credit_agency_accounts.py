"""A credit holding an account's code or an agency's sign where a name would stand (ANTARA's press releases: `Pewarta:
prwir` / `Editor: PR Wire`; its English desk's `Reporter: ANT`): nobody's name. A one-word name stays a name, and an
agency's whole name stays the credit it is."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file


@pytest.mark.parametrize("line", [
    "Pewarta: prwir",
    "Pewarta: prnewswire",
    "Reporter: ANT",
    "Pewarta: Ant",
    "Pewarta: Ant/Xinhua",
    "Pewarta: PR Wire",
    "Pewarta: PR Newswire",
    "Pewarta: GlobeNewswire",
])
def test_an_account_or_an_agency_sign_names_no_writer(line):
    credits = parse_credits(f"{line} Editor: Budi Santoso")
    assert (credits.author, credits.editor) == (None, "Budi Santoso")


def test_a_wire_account_as_editor_names_no_editor():
    credits = parse_credits("Pewarta: prwir Editor: PR Wire Copyright © ANTARA 2024")
    assert (credits.author, credits.editor) == (None, None)


@pytest.mark.parametrize("line, author, editor", [
    # One-word names, short names, names in capitals and in small letters stay.
    ("Pewarta : Putu Indah Savitri Editor: Faidin COPYRIGHT © ANTARA 2026", "Putu Indah Savitri", "Faidin"),
    ("Reporter: Adit Editor: Budi", "Adit", "Budi"),
    ("Reporter: Ana Editor: Budi", "Ana", "Budi"),
    ("Pewarta: Anto Editor: Budi", "Anto", "Budi"),
    ("Pewarta: BUDI Editor: Agus Salim", "BUDI", "Agus Salim"),
    ("Pewarta: andri Editor: Agus Salim", "andri", "Agus Salim"),
    ("Pewarta: christina Editor: Agus Salim", "christina", "Agus Salim"),
    # A surname ending in the wires' word is no wire's name.
    ("Pewarta: Dewi Sawire Editor: Agus Salim", "Dewi Sawire", "Agus Salim"),
    # The agency after a writer's name is the publisher; the agency's whole name stays what it is.
    ("Pewarta: Budi Santoso/Antara Editor: Agus Salim", "Budi Santoso", "Agus Salim"),
    ("AUTHOR / KBR", "KBR", None),
])
def test_names_stay(line, author, editor):
    credits = parse_credits(line)
    assert (credits.author, credits.editor) == (author, editor)


def test_a_press_release_ending_names_nobody():
    last = "<p>Pewarta: prwir</p><p>Editor: PR Wire</p><p>Copyright © ANTARA 2024</p>"
    item = parse_article(page(last=last), URL)
    assert (item["author"], item["editor"]) == (None, None)
    assert "prwir" not in item["body"]


def test_an_english_ending_signed_by_the_agency_names_its_editor_only():
    last = "<p>Reporter: ANT</p><p>Editor: Rahmad Nasution</p><p>Copyright © ANTARA 2024</p>"
    item = parse_article(page(last=last), URL)
    assert (item["author"], item["editor"]) == (None, "Rahmad Nasution")
    assert "ANT" not in item["body"].split()
