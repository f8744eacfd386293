"""The writer's line just under the header's time line, the outlet after a dash as its brand writes itself (detik's
pages of 2019 print the time over the writer: `Minggu, 29 Sep 2019 19:13 WIB` over `Herdi Alif Alhikam -
detikFinance`): the brand's spelling makes it the byline, as it does over the time. A rubric's, a desk's or a place's
heading before the brand names nobody, under the time as over it."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file

TIME = "Minggu, 29 Sep 2019 19:13 WIB"
LEAD = ("<p>Jakarta - Ancaman resesi ekonomi makin dekat. Pelemahan perekonomian berbagai negara di dunia pun terjadi "
        "di sejumlah negara.</p>")


def _author(*lines: str) -> str | None:
    return parse_article(page(header=header_lines(*lines), lead=LEAD), URL)["author"]


@pytest.mark.parametrize("lines", [
    (TIME, "Herdi Alif Alhikam - detikFinance"),  # detikFinance 2019
    ("Follow detikFinance Follow Linkedin", TIME, "Herdi Alif Alhikam - detikFinance"),
    (TIME, "Muhammad Febrianputra Jastin - detikSumbagsel"),
    (TIME, "Agus Siswanto - 20DETIK"),
])
def test_the_byline_under_the_time_names_the_writer(lines):
    assert _author(*lines) == lines[-1].split(" - ")[0]


def test_the_byline_over_the_time_is_still_read():
    assert _author("Danang Sugianto - detikFinance", "Selasa, 22 Sep 2020 17:46 WIB") == "Danang Sugianto"


@pytest.mark.parametrize("below", [
    "Cek Fakta - kompas.com",
    "Jawa Tengah - Tribunnews.com",
    "Baca Juga - detikNews",
    "Tim Redaksi - detikNews",
    "Redaksi - Tribunnews.com",
    "Persib Bandung - PSM",
    "Jumat Berkah - detikHikmah",
    "Laporan Khusus - Tempo.co",
    "Tim detikcom - detikFinance",
])
def test_a_heading_under_the_time_names_nobody(below):
    assert _author(TIME, below) is None
