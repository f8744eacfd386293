"""A video page closes with its crew, the roles parted by slashes before a colon and a name for each after it, parted
the same way (Suara, 2025: `... Tonton terus SuaraLive berikut ini.` over `Creative/Host/OP OBS: Yulita
Futty/Praba-Hikmawan/Nizam Bagus`): no text. A line whose names do not answer its roles one for one, or a sentence with
a colon, stays."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Suara.com - Dunia hiburan Indonesia kerap diwarnai kabar penangkapan artis terkait penyalahgunaan obat-obatan "
        "terlarang. Berita semacam ini selalu menjadi sorotan publik, mengisi lini masa media massa dan media sosial.")
LAST = "Seperti apa kabar selanjutnya? Tonton terus SuaraLive berikut ini."


@pytest.mark.parametrize("crew", ["Creative/Host/OP OBS: Yulita Futty/Praba-Hikmawan/Nizam Bagus",
                                  "Host/Editor: Yulita Futty/Nizam Bagus"])
def test_the_crew_line_goes(crew):
    assert clean_body([Block(LEAD), Block(LAST), Block(crew)]).paragraphs[-1] == LAST


@pytest.mark.parametrize("line", [
    "Creative/Host/OP OBS: Yulita Futty/Nizam Bagus",  # two names for three roles
    "Jakarta/Bogor: Hujan turun sejak pagi/Sore cerah",
    "Catatan: Jadwal tayang bisa berubah sewaktu-waktu.",
])
def test_other_lines_stay(line):
    assert clean_body([Block(LEAD), Block(LAST), Block(line)]).paragraphs[-1] == line
