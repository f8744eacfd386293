"""A related box's headline that opens with one word exclaimed (Murianetwork's `Waspada! Pintu Air Depok Siaga I, Karet
Sentuh 470 Cm` last under `Artikel Terkait`) is an entry like the others, not text. A paragraph opening with an
exclaimed word stays, and so does one after the text that is a sentence."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ("Di sisi lain, ketegangan justru kembali meledak pada sore harinya. Sekitar pukul empat, kelompok ormas "
        "disebut-sebut melakukan penyerangan. Situasi kini sudah diamati normal.")
ENTRIES = ["Masa Transisi Kampus: Saat Mahasiswa Baru Dihadapkan pada Ujian Kemandirian",
           "Trump Klaim Putin Setuju Hentikan Serangan ke Kyiv Selama Satu Pekan",
           "Diklat ASN dan Ironi Negara yang Sibuk Data tapi Miskin Analisis"]


def test_the_exclaimed_entry_leaves_with_the_box():
    blocks = [TEXT, "Artikel Terkait", *ENTRIES, "Waspada! Pintu Air Depok Siaga I, Karet Sentuh 470 Cm"]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT]


def test_exclaimed_sentences_stay():
    line = "Waspada! Pintu air Depok kini berstatus siaga I dan warga di bantaran diminta mengungsi."
    assert clean_body([Block(TEXT), Block(line), Block(TEXT + " Lagi.")]).paragraphs == [TEXT, line, TEXT + " Lagi."]
    after = "Tolong! Warga berteriak saat air mulai masuk ke rumah mereka di bantaran kali."
    blocks = [TEXT, "Artikel Terkait", *ENTRIES, after]
    assert clean_body([Block(text) for text in blocks]).paragraphs == [TEXT, after]
