"""An outlet's name of two or three capitalised words after the place, then its date in figures in parentheses before
the dash (`Sumenep, Lintas Madura (30/05/2013)- Mentradisikan ...`), as a name in capitals has it (`Makassar, BP2MI
(10/9/2020) -`): the outlet is read, the date no part of it; a weekday before its date is one word and no outlet."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("salah satu prosesi pemakaman-sumber google\n\nSumenep, Lintas Madura (30/05/2013)- Mentradisikan membaca surat "
     "Yasin dan zikir Tahlil saat prosesi pemakaman warga di Desa Parsanga Kota Sumenep", ("Sumenep", "Lintas Madura")),
    ("Sumenep, Lintas Madura (30/05/2013) - Mentradisikan membaca surat Yasin dan zikir Tahlil saat prosesi pemakaman",
     ("Sumenep", "Lintas Madura")),
    # a name in capitals, as before
    ("Makassar, BP2MI (10/9/2020) - Sebanyak 120 pekerja migran tiba di pelabuhan Makassar pada pagi hari ini",
     ("Makassar", "BP2MI")),
    # a weekday before its date: the place alone
    ("Jakarta, Selasa (7/5/2024) - Pemerintah membuka pendaftaran calon aparatur sipil negara bagi lulusan baru",
     ("Jakarta", None)),
])
def test_title_case_outlet_and_its_date_in_parentheses(text, reading):
    assert place_and_agency(text) == reading


def test_the_date_is_no_part_of_the_outlet():
    found = parse_dateline("Sumenep, Lintas Madura (30/05/2013) - Mentradisikan membaca surat Yasin dan zikir Tahlil")
    assert found is not None and found.raw == "Sumenep, Lintas Madura (30/05/2013) -"
