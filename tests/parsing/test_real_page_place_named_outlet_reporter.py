"""Tribun's regional papers name their reporter over the text with no comma between the paper and the name (Tribun
Timur on Tribunnews, 2013: `Laporan Wartawan Tribun Timur Edi Sumardi` over `TRIBUNNEWS.COM – Satu di antara orang
paling cemas ...`). The paper is one word and the place it serves (a place, a province's short name, a compass point):
the name is the capitalised words after it. A second word that is no place (`Suara Merdeka`) leaves the name unknown;
so does a name whose first word is a place."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import reporter_name

LEAD = ("TRIBUNNEWS.COM – Satu di antara orang paling cemas jika terjadi tawuran di Makassar adalah mantan Wakil "
        "Presiden RI, Muhammad Jusuf Kalla (JK).")
MORE = ("Dua kelompok mahasiswa asal daerah berbeda dipertemukan pasca-terjadinya tawuran di kampus Universitas Muslim "
        "Indonesia Makassar, Senin (22/4/2013).")


def article(*paragraphs: str) -> dict:
    html = ("<html><head><title>Setiap Ada Tawuran, Walikota Makassar Dimarahi Jusuf Kalla</title></head><body>"
            "<article><h1>Setiap Ada Tawuran, Walikota Makassar Dimarahi Jusuf Kalla</h1><div class='txt-article'>"
            + "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs) + "</div></article></body></html>")
    return parse_article(html.encode(), "https://m.tribunnews.com/regional/2013/04/24/setiap-ada-tawuran")


def test_the_reporter_line_over_the_text_names_the_author():
    item = article("Laporan Wartawan Tribun Timur Edi Sumardi", LEAD, MORE)
    assert item["author"] == "Edi Sumardi"
    assert item["body"].startswith("Satu di antara orang paling cemas")


@pytest.mark.parametrize(("line", "name"), [
    ("Laporan Wartawan Tribun Timur Edi Sumardi", "Edi Sumardi"),
    ("Laporan Wartawan Tribun Medan Tommy Simatupang", "Tommy Simatupang"),
    ("Laporan Wartawan Tribun Jabar Seli Andina Miranti", "Seli Andina Miranti"),
    ("Laporan Wartawan Tribun Timur, Fahrizal Syam", "Fahrizal Syam"),
])
def test_the_name_after_the_paper_and_its_place(line, name):
    assert reporter_name(line) == name


@pytest.mark.parametrize("line", ["Laporan Wartawan Tribun Timur", "Laporan Wartawan Suara Merdeka Budi Santoso",
                                  "Laporan Wartawan Tribun Jakarta Selatan Budi"])
def test_no_place_or_a_place_for_a_name_names_nobody(line):
    assert reporter_name(line) is None
