"""A detik story copied with its byline as the text's first paragraph: the writer's name, a dash and the outlet as the
brand writes itself, over the dateline (detik 2012: `<p><strong>Mansyur Hidayat</strong> - detikNews</p>` over
`<p><strong>Garut</strong> - Dalam pelaksanaan ...</p>`), or over the story's time line over the dateline (a copy
pasted as text: `Yudha Maulana - detikNews` over `Sabtu, 11 Apr 2020 20:07 WIB` over `Bandung - Angka positif ...`),
under the copied headline too: the writer, and no line of the text. A rubric's, a place's, a desk's or a section's
name before the brand, one the brand spells again (`Hikmah Ramadhan - detikHikmah`), a match's sides before a plain
word, or no dateline under the line name nobody."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import outlet_byline

from people_pages import URL, page  # beside this file

GARUT = ("<strong>Garut</strong> - Dalam pelaksanaan pilihan gubernur Jawa Barat untuk periode 2013-2018, Polisi"
         " diharapkan bertindak netral tidak mendukung, dan mengarahkan kepada salah satu calon gubernur.")
BANDUNG = ("Bandung - Angka positif virus Corona atau COVID-19 di Jawa Barat menembus angka 400 kasus. Laman Pusat"
           " Informasi dan Koordinasi COVID-19 Jabar (Pikobar) pada Sabtu (11/4/2020) mencatat kenaikan.")
CIANJUR = ("Jakarta - An earthquake with a magnitude (M) of 2.7 occurred in Cianjur Regency, West Java. The epicenter"
           " was at a depth of 10 kilometers.")


@pytest.mark.parametrize(("blocks", "writer"), [
    (["<strong>Mansyur Hidayat</strong> - detikNews <strong><br /></strong>", GARUT], "Mansyur Hidayat"),
    (["Yudha Maulana - detikNews", "Sabtu, 11 Apr 2020 20:07 WIB", BANDUNG], "Yudha Maulana"),
    (["421 Orang di Jabar Terkonfirmasi Positif COVID-19", "Yudha Maulana - detikNews", "Sabtu, 11 Apr 2020 20:07 WIB",
      BANDUNG], "Yudha Maulana"),  # under the copied headline
    (["Dwi Andayani - detikNews", "Wednesday, 01 Feb 2023 08:52 WIB", CIANJUR], "Dwi Andayani"),  # a translated copy
])
def test_the_copied_byline_over_the_dateline_names_the_writer(blocks, writer):
    item = parse_article(page(lead="".join(f"<p>{block}</p>" for block in blocks)), URL)
    assert item["author"] == writer
    assert "detikNews" not in item["body"] and writer not in item["body"]


@pytest.mark.parametrize("line", [
    "Hikmah Ramadhan - detikHikmah",  # the channel's rubric: the brand spells its word again
    "Cek Fakta - detikNews", "Jumat Berkah - detikNews", "Laporan Khusus - detikNews",  # rubrics
    "Jawa Tengah - detikJateng", "Kota Bandung - detikJabar",  # places
    "Tim Redaksi - detikNews", "Berita Terkini - detikNews",  # the desk, a section
    "Polres Bogor - detikNews", "Bupati Sleman - detikJogja",  # an office, an official
    "Persib Bandung - PSM",  # a match's sides: no brand after the dash
])
def test_no_writer_before_the_brand_names_nobody(line):
    assert outlet_byline(line, BANDUNG) is None


def test_no_dateline_under_the_byline_names_nobody():
    assert outlet_byline("Yudha Maulana - detikNews", "Angka positif virus Corona di Jawa Barat menembus 400.") is None
