"""A read-also heading with its words run together over a box of linked headlines (Javasatu's `BacaJuga :` over
`Rakorwil MUI Korwil IV Jatim di Bojonegoro: ...`), and an Arabic daily's call to like its page on Facebook over the
text (Shorouk's `سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد`): neither is text. A sentence with the words stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block, Link
from crawler.parsing.text import clean_body

BASE = "https://javasatu.com/pemerintahan/pemerintah-daerah/bupati-bojonegoro-serap-aspirasi-warga-melalui-safari-ramadan"
BEFORE = ("Bupati Anna menambahkan bahwa pihaknya telah memberikan beasiswa RPL Desa khusus untuk para pegiat desa. Hal "
          "tersebut untuk menyiapkan SDM unggul dan berdedikasi tinggi.")
AFTER = "“Kita sedang menyiapkan sdm berbasis desa. Melalui RPL Desa, kuliah menggunakan APBD kabupaten,” imbuhnya."
HEADLINES = ["Rakorwil MUI Korwil IV Jatim di Bojonegoro: Teguhkan Ukhuwah, Gaungkan Dakwah Digital",
             "Pemprov Jatim Gencarkan Pasar Murah untuk Stabilkan Harga Beras, Stok Berlimpah"]


def test_the_glued_heading_and_its_links_leave_the_text():
    boxed = [Block(headline, [Link(headline, f"https://javasatu.com/{index}", BASE)])
             for index, headline in enumerate(HEADLINES)]
    result = clean_body([Block(BEFORE), Block("BacaJuga :"), *boxed, Block(AFTER)])
    assert result.paragraphs == [BEFORE, AFTER]


def test_the_like_call_is_furniture():
    assert is_noise("سجّل إعجابك بصفحتنا على فيسبوك لتحصل على المزيد")
    assert is_noise("سجل إعجابك بصفحتنا على فيس بوك")


def test_sentences_with_the_words_stay():
    assert not is_noise("سجل إعجابك بصفحتنا على فيسبوك، قال المتحدث، ثم غادر القاعة.")
    line = "Warga diminta membaca juga aturan baru itu sebelum mendaftar."
    assert clean_body([Block(BEFORE), Block(line), Block(AFTER)]).paragraphs == [BEFORE, line, AFTER]
