"""An outlet's name, one or two bars, then a listed place and a dash or a full stop for the dash."""
import pytest

from dateline_readings import place_and_agency  # beside this file


@pytest.mark.parametrize("text, expected", [
    # a regional site's archive: the bars after a name ending in News, a full stop for the dash
    ("Saturday, November 25, 2017\n\nSelayang Pandang Melihat Ngawi Dengan Ragamnya\n\n"
     "Siaganews || NGAWI. Menjelang akhir tahun 2017 bagi Kabupaten Ngawi merupakan masa waktu yang bernilai histori",
     ("NGAWI", "Siaganews")),
    ("Siaganews || NGAWI - Menjelang akhir tahun 2017 bagi Kabupaten Ngawi", ("NGAWI", "Siaganews")),
    ("Siaganews.com | NGAWI. Menjelang akhir tahun 2017", ("NGAWI", "Siaganews.com")),
    ("Siaganews || Ngawi. Menjelang akhir tahun 2017", ("Ngawi", "Siaganews")),
])
def test_outlet_bars_then_place(text, expected):
    assert place_and_agency(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a heading's or a menu's bar: no outlet's name before it
    ("Berita Daerah || NGAWI. Menjelang akhir tahun 2017", None),
    ("Beranda | Jakarta. Ini berita hari ini", None),
    # no listed place after the bars, or no sentence after the full stop
    ("Siaganews || PILKADA. Menjelang akhir tahun 2017", (None, "Siaganews")),
    ("Siaganews || NGAWI. menjelang akhir tahun 2017", (None, "Siaganews")),
])
def test_bars_without_outlet_and_place_stay(text, expected):
    assert place_and_agency(text) == expected
