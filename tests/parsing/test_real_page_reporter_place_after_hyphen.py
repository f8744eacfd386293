"""A reporter's credit with the place it was filed from glued after the name by a hyphen (Cenderawasih Pos:
`Laporan: Erianto-Jayapura` over the text, also spaced: `Erianto - Jayapura`): the name is the writer, the place no
part of it. A hyphen inside a name, or a word after it that is no place, stays."""

from __future__ import annotations

from crawler.parsing.credits import parse_credits


def test_the_place_after_the_hyphen_leaves_the_name():
    assert parse_credits("Laporan: Erianto-Jayapura").author == "Erianto"
    assert parse_credits("Laporan: Erianto - Jayapura").author == "Erianto"
    assert parse_credits("Penulis: Budi Santoso-Makassar").author == "Budi Santoso"


def test_hyphenated_names_stay():
    assert parse_credits("Penulis: Jean-Paul Sartre").author == "Jean-Paul Sartre"
    assert parse_credits("Penulis: Siti Nur-Aini").author == "Siti Nur-Aini"
