"""An agency's name in square brackets for the parentheses (`JAYAPURA [PAPOS]-Terkait dengan adanya wacana ...`, a
Papuan paper's copy below its headline): read as the parentheses are, the raw text as written. Brackets around a
figure, or a name inside a sentence with no dash after it, are no dateline."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency, raw", [
    ("Masih Pagi Tabi Dimekarkan\n\nJAYAPURA [PAPOS]-Terkait dengan adanya wacana pemekaran provinsi Tabi, Ketua Pokja "
     "Adat MRP Demas Tokoro mengatakan, Tabi itu wilayah adat.", "JAYAPURA", "PAPOS", "JAYAPURA [PAPOS]-"),
    ("JAYAPURA [PAPOS] - Dewan Adat Papua (DAP) merasa sangat kecewa atas surat Polda Papua.", "JAYAPURA", "PAPOS",
     "JAYAPURA [PAPOS] -"),
    ("Jakarta [ANTARA] - Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah.", "Jakarta", "ANTARA",
     "Jakarta [ANTARA] -"),
])
def test_an_agency_in_square_brackets_is_read_as_in_parentheses(text, place, agency, raw):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.raw) == (place, agency, raw)
    assert text[found.start:found.end] == raw


@pytest.mark.parametrize("text", [
    "Jakarta [1] - Presiden Joko Widodo meresmikan jalan tol baru.",
    "Ketua DPR [Puan] mengatakan bahwa rapat paripurna digelar besok.",
])
def test_brackets_around_a_figure_or_inside_a_sentence_are_no_dateline(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
