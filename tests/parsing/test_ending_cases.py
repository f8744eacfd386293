"""Every real ANTARA, RMOL and KBR `ending` string of agency_cases_dev.jsonl through the body cleaner:
what `expected` says is stripped leaves the body, and the names it gives are read as printed.

Each line of a case stands as its own block after two ordinary paragraphs (one block per element,
as the page's markup gives them); ANTARA's cases are read with ANTARA's profile, the others with none.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsing.html import Block
from crawler.parsing.profile import GENERIC
from crawler.parsing.text import clean_body
from crawler.sites import SITES

CASES_PATH = Path(__file__).resolve().parents[1] / "data" / "agency_cases_dev.jsonl"
CASES = [case for line in CASES_PATH.read_text(encoding="utf-8").splitlines() if line.strip()
         if (case := json.loads(line))["kind"] == "ending"]
OPENING = ["Jakarta (ANTARA) - Pemerintah mengumumkan kebijakan baru.", "Kebijakan itu berlaku mulai pekan depan."]
# A closing sentence the case glues its ending to (`pungkas Yusri. rmol news logo article`) is kept.
_KEPT_SENTENCE = "pungkas Yusri."


def _cleaned(case: dict):
    lines = [line.strip() for line in case["text"].splitlines() if line.strip()]
    profile = SITES["antara"] if case["agency"] == "ANTARA" else GENERIC
    return clean_body([Block(text) for text in OPENING + lines], profile=profile)


def _case_id(case: dict) -> str:
    return f"{case['agency']}:{case['text'][:40]}"


def test_the_dev_file_has_the_ending_cases():
    assert len(CASES) == 18
    assert {case["agency"] for case in CASES} == {"ANTARA", "RMOL", "KBR"}


@pytest.mark.parametrize("case", CASES, ids=_case_id)
def test_ending_is_stripped_from_the_body(case):
    assert case["expected"]["strip_from_body"]
    paragraphs = _cleaned(case).paragraphs
    glued = _KEPT_SENTENCE in case["text"]
    assert paragraphs == ["Pemerintah mengumumkan kebijakan baru.", "Kebijakan itu berlaku mulai pekan depan."] + (
        [_KEPT_SENTENCE] if glued else [])


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"].get("editor")], ids=_case_id)
def test_printed_editor_is_read(case):
    assert _cleaned(case).credits.editor == case["expected"]["editor"]


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"].get("reporter") or c["expected"].get("author")],
                         ids=_case_id)
def test_printed_reporter_is_read_where_the_ending_names_one(case):
    reporter = case["expected"].get("reporter") or case["expected"].get("author")
    if reporter not in case["text"]:
        pytest.skip("the reporter is printed in the header (div.byline), not in the ending")
    assert _cleaned(case).credits.author == reporter


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"].get("signature")], ids=_case_id)
def test_closing_initials_become_the_signature(case):
    assert _cleaned(case).signature["codes"] == [case["expected"]["signature"]]


@pytest.mark.parametrize("case", [c for c in CASES if c["expected"].get("insert") == "baca_juga"], ids=_case_id)
def test_read_also_insert_without_a_link_is_dropped(case):
    cleaned = _cleaned(case)
    assert case["expected"]["headline"] not in " ".join(cleaned.paragraphs)


# The same endings as other articles print them: other names, spacing, regional brands, years, RMOL's network.
# (agency, text, author, editor, the signature's codes or None for no signature)
VARIANTS = [
    ("ANTARA", "Pewarta : Arindra Meodia\nEditor : Heppy Ratna Sari\nCopyright © ANTARA 2021",
     "Arindra Meodia", "Heppy Ratna Sari", None),
    ("ANTARA", "Penulis: Arindra Meodia\nEditor: Heppy Ratna Sari\nCOPYRIGHT © ANTARA News Bali 2016",
     "Arindra Meodia", "Heppy Ratna Sari", None),
    ("ANTARA", "Reporter: Arindra Meodia\nEditor: Heppy Ratna Sari\n© ANTARA 2021", "Arindra Meodia", "Heppy Ratna Sari",
     None),
    ("ANTARA", "Pewarta: Arindra MeodiaEditor: Heppy Ratna SariCopyright © ANTARA 2021", "Arindra Meodia",
     "Heppy Ratna Sari", None),
    ("ANTARA", "(*)\nEditor: Kunto Wibisono\nCOPYRIGHT © ANTARA News Jawa Tengah 2012", None, "Kunto Wibisono", []),
    ("ANTARA", "BACA JUGA: Kota Jayapura lumpuh", None, None, None),
    ("ANTARA", "Baca Juga : Kota Jayapura lumpuh", None, None, None),
    ("RMOL", "rmol news logo article\nEDITOR: AGUS DWI\n\nTemukan berita-berita hangat terpercaya dari Kantor Berita "
             "Politik RMOL di Google News.\nUntuk mengikuti silakan klik tanda bintang.", None, "AGUS DWI", None),
    ("RMOL", "[ida]\nikuti terus update berita rmolbanten di google news", None, None, ["ida"]),
    ("RMOL", "LAPORAN: AGUS DWI", "AGUS DWI", None, None),
    ("RMOL", "Temukan berita-berita hangat terpercaya dari Kantor Berita Politik RMOL di Google News.\n"
             "Untuk mengikuti silakan klik tanda bintang.\nARTIKEL LAINNYA", None, None, None),
    ("KBR", "AUTHOR / Dian Kurniati", "Dian Kurniati", None, None),
    # ANTARA's regional copies say where the story first ran
    ("ANTARA", "Berita ini telah tayang di Antaranews.com dengan judul: Gempa Pangandaran terasa hingga Bandung\n"
               "Pewarta : Aditia Aulia Rohman\nEditor: Hernawan Wahyudono\nCOPYRIGHT © ANTARA 2022",
     "Aditia Aulia Rohman", "Hernawan Wahyudono", None),
    # page furniture after the text
    ("KBR", "Load more\nNo comments\nIkuti kami di", None, None, None),
    # a republisher's note of where the story came from, after ANTARA's credits (2023) or RMOL's last sentence
    ("ANTARA", "Pewarta : Suparman\nEditor: Hernawan Wahyudono\nSource:sultra.antaranews.com", "Suparman",
     "Hernawan Wahyudono", None),
    ("RMOL", "Source: rmol.id", None, None, None),
    # the English edition's translated stories: the translator writes the English text
    ("ANTARA", "Related news: Another article\nTranslator: John Doe\nEditor: Jane Doe\nCopyright © ANTARA 2026",
     "John Doe", "Jane Doe", None),
    ("ANTARA", "Translator: Nabil Ihsan, Azis Kurmala\nEditor: Rahmad Nasution\nCopyright © ANTARA 2024",
     "Nabil Ihsan, Azis Kurmala", "Rahmad Nasution", None),
    ("ANTARA", "Reporter: Aditya Eko Sigit Wicaksono\nTranslator: Nabil Ihsan\nEditor: Rahmad Nasution\n"
               "Copyright © ANTARA 2024", "Aditya Eko Sigit Wicaksono", "Rahmad Nasution", None),
]


@pytest.mark.parametrize(("agency", "text", "author", "editor", "codes"), VARIANTS,
                         ids=[f"{v[0]}:{v[1][:30]}" for v in VARIANTS])
def test_endings_of_the_same_shapes_leave_the_body_and_give_their_names(agency, text, author, editor, codes):
    cleaned = _cleaned({"agency": agency, "text": text})
    assert cleaned.paragraphs == ["Pemerintah mengumumkan kebijakan baru.", "Kebijakan itu berlaku mulai pekan depan."]
    assert (cleaned.credits.author, cleaned.credits.editor) == (author, editor)
    assert (cleaned.signature or {}).get("codes") == codes


@pytest.mark.parametrize(("last", "codes"), [
    # bali.antaranews.com, 2012: the asterisk and the editor's code glued to the last sentence
    ("Ketiga sumber gempa tersebut dapat menimbulkan kerusakan dan korban jiwa. (*/T007)", ["*", "T007"]),
    ("Warga diimbau tetap waspada. (*/B013/Z002)", ["*", "B013", "Z002"]),
    ("Warga diimbau tetap waspada. (B013)", ["B013"]),
])
def test_antaras_closing_code_leaves_the_last_sentence(last, codes):
    cleaned = _cleaned({"agency": "ANTARA", "text": f"{last}\nCOPYRIGHT © ANTARA News Bali 2012"})
    assert cleaned.paragraphs[-1] == last[: last.rindex(" (")]
    assert cleaned.signature["codes"] == codes


def test_a_code_alone_in_parentheses_closing_a_sentence_stays_in_it():
    cleaned = _cleaned({"agency": "ANTARA", "text": "Maskapai itu mengoperasikan pesawat Airbus (A320)"})
    assert cleaned.paragraphs[-1] == "Maskapai itu mengoperasikan pesawat Airbus (A320)"


@pytest.mark.parametrize(("code", "codes"), [
    ("(Y009/H-KWR)", ["Y009", "H-KWR"]),  # antaranews.com, 2013: the reporter's code, the desk's letter and initials
    ("(A043/B-MHS/Z002)", ["A043", "B-MHS", "Z002"]),
    ("(C003)", ["C003"]),  # antaranews.com, 2011: the reporter's code alone
    ("(B013)", ["B013"]),
])
def test_antaras_closing_code_on_its_own_line_before_the_credits(code, codes):
    cleaned = _cleaned({"agency": "ANTARA", "text": f"{code}\nPewarta: Yudi Abdullah\nEditor: Ruslan Burhani\n"
                                                     "Copyright © ANTARA 2013"})
    assert cleaned.paragraphs == ["Pemerintah mengumumkan kebijakan baru.", "Kebijakan itu berlaku mulai pekan depan."]
    assert cleaned.signature["codes"] == codes
    assert (cleaned.credits.author, cleaned.credits.editor) == ("Yudi Abdullah", "Ruslan Burhani")
