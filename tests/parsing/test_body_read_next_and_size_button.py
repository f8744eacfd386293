"""A portal's header furniture over the text (iNews's `Aa Text` size button, `Read Next : <headline>`, the header
image's alt text `header img`): none is text, and the dateline under them is read. Sentences with the words stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("DEPOK,iNewsDepok.id- Kapolsek Cimanggis Kompol Sitti Fatimah Said Martandu menyambangi warga di RW 13 "
        "Perumahan Lembah Hijau, Kecamatan Cimanggis Depok.")
TEXT = ("Ditengah rintik hujan, Kapolsek berdiskusi dan mendengarkan keluhan serta aspirasi warga. Salah satunya soal "
        "keresahan warga terkait potensi terorisme.")


def test_the_header_furniture_leaves_and_the_dateline_is_read():
    header = ["get app", "inews", "Aa Text",
              "Read Next : Jelang Perayaan Natal 2024, Panitia di Gereja Katolik Santo Paulus Lakukan Giat Kerja Bakti",
              "Sabtu, 10 Desember 2022 | 08:58 WIB", "header img",
              "Kapolsek Cimanggis menyambangi warga. Foto: R Ratna Purnama"]
    result = clean_body([Block(text) for text in (*header, LEAD, TEXT)])
    assert result.paragraphs == [LEAD.split("- ", 1)[1], TEXT]
    assert is_noise("Aa Text") and is_noise("header img")


def test_sentences_with_the_words_stay():
    for line in ("Read next week's report on the flood before the council meets, the mayor told residents.",
                 "Header image itu dibuat oleh seorang desainer muda asal Depok untuk kampanye tersebut."):
        assert not is_noise(line)
        assert clean_body([Block(TEXT), Block(line), Block(TEXT + " Lagi.")]).paragraphs == [TEXT, line,
                                                                                               TEXT + " Lagi."]
