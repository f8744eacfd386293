"""A photo page's box of the picture's file facts under its caption (ANTARA FOTO: the caption, the related photos'
heading, then `Informasi Foto` over `Ukuran Foto` / `4029x2681`, `Ukuran Berkas` / `5.64 MB`, `Fotografer` / <name>;
English `Related photo` and `Image information` over `Image size`): the box is no text, the caption is the page's text.
Real captions and facts (antarafoto.com, 2020-2022) in a reduced page; made-up near misses."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.html import Block
from crawler.parsing.profile import GENERIC
from crawler.parsing.text import clean_body

SURABAYA = ("Petugas menghimbau pengunjung agar meninggalkan Jalan Tunjungan saat malam pergantian Tahun Baru 2022 di "
            "Surabaya, Jawa Timur, Jumat (31/12/2021). Pemerintah Kota Surabaya memberlakukan penutupan sejumlah jalan "
            "dan ruang publik pada pergantian Tahun Baru 2022 dengan tujuan untuk mencegah terjadinya kerumunan guna "
            "mengantisipasi lonjakan COVID-19.. ANTARA FOTO/Rizal Hanafi/Zk/foc.")
MEDAN = ("Petugas penjaga makam melintas di areal pemakaman khusus untuk jenazah COVID-19 di kawasan Simalingkar B, "
         "Medan, Sumatera Utara, Jumat (7/8/2020). Pihak Pemkot Medan mengusulkan kepada Pemerintah Provinsi Sumatera "
         "Utara untuk menambah areal pemakaman khusus jenazah COVID-19 di Kota Medan mengingat jumlah korban meninggal "
         "dunia akibat COVID-19 terus meningkat. ANTARA FOTO/Septianda Perdana/wsj.")
FACTS_ID = ["Informasi Foto", "Ukuran Foto", "4029x2681", "Ukuran Berkas", "5.64 MB", "Disiarkan",
            "01/01/2022 01:30 WIB", "Fotografer", "Rizal Hanafi", "Editor", "Fanny Octavianus"]
FACTS_EN = ["Image information", "Image size", "4288x2848", "File size", "2.09 MB", "Created", "07/08/2020 21:25 WIB",
            "Photographer", "Septianda Perdana", "Editor", "Widodo S Jusuf"]


def _page(title: str, time: str, caption: str, related: str, facts: list[str]) -> str:
    values = "".join(f"<dt>{label}</dt><dd>{value}</dd>" for label, value in zip(facts[1::2], facts[2::2]))
    return (f"<html><head><title>{title} - ANTARA Foto</title></head><body><nav><a href='/'>ANTARA FOTO</a></nav>"
            f"<main><article><h1>{title}</h1><ul class='list-inline'><li class='list-inline-item'>{time}</li></ul>"
            f"<figure><img src='https://cdn.antarafoto.com/x.jpg'></figure><p>{caption}</p>"
            f"<h4>{related}</h4><ul><li><a href='/id/view/1574700/x'>MALAM TAHUN BARU DI JAKARTA</a></li></ul>"
            f"<div class='info'><h4>{facts[0]}</h4><dl>{values}</dl></div></article></main></body></html>")


@pytest.mark.parametrize(("url", "title", "time", "caption", "related", "facts"), [
    ("https://antarafoto.com/id/view/1574737/penutupan-ruang-publik-malam-tahun-baru-surabaya",
     "PENUTUPAN RUANG PUBLIK MALAM TAHUN BARU SURABAYA", "1 Januari 2022 01:30 WIB", SURABAYA, "Foto Terkait",
     FACTS_ID),
    ("https://www.antarafoto.com/view/1244530/lahan-pemakaman-khusus-covid-19-di-medan-penuh",
     "LAHAN PEMAKAMAN KHUSUS COVID-19 DI MEDAN PENUH", "7 Agustus 2020 21:25", MEDAN, "Related photo", FACTS_EN),
])
def test_a_photo_pages_facts_box_leaves_the_caption_its_text(url, title, time, caption, related, facts):
    item = parse_article(_page(title, time, caption, related, facts), url, profile=GENERIC)
    assert item["body"] == caption
    assert item["title"] == title


@pytest.mark.parametrize(("related", "facts"), [("Foto Terkait", FACTS_ID), ("Related photo", FACTS_EN)])
def test_the_facts_box_under_the_related_photos_heading_closes_the_text(related, facts):
    assert clean_body([Block(SURABAYA), Block(related), *map(Block, facts)]).paragraphs == [SURABAYA]


def test_a_subheading_named_so_over_a_paragraph_stays():
    # A story's own subheading, no file facts under it.
    paragraphs = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Informasi foto",
                  "Foto-foto itu diambil warga dari lantai dua gedung di seberang jalan, kata Budi."]
    assert clean_body([Block(text) for text in paragraphs]).paragraphs == paragraphs


def test_a_sentence_opening_with_the_heading_words_stays():
    paragraphs = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.",
                  "Related photos show the damage the storm left along the coast, officials said."]
    assert clean_body([Block(text) for text in paragraphs]).paragraphs == paragraphs
