"""A place, then its outlet's domain between two bars, one for the comma and one for the dash (`MBELILING |
Pojokbebas.com | Kasus ...`), under a headline and a photo's caption."""

import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize(("text", "reading"), [
    ("Kasus Pilkades Wae Jare Ditangani Polres Mabar\nKasus kericuhan Pilkades Desa Wae Jare, Kecamatan Mbeliling kini "
     "ditangani Polres Manggarai Barat.|Foto Robert Peerkasa\n\n \n\nMBELILING | Pojokbebas.com | Kasus kericuhan "
     "Pilkades Desa Wae Jare, Kecamatan Mbeliling kini ditangani Polres Manggarai Barat.",
     ("MBELILING", "Pojokbebas.com")),
    ("Labuan Bajo | Pojokbebas.com | Wakil Bupati Manggarai Barat meninjau lokasi banjir",
     ("Labuan Bajo", "Pojokbebas.com")),
])
def test_an_outlet_domain_between_bars_after_the_place(text, reading):
    assert place_and_agency(text) == reading


@pytest.mark.parametrize("text", [
    "Berita | Kompas.com | Nasional",  # a breadcrumb's words
    "Jakarta | Kompas.com | Berita terkini",  # a short line, no sentence
    "Jakarta | Kompas.com | Berita terkini | Nasional | Ekonomi | Olahraga | Hiburan",  # a menu's bars
])
def test_a_breadcrumb_between_bars_stays_no_dateline(text):
    assert place_and_agency(text) is None
