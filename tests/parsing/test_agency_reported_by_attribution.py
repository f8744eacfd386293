"""A copy citing an agency's story and its day with "reported by" or "quoted from" (`dikutip dari rmol.id, Minggu,
5 April 2026`, `seperti dilansir Antara, Rabu, 18 September 2019`) is the attribution clause `kepada Kantor Berita
Politik RMOL, Sabtu (27/5)` is: the agency and the day, no place. ANTARA's older regional portals glue their region to
its name (`antarakepri.com`). Such a clause opening a later paragraph does not unseat the city alone over the lead."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline
from crawler.parsing.html import Block
from crawler.parsing.profile import GENERIC
from crawler.parsing.text import clean_body

BODY = "\nPemerintah mengumumkan kebijakan baru."

# (clause as printed, agency as written, the day it states)
REPORTED_BY = [
    ("dikutip dari rmol.id, Minggu, 5 April 2026", "RMOL", "rmol.id", date(2026, 4, 5)),
    ("dikutip dari Antara, Senin 1 Januari 2024", "ANTARA", "Antara", date(2024, 1, 1)),
    ("seperti dikutip dari Antara, Rabu (13/1)", "ANTARA", "Antara", date(2021, 1, 13)),
    ("dikutip dari Antara, Selasa (9/2/2021)", "ANTARA", "Antara", date(2021, 2, 9)),
    ("seperti dilansir Antara, Jumat 5 Agustus 2016", "ANTARA", "Antara", date(2016, 8, 5)),
    ("seperti dilansir Antara, Rabu, 18 September 2019", "ANTARA", "Antara", date(2019, 9, 18)),
    ("dilansir dari Antara, Kamis, 13 Oktober 2022", "ANTARA", "Antara", date(2022, 10, 13)),
    ("dilansir Antara, Sabtu, 15 Juni 2019", "ANTARA", "Antara", date(2019, 6, 15)),
    ("seperti dilansir antarakepri.com, Rabu (9/5/2018)", "ANTARA", "antarakepri.com", date(2018, 5, 9)),
]


@pytest.mark.parametrize(("text", "agency", "written", "day"), REPORTED_BY)
def test_reported_by_clause_reads_as_the_agencys_attribution(text, agency, written, day):
    found = parse_dateline(text + BODY, base=day)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, agency, written, day)


@pytest.mark.parametrize("text", [
    # The clauses the verbs took before stay as they were.
    "dikutip Kantor Berita Politik RMOL, Senin (10/4)",
    "kepada Kantor Berita RMOL Jatim, Senin (14/3)",
    "pada Kantor Berita RMOLJabar, Selasa (12/1)",
])
def test_earlier_attribution_clauses_unchanged(text):
    found = parse_dateline(text + BODY, base=date(2023, 4, 10))
    assert found is not None and found.attribution and found.agency == "RMOL"


@pytest.mark.parametrize("text", [
    # No day after the agency: a source named in passing, no attribution.
    "seperti dilansir dari Antara.",
    "dikutip dari Antara. Ia juga mengatakan kementeriannya akan melakukan pengawasan harga.",
    # "from" alone is no verb of reporting.
    "Bantuan itu datang dari Antara, Senin (1/4), kata panitia.",
])
def test_no_attribution_without_the_verb_and_the_day(text):
    assert place_and_agency(text + BODY) is None


def test_reported_by_clause_opening_a_later_paragraph_leaves_the_city_line_the_dateline():
    # detik's copy: `Jakarta` alone over the lead, a later paragraph citing a wire (xcloud.id copy of a 2025 story).
    blocks = ["Jakarta", "Para kardinal bersiap kembali memberikan suara baru pada hari kedua konklaf.",
              "Dilansir AFP, Kamis (8/5/2025), Ke-133 kardinal memulai konklaf mereka di Kapel Sistina."]
    cleaned = clean_body([Block(text) for text in blocks], profile=GENERIC)
    assert cleaned.dateline is not None and cleaned.dateline.place == "Jakarta" and not cleaned.dateline.attribution
    assert cleaned.paragraphs == blocks[1:]
