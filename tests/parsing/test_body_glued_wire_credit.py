"""A caption whose wire credit is run into its last stop, no space between (ANTARA Kalteng's `... digelar di
Banjarmasin, Senin (10/2/2020).ANTARA/Rendhik Andika`): a caption, however long, so the dateline under it is found. A
paragraph's own `... siap.TNI/Polri ...` names no agency, and a carried wire's `... berdamai.ANTARA/AFP` names no
photographer: both stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LONG_CAPTION = ("Dirut Kantor Berita ANTARA Meidyatama Suryodiningrat (keenam kanan) didampingi Direktur Pemberitaan "
                "Achmad Munir (kelima kiri) dan Direktur UKW PWI Prof Dr Rajab Ritonga (keenam kiri) saat pembukaan "
                "UKW) yang digelar di Banjarmasin, Senin (10/2/2020).ANTARA/Rendhik Andika")
LEAD = ("Banjarmasin (ANTARA) - Direktur Pemberitaan Lembaga Kantor Berita Nasional (LKBN) Antara, Achmad Munir "
        "mengatakan pihaknya terus berupaya meningkatkan kerja sama dengan Kantor Berita Malaysia, Bernama.")
QUOTE = ("\"Ke depan kita ingin fokuskan kerja sama dua kantor berita ini terutama penguatan ekonomi antardua negara "
         "yang informal,\" kata pria yang akrab disapa Munir itu di Banjarmasin, Senin.")


def test_the_long_caption_goes_and_the_dateline_is_read():
    body = clean_body([Block(LONG_CAPTION), Block(LEAD), Block(QUOTE)])
    assert body.paragraphs == [LEAD.split(" - ", 1)[1], QUOTE]
    assert body.dateline is not None and body.dateline.place == "Banjarmasin"


def test_glued_credits_close_captions():
    assert is_caption(LONG_CAPTION)
    assert is_caption("Direktur Pemberitaan Achmad Munir saat pembukaan UKW di Banjarmasin, Senin (10/2/2020)."
                      "ANTARA/Rendhik Andika")


def test_paragraphs_so_ended_stay():
    for text in ("Menurut dia, kedua negara pada akhirnya akan berdamai.ANTARA/AFP",
                 "Aparat gabungan sudah disiagakan di sepanjang perbatasan.TNI/Polri Siaga",
                 "Ia ditetapkan sebagai tersangka oleh penyidik setelah diperiksa.KPK/Polri"):
        assert not is_caption(text), text
