"""An attribution clause may follow its speaker's name and a comma (`jelas Wendy Melfa, dikutip Kantor Berita
RMOLLampung, Senin (1/4)`, `ujarnya, dikutip dari Antara (28/2/2026)`): the comma closes the name, the clause reads as
it does without it. Up to four words stand before the verb."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "agency", "written", "day"), [
    ("jelas Wendy Melfa, dikutip Kantor Berita RMOLLampung, Senin (1/4).", "RMOL", "RMOLLampung", date(2024, 4, 1)),
    ("Yustikarini, dikutip dari Antara, Senin (12/2/2024).", "ANTARA", "Antara", date(2024, 2, 12)),
    ("di Surabaya, dilansir dari Antara, Sabtu (25/6/2022).", "ANTARA", "Antara", date(2022, 6, 25)),
    ("ujarnya, dikutip dari Antara (28/2/2026).", "ANTARA", "Antara", date(2026, 2, 28)),
])
def test_a_comma_after_the_speaker(text, agency, written, day):
    found = parse_dateline(text + BODY, base=day)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, agency, written, day)


@pytest.mark.parametrize("text", [
    # Five words before the verb: a clause deep in its sentence, not read.
    "kata Ida Ayu Indah Yustikarini, dikutip dari Antara, Senin (12/2/2024).",
    # No day after the agency.
    "Dilansir dari Antara, rasio dokter umum di Indonesia saat ini mencapai 47 dokter.",
])
def test_no_attribution(text):
    assert place_and_agency(text + BODY) is None
