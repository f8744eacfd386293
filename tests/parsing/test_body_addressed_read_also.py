"""A read-also insert whose link is printed as an address after its headline, no colon after its words (Kompas TV's video
descriptions: `Baca Juga Jam Tangan Rp11 Miliar Ahmad Sahroni Dikembalikan Orang Tua Remaja ke Ketua RW | SAPA MALAM di
https://www.kompas.tv/nasional/...`): a related entry, not text. A sentence pointing at an address stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Selain itu, Presiden RI Prabowo Subianto dalam keterangannya pada Minggu (31/8/2025) menyebut pimpinan DPR RI "
        "telah sepakat mencabut sejumlah kebijakan.",
        "Berikut ulasan selengkapnya bersama Diaspora Indonesia di Denmark, Salsa Erwina."]
URL = ("https://www.kompas.tv/nasional/615002/jam-tangan-rp11-miliar-ahmad-sahroni-dikembalikan-orang-tua-remaja-ke-"
       "ketua-rw-sapa-malam")
HEADLINE = "Jam Tangan Rp11 Miliar Ahmad Sahroni Dikembalikan Orang Tua Remaja ke Ketua RW | SAPA MALAM"


def test_the_insert_is_a_related_entry():
    result = clean_body([Block(TEXT[0]), Block(f"Baca Juga {HEADLINE} di {URL}"), Block(TEXT[1])])
    assert result.paragraphs == TEXT
    assert result.related == [{"title": HEADLINE, "url": URL}]


def test_a_sentence_pointing_at_an_address_stays():
    for line in ("Warga dapat membaca juga aturan itu di https://jdih.jakarta.go.id/perda/2024/5",
                 "Pendaftaran dibuka hingga Jumat. Baca syaratnya di https://sscasn.bkn.go.id"):
        assert clean_body([Block(TEXT[0]), Block(line)]).paragraphs == [TEXT[0], line], line
