"""parse_dateline on a place and its date with a colon for the dash, as a wire's copy and a Malay paper's English
pages write it: a listed place or a Malaysian town in title case (`Kuala Lumpur, Jan. 13 : The ...`, `Klang, 09 NOV:
Chief ...`), and a month's name in capitals before the day after a place in capitals (`KLANG, NOV 10: ...`), which is
the date's, no region's; an agenda's item in title case stays no dateline."""

from __future__ import annotations

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, place", [
    ("Kuala Lumpur, Jan. 13 : Malaysian Indian Congress (MIC) president S. Samy Vellu has denied \"washing dirty "
     "Malaysian linen in Chennai\".", "Kuala Lumpur"),
    ("Kuala Lumpur, Jan. 14 : The Malaysian Government has been asked to release the RM 50 million for Tamil schools "
     "under the 2009 Budget.", "Kuala Lumpur"),
    ("Selangor Government Denies Developing Selangor Foundation Land.\n\nKlang, 09 NOV: Chief Minister, Tan Sri Abdul "
     "Khalid deniesd charges of former Selangor Foundation alumni regarding a plot of land", "Klang"),
    ("MB: Muslim Entrepreneurs Should Be More Brave\n\nKLANG, NOV 10: Selangor Chief Minister (Menteri Besar) Tan Sri "
     "Abdul Khalid Ibrahim advised Muslim halal industry entrepreneurs", "KLANG"),
])
def test_a_date_and_a_colon_after_the_place(text, place):
    assert place_and_agency(text) == (place, None)


@pytest.mark.parametrize("text, reading", [
    ("Rapat, 12 Mei: Agenda dibahas bersama seluruh pengurus.", None),
    ("KUALA LUMPUR, 27 Okt: Seramai 200 peserta menyertai program itu.", ("KUALA LUMPUR", None)),
    ("PALEMBANG, SUMSEL 25/6 - Warga memadati pasar.", ("PALEMBANG, SUMSEL", None)),
    ("SHAH ALAM, 2 Nov: The Royal Malaysian Police (PDRM) has been asked to improve their existing system.",
     ("SHAH ALAM", None)),
])
def test_an_agenda_item_and_the_forms_in_capitals_stay(text, reading):
    assert place_and_agency(text) == reading
