"""A copy cites ANTARA's story with more verbs than "quoted from" and "reported by" (`dikutip`, `dilansir`): their
active forms, "quoting" (`Mengutip Antara, Rabu (14/10), ...`, `melansir Antara, Jumat (29/4/2022)`), and "as reported
by" (`Sebagaimana diberitakan Antara, Jumat (1/4/2016), ...`, `seperti dilaporkan ANTARA, pada 15 Febuari 2022`): the
attribution clause, the agency and the day it states."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


@pytest.mark.parametrize(("text", "written", "base", "day"), [
    ("Mengutip Antara, Ahad, 24 Januari 2021, mayoritas kejadian merupakan bencana hidrometeorologi.", "Antara",
     date(2021, 1, 24), date(2021, 1, 24)),
    ("Mengutip Antara, Rabu (14/10), minyak mentah berjangka Brent untuk pengiriman Desember naik 73 sen.", "Antara",
     date(2020, 10, 14), date(2020, 10, 14)),
    ("Sebagaimana diberitakan Antara, Jumat (1/4/2016), Shannedy mengatakan berdasarkan data yang ia miliki.",
     "Antara", date(2016, 4, 2), date(2016, 4, 1)),
    ("Ambun Kadri, melansir Antara, Jumat (29/4/2022).", "Antara", date(2022, 4, 29), date(2022, 4, 29)),
    ("Puan Maharani seperti dilaporkan ANTARA, pada 15 Febuari 2022, menegaskan jadwal Pemilu 2024 telah ada.",
     "ANTARA", date(2022, 3, 1), date(2022, 2, 15)),
])
def test_more_verbs_citing_the_agency(text, written, base, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (None, "ANTARA", written, day)


@pytest.mark.parametrize("text", [
    # No day after the agency: the agency named in passing.
    "Mengutip Antara, mayoritas kejadian merupakan bencana hidrometeorologi.",
    "Seperti diberitakan Antara sebelumnya, pemerintah menunda kebijakan itu.",
])
def test_no_attribution_without_the_day(text):
    assert place_and_agency(text + BODY) is None
