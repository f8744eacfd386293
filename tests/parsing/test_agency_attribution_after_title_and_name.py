"""RMOL's network closes a quotation with its speaker's title and name between commas and then the clause's own words
before the agency (`"...," kata Kapolsek Taktakan, AKP Tusiran, saat dikonfirmasi melalui Kantor Berita RMOLBanten,
Kamis (30/1).`, nusantara.rmol.id, 2020): the title, the name and the clause's words are more than the clause's lead
takes, so the clause is read from the comma before its first word. The attribution, the agency and its day are read; a
clause after a comma that names no agency's full title, or none at all, stays a sentence of the body."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "base", "raw", "day"), [
    # A quotation first, its speaker's title and name, then the clause (2020).
    ("\"Spanduk King Of the King yang nyopot Kasi Trantib kecamatan. Kita mem-backup saja,\" kata Kapolsek Taktakan, "
     "AKP Tusiran, saat dikonfirmasi melalui Kantor Berita RMOLBanten, Kamis (30/1).", date(2020, 1, 30),
     "RMOLBanten", date(2020, 1, 30)),
    # The clause with its speaker alone.
    ("kata Kapolsek Taktakan, AKP Tusiran, saat dikonfirmasi melalui Kantor Berita RMOLBanten, Kamis (30/1).",
     date(2020, 1, 30), "RMOLBanten", date(2020, 1, 30)),
])
def test_attribution_after_a_title_and_a_name(text, base, raw, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, "RMOL", raw, day)


@pytest.mark.parametrize("text", [
    # A clause after a comma told to the agency by its short name: one of a body's quotes.
    "\"Kita mem-backup saja,\" kata Kapolsek Taktakan, AKP Tusiran, saat dikonfirmasi kepada RMOL, Kamis (30/1).",
    # A clause after a comma with no agency at all.
    "Kapolsek Taktakan, AKP Tusiran menuturkan, spanduk tersebut sudah diturunkan sejak kemarin siang oleh Satpol PP "
    "Kecamatan Taktakan, Kota Serang.",
    "Ketua Panitia Anugerah Jurnalistik PWI 2025 Eddy Iriawan dalam keterangan diterima di Jakarta, Minggu menjelaskan "
    "anugerah itu diharapkan menjadi jendela.",
])
def test_clause_after_a_comma_without_the_agency_title(text):
    assert place_and_agency(text + BODY) is None


def test_a_dateline_below_still_wins():
    text = ("\"Kita mem-backup saja,\" kata Kapolsek, AKP Tusiran, saat dikonfirmasi melalui Kantor Berita RMOLBanten, "
            "Kamis (30/1).\n\nSerang, RMOLBanten - Pemerintah mengumumkan kebijakan baru.")
    assert place_and_agency(text) == ("Serang", "RMOL")
