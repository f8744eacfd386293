"""A reporter line opened by the site's address in capitals and a comma, as a dateline is (a sister site's copy of
Republika's Hajj report, 2023: `IHRAM.CO.ID, Laporan Jurnalis Republika.co.id Agung Sasongko dari Madinah, Arab Saudi`
over `MADINAH -- ...`): the reporter is the line's, the place it was filed from no part of the name; a place before
the comma, or a line that is no reporter line, names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import reporter_name

URL = "https://ihram.co.id/berita/rv7tqs366/tiba-di-madinah-jamaah-haji-indonesia-bakal-ikuti-city-tour"
LEAD = ("MADINAH -- Panitia Penyelenggara Ibadah Haji (PPIH) Arab Saudi menyiapkan paket program ibadah untuk jamaah "
        "haji Indonesia selama berada di Madinah.")
LAST = ("Namun, bagi jamaah yang sakit sehingga tidak bisa mengikuti jadwal Raudhah, Kadaker memastikan bisa "
        "dijadwalkan ulang. \"Kecuali jamaah yang ketiduran,\" kata Zaenal.")


def page(opening: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Tiba di Madinah, Jamaah Haji Indonesia "
            "Bakal Ikuti City Tour</title></head><body><article><h1>Tiba di Madinah, Jamaah Haji Indonesia Bakal Ikuti "
            f"City Tour</h1><div class='content'><p>{opening}</p><p>{LEAD}</p><p>{LAST}</p></div></article></body>"
            "</html>").encode()


def test_the_reporter_after_the_address_is_the_author():
    item = parse_article(page("IHRAM.CO.ID, Laporan Jurnalis Republika.co.id Agung Sasongko dari Madinah, Arab Saudi"),
                         URL)
    assert item["author"] == "Agung Sasongko"
    assert item["dateline"]["place"] == "MADINAH"
    assert item["body"].startswith("Panitia Penyelenggara Ibadah Haji")
    assert item["body"].endswith("kata Zaenal.")


@pytest.mark.parametrize("line, expected", [
    ("IHRAM.CO.ID, Laporan Jurnalis Republika.co.id Agung Sasongko dari Madinah, Arab Saudi", "Agung Sasongko"),
    ("TRIBUNNEWS.COM, Laporan Wartawan Tribunnews.com, Budi Santoso", "Budi Santoso"),
    ("Laporan Jurnalis Republika Teguh Firmansyah dari Makkah, Arab Saudi", "Teguh Firmansyah"),
    ("JAKARTA, Laporan keuangan perusahaan itu dirilis kemarin.", None),
    ("IHRAM.CO.ID, MADINAH -- Jamaah haji tiba di Madinah.", None),
])
def test_reporter_name_reads_past_the_address(line, expected):
    assert reporter_name(line) == expected
