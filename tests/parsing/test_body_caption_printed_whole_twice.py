"""A caption printed whole twice with its credit between the prints, whatever the credit's case (Kompas's `Ilustrasi
jalan tolKementerian PUPR Ilustrasi jalan tol`, `Tangkapan layar video petugas parkir ... yang kehilangan
karcisscreenshoot Tangkapan layar video petugas parkir ... yang kehilangan karcis`), is a caption. A paragraph whose
opening words come again later, or whose first print closes a sentence, stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

SCREENSHOT = ("Tangkapan layar video petugas parkir Jogja City Mall diduga mennjadi korban pemukulan pengunjung yang "
              "kehilangan karcis")
TEXT = ("Public Relation Jogja City Mall (JCM) Febrianita Candra mengatakan, kejadian tersebut bermula dari pengunjung "
        "bermobil yang hendak keluar dari parkiran, tapi kehilangan karcis.")


def test_captions_printed_twice_go():
    assert is_caption("Ilustrasi jalan tolKementerian PUPR Ilustrasi jalan tol")
    twice = f"{SCREENSHOT}screenshoot {SCREENSHOT}"
    assert is_caption(twice)
    assert clean_body([Block("2. Viral, video keributan di JCM"), Block(twice), Block(TEXT)]).paragraphs == [
        "2. Viral, video keributan di JCM", TEXT]


def test_paragraphs_saying_words_again_stay():
    assert not is_caption("Warga Desa Sukamaju menolak rencana itu. Warga Desa Sukamaju meminta dialog ulang.")
    assert not is_caption("Ilustrasi jalan tol. Kata menteri, Ilustrasi jalan tol")
    assert not is_caption("Harga cabai naik lagi, harga beras naik lagi, Harga cabai naik lagi")
