"""A blog's copy of an ANTARA story prints the photo's caption, closed by the agency's name in brackets, over the
dateline (`WALHI: Titik api terdeteksi di Kalbar dalam area konsesi. (ANTARA)` over `Pontianak - Wahana Lingkungan
Hidup Indonesia ...`): the subject's name and its colon are no dateline, the caption goes and the place under it is
the dateline. A lead so opened with no dateline under it stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "WALHI: Titik api terdeteksi di Kalbar dalam area konsesi. (ANTARA)"
LEAD = ("Pontianak - Wahana Lingkungan Hidup Indonesia (WALHI) mencatat sebanyak 8.644 titik panas (hotspot) "
        "terdeteksi di seluruh wilayah Kalimantan Barat sepanjang Mei hingga akhir Juli, dimana sebagian besar berada "
        "di area konsesi perkebunan sawit dan hutan tanaman industri.")
TEXT = ("Laporan WALHI menyebutkan, lima kabupaten dengan jumlah hotspot tertinggi adalah Kabupaten Sanggau (1.816), "
        "Mempawah (1.190), Sambas (1.190), Landak (807), dan Ketapang (657).")


def test_the_credited_caption_goes_and_the_place_under_it_is_the_dateline():
    cleaned = clean_body([Block(CAPTION), Block(LEAD), Block(TEXT)])
    assert cleaned.dateline is not None and cleaned.dateline.place == "Pontianak"
    assert cleaned.paragraphs == [LEAD.removeprefix("Pontianak - "), TEXT]


def test_a_caption_with_no_dateline_under_it_is_left_alone():
    plain = "Wahana Lingkungan Hidup Indonesia mencatat sebanyak 8.644 titik panas di seluruh wilayah Kalimantan Barat."
    cleaned = clean_body([Block(CAPTION), Block(plain), Block(TEXT)])
    assert cleaned.paragraphs[-2:] == [plain, TEXT]
    # an unknown name in brackets is no agency's credit
    other = "WALHI: Titik api terdeteksi di Kalbar dalam area konsesi. (Dok Warga)"
    assert clean_body([Block(other), Block(LEAD), Block(TEXT)]).paragraphs[-1] == TEXT
