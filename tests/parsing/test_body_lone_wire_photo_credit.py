"""A photo's credit over the lead with the photo lost: a wire's name alone in capitals (Media Indonesia's `ANTARA`
over `PIDATO Presiden Joko Widodo ...`), or the wire and the photographer's name (`ANTARA/Hafidz Mubarak A`); and a
photo's credit in brackets with the copying desk's code after it (Okezone's copies of ANTARA's photos:
`(ANTARA FOTO/Oky Lukmansyah/tom) (hru)` under the caption). A wire's name opening a dateline stays its dateline's;
a sentence ending in brackets stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["PIDATO Presiden Joko Widodo (Jokowi) membuat seluruh peserta pertemuan tahunan IMF-WB 2018 di Nusa Dua, Bali, "
        "terkesan.",
        "Tak ayal, pidato Jokowi ini menjadi pemberitaan di seluruh media Indonesia."]


def test_the_wire_credit_over_the_lead_goes():
    for credit in ("ANTARA", "AFP", "ANTARA/Hafidz Mubarak A", "AFP/Getty Images"):
        assert clean_body([Block(credit)] + [Block(text) for text in TEXT]).paragraphs == TEXT, credit


def test_a_word_of_the_text_over_the_lead_stays():
    for line in ("Antara", "Jakarta/Bogor"):
        assert clean_body([Block(line)] + [Block(text) for text in TEXT]).paragraphs[0] == line, line


def test_the_credit_with_a_desk_code_goes():
    assert is_caption("(ANTARA FOTO/Oky Lukmansyah/tom) (hru)")
    assert not is_caption("Harga naik (lihat tabel) (red)")
    caption = ("Warga bersama anaknya bermain digenangan air saat terjadi banjir di Kelurahan Pesurungan, Tegal, Jawa "
               "Tengah, Selasa (23/11/2021).")
    assert clean_body([Block(caption), Block("(ANTARA FOTO/Oky Lukmansyah/tom) (hru)")]).paragraphs == [caption]
