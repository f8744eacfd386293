"""parse_dateline on a source credited before the agency carrying its report, joined by a slash in the parenthesis
(MINA's early copy: `Gaza City, 13 Muharram 1434/27 November 2012 (Al Qassam/MINA) – ...`): the agency is the carrier,
the last name; a table's name first stays the agency and the wire after it its distributor."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "expected"), [
    ("Gaza City, 13 Muharram 1434/27 November 2012 (Al Qassam/MINA) – Perdana Menteri Palestina Ismail Haniya "
     "memberikan penghargaan dan penghormatan atas peran wartawan", ("Gaza City", "MINA")),
    ("Gaza, 13 Muharram 1434/27 November 2012 (PIC/MINA) – Pasukan Israel menyerbu kota itu.", ("Gaza", "MINA")),
    ("Kairo, 2 Safar 1434/16 Desember 2012 (Ahram Online/MINA) – Rakyat Mesir memberikan suara", ("Kairo", "MINA")),
])
def test_the_carrier_after_the_slash_is_the_agency(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A table's name first: the agency, the wire after it its distributor.
    ("Jakarta (Antara/PRNewswire) - PT Bank Mandiri mengumumkan laba bersih", ("Jakarta", "ANTARA")),
    ("Jakarta, 22 Jumadil Akhir 1434/2 Mei 2013 (MINA) – Duta Besar Mesir untuk Indonesia, Bahaa Dessouki "
     "menyatakan dukungannya", ("Jakarta", "MINA")),
])
def test_a_tables_name_first_and_a_lone_agency_stay(text, expected):
    assert place_and_agency(text) == expected


def test_a_photo_credit_before_the_slash_is_no_source():
    # A credit's label and colon: a caption, no dateline's agency.
    assert place_and_agency("Jakarta (Foto: Hadis/MINA) - Jamaah memadati masjid.") is None
