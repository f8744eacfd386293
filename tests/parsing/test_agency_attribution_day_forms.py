"""The day an attribution clause states may carry a slash typed twice (`dikutip dari Antara, Minggu (10//5/2026)`),
be the weekday alone before the sentence's stop, as ANTARA writes its own day (`kepada Antara, Minggu.`: the latest
such day up to the publication's), or the day with its year and no weekday right after the agency (`dilansir dari
Antara (11/11/2025)`; without the year, `(3/4)`, no day is read)."""

from __future__ import annotations

from datetime import date

import pytest
from dateline_readings import place_and_agency  # beside this file

from crawler.parsing import parse_dateline

BODY = "\nPemerintah mengumumkan kebijakan baru."


def test_a_slash_typed_twice_in_the_day():
    found = parse_dateline("ujar Yunus dikutip dari Antara, Minggu (10//5/2026)." + BODY, base=date(2026, 5, 11))
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.date) == (None, "ANTARA", date(2026, 5, 10))


@pytest.mark.parametrize(("text", "day"), [
    ("ujar Mas Ipin dilansir dari Antara (11/11/2025).", date(2025, 11, 11)),
    ("ujarnya, dikutip dari Antara (28/2/2026). Muhaimin mengatakan, pemerintah menanggung iuran.", date(2026, 2, 28)),
])
def test_the_day_without_its_weekday(text, day):
    found = parse_dateline(text + BODY, base=day)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.date) == (None, "ANTARA", day)


@pytest.mark.parametrize(("text", "base", "day"), [
    ("Andrean kepada Antara, Minggu.", date(2015, 8, 17), date(2015, 8, 16)),
    ("Andrean kepada Antara, Minggu.", date(2015, 8, 16), date(2015, 8, 16)),  # the publication's own day
    ("seperti dilansir Antara, Selasa. Ia menambahkan", date(2015, 5, 8), date(2015, 5, 5)),
])
def test_the_weekday_alone_is_the_latest_such_day_up_to_the_publication(text, base, day):
    found = parse_dateline(text + BODY, base=base)
    assert found is not None and found.attribution
    assert (found.place, found.agency, found.date) == (None, "ANTARA", day)


@pytest.mark.parametrize("text", [
    # No day stated: a source named in passing.
    "Sibuea kepada ANTARA, bahwa Kabupaten Tapanuli Tengah sangat layak dijadikan kawasan mangrove.",
    "Dikutip dari Antara, pemerintah Provinsi Kalimantan Utara menetapkan upah minimum.",
    # A word after the comma that is no weekday, and a weekday running on into the sentence.
    "kata dia kepada ANTARA, Bupati.",
    "kata dia kepada Antara, Senin kemarin ia datang.",
    # The place without the day: no attribution.
    "katanya kepada Antara di Kendari.",
    # A day and month without the year and the weekday: no day the clause states.
    "Bantuan itu datang dari Antara (3/4) bagian.",
    "kata dia dikutip dari Antara (3/4).",
])
def test_no_attribution_without_a_day(text):
    assert place_and_agency(text + BODY) is None
