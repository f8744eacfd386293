"""Every dev case of kind "signature": closing codes, the inline 2012 sign-off, credit lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsing.credits import split_signature
from crawler.parsing.furniture import is_credit_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body
from crawler.sites.mina import MINA

CASES = [case for line in (Path(__file__).parents[1] / "data" / "mina_cases_dev.jsonl").read_text(
    encoding="utf-8").splitlines() if line.strip() and (case := json.loads(line))["kind"] == "signature"]
LAST = "Tidak jelas bagaimana Kim akan melakukan perjalanan ke Rusia."


def kind(case: dict) -> str:
    if "inline" in case["expected"].get("note", ""):
        return "inline"
    return "code" if case["text"].startswith(("(", "[")) else "credit"


def codes(case: dict) -> list[str]:
    """MINA cases state their codes; other outlets' `(gil/jpnn)` are read the same way."""
    return case["expected"].get("codes", case["text"].strip("()[]").split("/"))


def body_of(*texts: str):
    return clean_body([Block("Jakarta, MINA – Teks pertama."), *(Block(t) for t in texts)],
                      profile=MINA)


def test_all_signature_cases_are_here():
    assert len(CASES) == 16
    assert {kind(case) for case in CASES} == {"code", "inline", "credit"}


@pytest.mark.parametrize("case", [c for c in CASES if kind(c) == "code"], ids=lambda c: c["text"])
@pytest.mark.parametrize("space", [" ", ""])
def test_closing_code_becomes_the_signature(case, space):
    text = case["text"].strip()
    expected = {"raw": text, "codes": codes(case)}
    assert split_signature(LAST + space + text, MINA) == (LAST, expected)
    cleaned = body_of(LAST + space + text)
    assert cleaned.signature == expected
    assert cleaned.paragraphs == ["Teks pertama.", LAST]


@pytest.mark.parametrize("case", [c for c in CASES if kind(c) == "code"], ids=lambda c: c["text"])
def test_closing_code_on_its_own_line(case):
    cleaned = body_of(LAST, case["text"].strip())
    assert cleaned.signature["codes"] == codes(case)
    assert cleaned.paragraphs == ["Teks pertama.", LAST]


@pytest.mark.parametrize("case", [c for c in CASES if kind(c) == "inline"], ids=lambda c: c["text"])
def test_inline_sign_off_stays_in_the_text(case):
    paragraph = f"Kantor berita itu diluncurkan pada 26 Oktober 2012 {case['text']}"
    assert split_signature(paragraph, MINA) == (paragraph, None)
    cleaned = body_of(paragraph)
    assert cleaned.signature is None
    assert cleaned.paragraphs[-1] == paragraph


@pytest.mark.parametrize("case", [c for c in CASES if kind(c) == "credit"], ids=lambda c: c["text"])
def test_credit_lines_are_recognised_and_removed(case):
    assert is_credit_line(case["text"], MINA.credit_lines)
    cleaned = body_of(LAST + " (T/RE1)", case["text"])
    assert cleaned.paragraphs == ["Teks pertama.", LAST]
    assert cleaned.signature == {"raw": "(T/RE1)", "codes": ["T", "RE1"]}


@pytest.mark.parametrize(("code", "codes"), [("(R/R04/RS5)", ["R", "R04", "RS5"]), ("(A/RS3/P1)", ["A", "RS3", "P1"])])
def test_codes_of_other_lead_letters(code, codes):
    """English pages lead with other letters than T and L (`(R/R04/RS5)`, glued to the last sentence)."""
    cleaned = body_of(LAST + code, "Mi'raj News Agency (MINA)")
    assert cleaned.paragraphs == ["Teks pertama.", LAST] and cleaned.signature == {"raw": code, "codes": codes}


@pytest.mark.parametrize("credit", ["وكالة معراج للأنباء (مينا)", "وكالة مينا للأنباء"])
def test_the_arabic_editions_credit_lines_close_the_article(credit):
    # The Arabic edition signs with the agency's full name or its short one ("MINA news agency").
    assert is_credit_line(credit, MINA.credit_lines)
    assert body_of(LAST, credit, "قراءة المزيد: عنوان آخر").paragraphs == ["Teks pertama.", LAST]


@pytest.mark.parametrize("credit", ["Mi'raj News Agency MINA)", "#Mi'raj Islamic News Agency (MINA)"])
def test_credit_lines_with_a_lost_parenthesis_or_a_hash(credit):
    cleaned = body_of(LAST + " []", credit)
    assert cleaned.paragraphs == ["Teks pertama.", LAST] and cleaned.signature == {"raw": "[]", "codes": []}


def test_names_printed_under_the_credit_line_are_read():
    """minanews.net 2025: the writer and editor follow `Mi'raj News Agency (MINA)`, then a channel promo."""
    cleaned = body_of(LAST + " (T/RS2/P1)", "Mi'raj News Agency (MINA)", "Wartawan: Ali Farkhan Tsani",
                      "Editor: Ismet Rauf", "Ikuti saluran WhatsApp Kantor Berita MINA untuk berita terbaru. Klik disini.")
    assert cleaned.paragraphs == ["Teks pertama.", LAST]
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Ali Farkhan Tsani", "Ismet Rauf")


def test_other_outlets_ending_block_is_dropped():
    cleaned = body_of(LAST + " (gil/jpnn)", "Pewarta : Budi Santoso", "Editor : Rina", "Copyright © ANTARA 2024")
    assert cleaned.paragraphs == ["Teks pertama.", LAST]
    assert cleaned.signature == {"raw": "(gil/jpnn)", "codes": ["gil", "jpnn"]}


@pytest.mark.parametrize("text", [
    "Harga naik (dan/atau) turun.", "Ia berkata (lihat halaman 2)", "Skor akhir (3/1)", "Teks (T)",
])
def test_ordinary_parentheses_are_not_codes(text):
    assert split_signature(text, MINA) == (text, None)
