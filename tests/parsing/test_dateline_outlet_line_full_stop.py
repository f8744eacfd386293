"""An outlet's name ending the dateline's line with a full stop typed after it (`Padang,Lintas Media News.` above
`Guna meningkatkan kulitas belajar siswa ...`, a regional blog's copy): the full stop is no part of the name. A name
without an outlet's word stays no outlet (`Padang, Warga Kota.`)."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("Padang,Lintas Media News.\n\nGuna meningkatkan kulitas belajar siswa Sekolah Menengah Kejuruan di Kota Padang.",
     "Padang", "Lintas Media News"),
    ("Padang, Lintas Media News. Guna meningkatkan kulitas belajar siswa Sekolah Menengah Kejuruan.", "Padang",
     "Lintas Media News"),
    ("Jember, NU Online\nPresiden Joko Widodo meletakkan batu pertama pembangunan asrama putri di Pesantren Nurul "
     "Islam.", "Jember", "NU Online"),
])
def test_a_full_stop_after_an_outlets_name_at_its_lines_end_is_no_part_of_it(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


def test_a_name_without_an_outlets_word_before_a_full_stop_is_no_outlet():
    found = parse_dateline("Padang, Warga Kota.\nGuna meningkatkan kualitas belajar siswa.")
    assert found is None or found.agency is None
