"""A listed place, a full stop for the comma, an outlet's name, and a full stop for the dash (`Ambon. Suara
ReformasiCom. Lembaga Penyiaran Publik (LPP) RRI ...`, a Moluccan portal's copy below its headline): the place and the
outlet, the name's last word a brand's two words glued or an outlet's word. Words that name no outlet between the full
stops are a headline's (`Jakarta. Suara Tembakan. Warga panik ...`): the place stays, no outlet."""

from __future__ import annotations

import pytest

from crawler.parsing.dateline import parse_dateline


@pytest.mark.parametrize("text, place, agency", [
    ("LPP RRI Ambon,Gelar HUT Ke-77 Ditandai Dengan Penyulutan Obor Triprasetya RRI\nAmbon. Suara ReformasiCom. "
     "Lembaga Penyiaran Publik (LPP) RRI di dalam HUT-nya yang ke-77, ditandai dengan penyulutan Obor Triprasetya RRI.",
     "Ambon", "Suara ReformasiCom"),
    ("Padang. Lintas Media News. Guna meningkatkan kualitas belajar siswa Sekolah Menengah Kejuruan di Kota Padang.",
     "Padang", "Lintas Media News"),
])
def test_full_stops_around_an_outlets_name_after_a_listed_place(text, place, agency):
    found = parse_dateline(text)
    assert found is not None and (found.place, found.agency) == (place, agency)


@pytest.mark.parametrize("text", [
    "Jakarta. Suara Tembakan. Warga panik berlarian ke luar rumah.",
    "Ambon. Suara Reformasi. Lembaga Penyiaran Publik menggelar upacara.",
])
def test_words_naming_no_outlet_between_full_stops_are_no_outlet(text):
    found = parse_dateline(text)
    assert found is None or found.agency is None
