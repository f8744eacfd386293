"""A box's headlines, each marked as a list's item, over the dateline, the box's heading lost (RM.id: five `- <headline>`
lines over `RM.id Rakyat Merdeka - Gambaran peta koalisi ...`): they take no slot among the blocks the dateline is
looked for in, and go with what stands over it. Fewer than three such lines, or items that read as sentences, open no
wider search."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

ENTRIES = ["- Inacraft On October Dongkrak Industri Kerajinan Indonesia Tembus Peringkat Ke-15 Dunia",
           "- Gandeng Asephi, Menteri Teten Berantas Produk Impor Yang Rugikan UMKM Lokal",
           "- 168 WNI Terancam Hukuman Mati, Didominasi Kasus Narkoba, Terbanyak Di Malaysia",
           "- Duh, Beregu Putra-Putri Bulutangkis Langsung Tumbang Di Asian Games",
           "- GoTo Dan KCI Kolaborasi, Rilis Fitur GoRide Transit"]
LEAD = ("Gambaran peta koalisi sepertinya sudah selesai. Tinggal posisi cawapres yang belum. Itu pun, untuk pendamping "
        "Ganjar dan Prabowo, tampaknya sudah diputuskan, walaupun belum diumumkan.")
NEXT = "Dengan kondisi seperti ini, kalau pun pendaftaran capres/cawapres dimajukan, tampaknya bisa disegerakan."


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


def test_marked_headlines_over_the_dateline_go_and_the_dateline_is_read():
    body = _clean(["Dark/Light Mode", *ENTRIES, f"RM.id Rakyat Merdeka - {LEAD}", NEXT])
    assert body.paragraphs == [LEAD, NEXT]
    assert body.dateline is not None


def test_items_that_read_as_sentences_open_no_wider_search():
    items = ["- harga beras naik sepuluh persen di pasar induk", "- pasokan cabai turun karena hujan deras",
             "- pedagang meminta operasi pasar segera digelar"]
    lines = [*items, "Jakarta - Pemerintah menyiapkan operasi pasar pekan depan.", NEXT]
    assert _clean(lines).paragraphs == lines
