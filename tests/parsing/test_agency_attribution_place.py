"""An attribution clause citing ANTARA may name the place the agency reported from, after `di`, between the agency
and the day (`dilansir Antara di Pontianak, Selasa (3/12)`, `dikutip Antara di Jakarta, Senin (23/12/2024)`): the
place of the story's own dateline (`Pontianak (ANTARA) -`), read as the clause's place; a venue's words before it and
its province after it are left out (`kepada Antara di Kampus IPB Bogor, Jawa Barat, Senin (23/11)`), a venue alone
gives no place. The day may follow `pada` (`di Solo pada Selasa (17/12/2019)`)."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."

# (clause as printed in copies of ANTARA's stories, the publication day, place, the day the clause states)
PLACED = [
    ("kata Misbakhun dikutip Antara di Jakarta, Senin (23/12/2024).", date(2024, 12, 23), "Jakarta",
     date(2024, 12, 23)),
    ("ujarnya seperti dilansir Antara di Pontianak, Selasa (3/12). Oleh karenanya, ia menilai perlu sinergi.",
     date(2019, 12, 4), "Pontianak", date(2019, 12, 3)),
    ("katanya seperti dilansir Antara di Solo pada Selasa (17/12/2019).", date(2019, 12, 17), "Solo",
     date(2019, 12, 17)),
    ("katanya dikutip dari Antara di Jakarta, Minggu, 26 Juli 2026.", date(2026, 7, 27), "Jakarta", date(2026, 7, 26)),
    ("kata Roni kepada Antara di Kampus IPB Bogor, Jawa Barat, Senin (23/11).", date(2020, 11, 24), "Bogor",
     date(2020, 11, 23)),
]


@pytest.mark.parametrize(("text", "base", "place", "day"), PLACED)
def test_attribution_reads_the_place_the_agency_reported_from(text, base, place, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.agency_raw, found.date) == (place, "ANTARA", "Antara", day)
    assert place_and_agency(text + BODY) == (place, "ANTARA")


def test_a_venue_alone_gives_the_clause_no_place():
    found = parse_dateline("kata dia kepada Antara di Gedung Sate, Senin (23/11)." + BODY, base=date(2020, 11, 24))
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.date) == (None, "ANTARA", date(2020, 11, 23))


@pytest.mark.parametrize(("text", "day"), [
    # The clauses read before stay as they were: no place.
    ("kepada Kantor Berita Politik RMOL, Sabtu (27/5)", date(2023, 5, 27)),
    ("seperti dilansir Antara, Rabu, 18 September 2019", date(2019, 9, 18)),
    ("seperti diberitakan Kantor Berita Politik RMOL melalui pesan singkat, Senin (22/4).", date(2024, 4, 22)),
])
def test_clauses_without_a_place_unchanged(text, day):
    found = parse_dateline(text + BODY, base=day)
    assert found is not None and found.attribution and found.place is None and found.date == day
