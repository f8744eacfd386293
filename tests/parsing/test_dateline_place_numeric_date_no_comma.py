"""A listed place in title case, then the day and month in figures in parentheses with no comma before them, then the
dash (a legislator's release, 2015: `Istanbul (22/1) - DPR mendesak ...`): the place, no agency, and the date, as the
same opening in capitals reads. A weekday's or a word's name before the parentheses is no place, and a sentence in
lower case after the dash is no lead."""

from __future__ import annotations

from datetime import date

from crawler.parsing import parse_dateline
from dateline_readings import place_and_agency  # beside this file


def test_a_title_case_place_and_its_date_in_parentheses():
    text = ("Istanbul (22/1) - DPR mendesak Parliamentary Union of OIC Member States (PUIC) agar menghasilkan langkah "
            "konkret untuk mendukung kemerdekaan Palestina")
    assert place_and_agency(text) == ("Istanbul", None)
    assert parse_dateline(text, base=date(2015, 1, 23)).date == date(2015, 1, 22)


def test_the_year_in_the_parentheses_and_an_en_dash():
    assert place_and_agency("Jakarta (22/1/2015) – Dewan Perwakilan Rakyat mendesak Parliamentary Union") == (
        "Jakarta", None)


def test_no_listed_place_or_no_lead_stays():
    assert place_and_agency("Senin (22/1) - DPR mendesak Parliamentary Union of OIC Member States") is None
    assert place_and_agency("Rapat (22/1) - DPR mendesak Parliamentary Union of OIC Member States") is None
    assert place_and_agency("Jakarta (3/4) - dua pertiga anggota dewan menyetujui usulan itu") is None


def test_an_agency_in_the_parentheses_reads_as_before():
    assert place_and_agency("Jakarta (ANTARA) - DPR mendesak Parliamentary Union of OIC Member States") == (
        "Jakarta", "ANTARA")
