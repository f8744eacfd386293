"""A header line naming the writer, then the outlet after a dash, then the date and clock (Bisnis.com 2019: `Renat Sofie
Andriani - Bisnis.com 26 Agustus 2019  |  09:57 WIB` under the headline): the writer is the name before the outlet, as
in a closing byline (`Budi Santoso - Tribunnews.com`). A rubric's or a place's name before the outlet names nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

URL = "https://market.bisnis.com/read/20190826/7/1140880/jakarta-islamic-index-turun-lebih-dari-1-persen-pagi-ini"
TEXT = ("Bisnis.com, JAKARTA – Indeks harga saham syariah, Jakarta Islamic Index (JII), tergelincir ke zona merah dan "
        "langsung turun lebih dari 1 persen pada perdagangan pagi ini, Senin (26/8/2019).",
        "JII melemah 1,42 persen atau 9,63 poin ke level 669,62 pada pukul 09.40 WIB dari level penutupan sebelumnya. "
        "Pada perdagangan Jumat (23/8), JII ditutup menguat 4,24 poin atau 0,63 persen di level 679,25.",
        "Sebanyak 2 saham menguat, 27 saham melemah, dan 1 saham stagnan dari 30 saham syariah yang diperdagangkan.")


def page(header: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return (f"<!DOCTYPE html><html lang='id'><head><meta charset='utf-8'><title>Jakarta Islamic Index Turun Lebih dari 1 "
            f"Persen Pagi Ini</title></head><body><article class='detail'><div class='detail__header'>"
            f"<h1 class='detail__title'>Jakarta Islamic Index Turun Lebih dari 1 Persen Pagi Ini</h1>"
            f"<div class='detail__date'>{header}</div></div><div class='detail__body-text'>{paragraphs}</div>"
            f"</article></body></html>").encode()


@pytest.mark.parametrize("header, writer", [
    ("Renat Sofie Andriani - Bisnis.com 26 Agustus 2019  |  09:57 WIB", "Renat Sofie Andriani"),
    ("Renat Sofie Andriani - Bisnis.com 26 Agustus 2019 | 09:57 WIB", "Renat Sofie Andriani"),
    ("Renat Sofie Andriani 26 Agustus 2019 | 09:57 WIB", "Renat Sofie Andriani"),  # no outlet: read already
])
def test_the_writer_before_the_outlet_is_the_author(header, writer):
    item = parse_article(page(header), URL)
    assert item["author"] == writer
    assert item["published_at"] == "2019-08-26T09:57:00+07:00"
    assert item["dateline"]["place"] == "JAKARTA"


def test_the_header_line_names_the_writer_before_a_brand_spelled_outlet():
    found = parse_header_line("Herdi Alif Alhikam - detikFinance 29 September 2019 19:13 WIB")
    assert found is not None and found.author == "Herdi Alif Alhikam"


@pytest.mark.parametrize("header", [
    "Cek Fakta - kompas.com 26 Agustus 2019 | 09:57 WIB",  # a rubric's heading before the outlet
    "Jawa Tengah - Tribunnews.com 26 Agustus 2019 09:57 WIB",  # a place's
])
def test_a_rubric_or_a_place_before_the_outlet_names_nobody(header):
    item = parse_article(page(header), URL)
    assert item["author"] is None
    assert item["published_at"] == "2019-08-26T09:57:00+07:00"
