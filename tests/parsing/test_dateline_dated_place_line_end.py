"""A place and a full date (a day, a month's name and a year) ending its line, the lead below it, also past a blank line
(`Magetan, 22 Juli 2025` over `Pemerintah Desa Dukuh, Kecamatan Lembeyan, ...`, a village news page under its
headline): the place and the date. A date in figures, a weekday with its date alone, and a list's rows (short lines, no
blank line between) stay no dateline."""

from __future__ import annotations

from datetime import date

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, day", [
    ("a Dukuh: Tran025 dan Harapan Pembangunan Infrastruktur Prioritas\n\nMagetan, 22 Juli 2025\n\nPemerintah Desa "
     "Dukuh, Kecamatan Lembeyan, Kabupaten Magetan, menggelar Musyawarah Desa (MUSDES) semester pertama tahun 2025",
     "Magetan", date(2025, 7, 22)),
    ("Magetan, 22 Juli 2025\nPemerintah Desa Dukuh, Kecamatan Lembeyan, Kabupaten Magetan, menggelar Musyawarah Desa",
     "Magetan", date(2025, 7, 22)),
])
def test_a_dated_place_ending_its_line_over_the_lead(text, place, day):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency, found.date) == (place, None, day)


@pytest.mark.parametrize("text", [
    "Sabtu, 14 Mei 2022\n\nKemarin warga berkumpul di balai desa untuk membahas rencana pembangunan jalan.",
    "Jadwal pameran\nJakarta, 22 Juli 2025\nSurabaya, 23 Juli 2025\nMedan, 24 Juli 2025",
    "Magetan, 22/07/2025\n\nPemerintah Desa Dukuh, Kecamatan Lembeyan, Kabupaten Magetan, menggelar Musyawarah Desa",
])
def test_a_weekday_a_list_or_figures_stay_no_dateline(text):
    assert parse_dateline(text) is None
