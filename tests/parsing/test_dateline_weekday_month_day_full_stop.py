"""A weekday, then the month's name and the day closed by a full stop, no year, before the dash (`BANDAR SERI BEGAWAN,
Tuesday, November 19. - The Department ...`, a government's English copy), as the Malay copy writes the day first
(`BANDAR SERI BEGAWAN, Selasa, 25 Januari. -`): the place is read, the date part no part of it."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("By : Dk. Siti Redzaimi Pg. Haji Ahmad / Photo : Dk. Nur Hafilah Pg. Osman\nBANDAR SERI BEGAWAN, Tuesday, "
     "November 19. - The Department of Information, Prime Minister's Office through the Public Relations Unit, "
     "Nationhood and Community Division held a Program Sua Muka", ("BANDAR SERI BEGAWAN", None)),
    ("BANDAR SERI BEGAWAN, Sunday, March 5. - The Department of Information held a programme at the school hall",
     ("BANDAR SERI BEGAWAN", None)),
    # the day first, as before
    ("BANDAR SERI BEGAWAN, Selasa, 25 Januari. - Kemeriahan Istiadat Perkahwinan Diraja di antara Yang Teramat Mulia",
     ("BANDAR SERI BEGAWAN", None)),
])
def test_weekday_month_and_day_with_a_full_stop(text, reading):
    assert place_and_agency(text) == reading


def test_the_date_part_is_no_part_of_the_place():
    found = parse_dateline("BANDAR SERI BEGAWAN, Tuesday, November 19. - The Department of Information held a "
                           "programme at the school hall")
    assert found is not None and found.raw == "BANDAR SERI BEGAWAN, Tuesday, November 19. -"


def test_a_street_and_number_is_no_date():
    found = parse_dateline("BANDAR SERI BEGAWAN, Jalan Tutong 19. - The Department of Information held a programme")
    assert found is None or "Tutong" not in found.raw
