"""Captions between paragraphs closed by credits the patterns missed: an outlet's name opening with a small letter
before its capital (iNews's `... Awards 2025. (Foto: iNews)`, printed twice), the source's label before a wire's
picture service (Kompas TV's `... Sabtu (25/12/2021). (Sumber: AP Photo)`), and a wire's photo another agency passed on
(Suara's `... (REUTERS/Evgenia Novozhenina/wsj/cfo/ via Antara)`). A paragraph's source in brackets names no photo, and
stays (`(Sumber: BPS)`)."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Sementara itu, Abisai Rollo, Walikota Jayapura yang berhasil memenangi penghargaan Pemimpin Daerah Awards 2025 "
        "pada Kategori Pelayanan Publik tampil gagah dengan batik berwarna dasar kuning terang.",
        "Batik yang digunakan Abisai memiliki corak sederhana, tapi sangat menggambarkan wilayah Jayapura. Itu terlihat "
        "dari gambar yang membentuk perisai dan lekukan-lekukan khas wilayah Papua."]
CAPTIONS = ["Pejabat daerah Jayapura di acara Pemimpin Daerah Awards 2025. (Foto: iNews)",
            "Tentara Rusia melakukan latihan di perbatasan Ukraina. Lebih dari 10.000 pasukan Rusia ditarik mundur dari "
            "perbatasan Ukraina, Sabtu (25/12/2021). (Sumber: AP Photo)",
            "Perdana Menteri Rusia Dmitry Medvedev (kiri) dan Presiden Rusia Vladimir Putin saling berbicara saat mereka "
            "menghadiri upacara peletakan rangkaian bunga memperingati serangan Nazi Jerman tahun 1941 di Makam Prajurit "
            "Tak Dikenal di Moskow, Rusia, Sabtu (22/6/2019). (REUTERS/Evgenia Novozhenina/wsj/cfo/ via Antara)"]
PARAGRAPHS = ["Angka kemiskinan turun menjadi 9,36 persen pada Maret 2023. (Sumber: BPS)",
              "Menurut dia, harga cabai naik karena cuaca. (Sumber: iNews)",
              "Putin mengatakan operasi militer khusus di Ukraina diperlukan, seperti dikutip dari Reuters yang diterima "
              "via Antara."]


def test_the_captions_go():
    for caption in CAPTIONS:
        assert is_caption(caption), caption
        blocks = [TEXT[0], caption, caption, TEXT[1]]
        assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT, caption


def test_paragraphs_with_a_source_stay():
    for line in PARAGRAPHS:
        assert not is_caption(line), line
        assert clean_body([Block(TEXT[0]), Block(line), Block(TEXT[1])]).paragraphs == [TEXT[0], line, TEXT[1]], line
