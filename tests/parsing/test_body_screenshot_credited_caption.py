"""A caption closed by a screenshot's credit in brackets after its last sentence, naming what was captured and whose
it was (`... disita sebagai barang bukti. (Tangkapan Layar Video AFP/Lillian SUWANRUMPHA, Watsamon TRI-YASAKDA)`), is a
caption however long. A quotation so closed, and a bracket inside a sentence, stay text."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = ("Dalam operasi yang berlangsung berhari-hari, pasukan militer dan kepolisian Myanmar menemukan sejumlah kantor "
           "dan asrama yang dijadikan pusat aktivitas penipuan. Ratusan komputer, perangkat komunikasi, serta dokumen "
           "keuangan disita sebagai barang bukti. (Tangkapan Layar Video AFP/Lillian SUWANRUMPHA, Watsamon TRI-YASAKDA)")
TEXT = ("Militer Myanmar menangkap lebih dari 2.000 orang dalam penggerebekan di KK Park yang terkenal sebagai pusat "
        "penipuan atau scamming.")


def test_the_long_screenshot_caption_goes():
    assert is_caption(CAPTION)
    assert clean_body([Block(CAPTION), Block(TEXT)]).paragraphs == [TEXT]


def test_a_short_one_too():
    assert is_caption("Warga berkumpul di lokasi kejadian. (Tangkapan layar video)")
    assert is_caption("Petugas memeriksa kendaraan di gerbang tol. (Screenshot Instagram @lantas.polri)")


def test_quotes_and_inner_brackets_stay():
    assert not is_caption("\"Kami siap,\" kata dia. (Tangkapan layar video)")
    assert not is_caption("Pelaku terekam kamera saat beraksi (tangkapan layar CCTV) dan langsung kabur.")
