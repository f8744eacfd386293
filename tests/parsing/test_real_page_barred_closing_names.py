"""The names of those who reported a story, in capitals and parted by bars, closing it on their own line (Tempo 2013:
`SYAILENDRA | SINGGIH SOARES` under `Kejar Jokowi, Empat Wartawan Kecopetan`): no text; the first is the author. A
wire's or paper's name among them credits the copy. Words in capitals that are no persons' (a place's, a greeting's,
an outlet's alone) stay."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import closing_name

URL = "https://metro.tempo.co/read/521678/kejar-jokowi-empat-wartawan-kecopetan"
LEAD = ("TEMPO.CO, Jakarta - Warga dan wartawan berdesakan ketika Gubernur DKI Jakarta Joko Widodo menghadiri Parade "
        "1.000 Bedug.")
LAST = ("Tak berselang lama nasib serupa dialami tiga wartawan Kompas.com, Ummi Hadyah, 24 tahun. Nasib serupa dialami "
        "wartawan KBR68H Jakarta, Danu dan wartawan Berita Satu.com, Sesar.")


def page(closing: str) -> bytes:
    return ("<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Kejar Jokowi, Empat Wartawan Kecopetan"
            "</title></head><body><article><h1>Kejar Jokowi, Empat Wartawan Kecopetan</h1>"
            "<div class='date'>Senin, 14 Oktober 2013 23:20 WIB</div>"
            f"<div class='content'><p>{LEAD}</p><p>{LAST}</p><p>{closing}</p></div></article></body></html>").encode()


@pytest.mark.parametrize("closing, author", [
    ("SYAILENDRA | SINGGIH SOARES", "SYAILENDRA"),
    ("AYU PRIMA SANDI | ANTARA", "AYU PRIMA SANDI"),
    ("SYAILENDRA PERSADA | SINGGIH SOARES | ANTON SEPTIAN", "SYAILENDRA PERSADA"),
])
def test_barred_names_close_the_story(closing, author):
    item = parse_article(page(closing), URL)
    assert item["body"].endswith("Berita Satu.com, Sesar.")
    assert item["author"] == author


@pytest.mark.parametrize("line", ["KOTA BOGOR | JAKARTA", "TEMPO | ANTARA", "BERITA | TERKINI", "JUMAT BERKAH",
                                  "SYAILENDRA", "Syailendra | Singgih Soares"])
def test_lines_of_no_persons_are_no_closing_names(line):
    assert closing_name(line) is None
