"""A report's header copied over its text: the summary, a byline naming a team's writers, their names run together
where the page's links stood apart (Liputan6's 2021 reports: `oleh Nanda Perdana PutraDelvira HutabaratMuhammad Radityo
PriyasmoroYopi Makdori diperbarui 20 Agu 2021, 15:35 WIB`), the publication's time, the image's alt text and its
caption, whose photo label names the web address it was taken from (`Tata cara pemilu 2019. (Foto: merdeka.com)`):
none of it is text, and the dateline under it is cut. A paragraph pointing to an address, no photo label before it,
stays; so does a sentence opening with `Oleh` that is no byline."""

from __future__ import annotations

import html

from crawler.parsing import parse_article
from crawler.parsing.credits import is_header_line
from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

HEADER = [
    "Ada dua cara pemilu dapat diundur penyelenggaraannya. Yaitu melalui amandemen UUD 1945 dan Perppu. Sejauh mana "
    "potensi keduanya menjadi celah memundurkan Pemilu 2024.",
    "oleh Nanda Perdana PutraDelvira HutabaratMuhammad Radityo PriyasmoroYopi Makdori diperbarui 20 Agu 2021, 15:35 WIB",
    "Diterbitkan 20 Agu 2021, 00:01 WIB",
    "Ilustrasi pemilu",
    "Tata cara pemilu 2019. (Foto: merdeka.com)",
]
LEAD = ("Dalam sebuah diskusi bertajuk Pandemi dan Konstelasi Politik 2024, Jazilul Fawaid ditanya oleh pembawa acara. "
        "Pertanyaan yang diajukan kepadanya ialah apakah Pemilu akan benar-benar dilaksanakan pada 2024 atau tidak.")
TEXT = ["\"Kalau kondisinya seperti ini jangankan TPS, masjid saja ditutup. Jadi kalau kondisinya seperti ini, tentu "
        "unpredictable sampai hari ini,\" kata Jazilul pada Sabtu 14 Agustus 2021."]


def _page(blocks: list[str]) -> str:
    body = "".join(f"<p>{html.escape(block)}</p>" for block in blocks)
    return (f"<html><head><title>Pemilu 2024</title></head><body><article><h1>Pemilu 2024</h1>"
            f"<div class='article-content'>{body}</div></article></body></html>")


def test_a_teams_run_together_byline_is_the_headers_line():
    assert is_header_line(HEADER[1])
    assert is_header_line("oleh Liputan6 diperbarui 13 Des 2010, 11:03 WIB")


def test_a_photo_label_naming_an_address_closes_a_caption():
    assert is_caption(HEADER[4])
    assert is_caption("Sejumlah warga antre di kantor kelurahan. (foto: detik.com)")


def test_the_header_leaves_the_text_and_the_dateline_is_cut():
    item = parse_article(_page([*HEADER, f"Liputan6.com, Jakarta - {LEAD}", *TEXT]),
                         "https://www.berita-daerah.example/berita/2021/08/20/pemilu-2024")
    assert item["body"].split("\n\n") == [LEAD, *TEXT]


def test_the_caption_between_paragraphs_leaves_the_text():
    assert clean_body([Block(LEAD), Block(HEADER[4]), Block(TEXT[0])]).paragraphs == [LEAD, *TEXT]


def test_lines_that_are_neither_stay():
    for line in ("Data itu dikutip dari situs resmi. (sumber: bps.go.id)",
                 "Kunjungi laman kami (foto: merdeka.com)",
                 "Informasi lengkap dapat dibaca di laman resmi (www.kpu.go.id)."):
        assert not is_caption(line), line
    assert not is_header_line("Oleh para pemilih di Jakarta, daftar itu diperiksa ulang pada Agustus.")
