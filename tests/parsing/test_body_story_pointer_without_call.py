"""A round-up's pointer to each item's story without a call before it (Kompas's `Berita selengkapnya di sini.` under the
item's summary; others write `Baca berita selengkapnya di sini.`): the link's words are no text. A sentence naming
what the link holds (`Berbagai cerita di balik jalan buntu tersebut selengkapnya di sini.`) and a sentence about a
story's details stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

ITEM = ["1. Opsi Lockdown Jakarta di Akhir Pekan Saat Covid-19 Tembus 280.261 Kasus",
        "Wakil Gubernur DKI Jakarta Ahmad Riza Patria mengaku bahwa Pemerintah Provinsi (Pemprov) DKI akan mengkaji opsi "
        "lockdown di akhir pekan dalam penanganan Covid-19.",
        "Pemprov DKI mempertimbangkan opsi tersebut setelah Presiden Joko Widodo mengatakan PPKM dan PSBB tidak efektif."]


def test_the_pointer_is_noise():
    assert is_noise("Berita selengkapnya di sini.")
    assert is_noise("Artikel selengkapnya klik di sini")
    lines = [*ITEM, "Berita selengkapnya di sini.", "2. Cerita di Balik Jalan Buntu yang Videonya Viral di TikTok"]
    assert clean_body([Block(line) for line in lines]).paragraphs == [*ITEM, lines[-1]]


def test_sentences_stay():
    for line in ("Berbagai cerita di balik jalan buntu tersebut selengkapnya di sini.",
                 "Berita selengkapnya tentang kasus itu akan diumumkan polisi pekan depan.",
                 "Berita selengkapnya di sini dan di laman resmi kementerian juga sudah diperbarui setiap hari Senin."):
        assert not is_noise(line)
