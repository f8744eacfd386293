"""A copyright's second line alone and the server's page-generation time left under the text (SINDOnews's `(wib)`
over `Copyright © 2024 SINDOnews.com`, `All Rights Reserved`, `berita/ rendering in 0.7333 seconds (0.1#10.140)`):
neither is a paragraph, and the writer's code above them still closes the text. Sentences about rights or rendering
stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Gubernur dan Kapolda berangkat ke Sampang, Madura, menggunakan helikopter dari Mapolda Jatim di kawasan Jalan "
        "Ahmad Yani, Surabaya.",
        "Diberitakan, kantor Polsek Tambelangan di Kabupaten Sampang, Madura, dibakar sekelompok massa yang terdiri dari "
        "dua ratusan orang."]


def test_the_lines_go_and_the_code_closes():
    blocks = [Block(TEXT[0]), Block(TEXT[1]), Block("(wib)"), Block("Copyright © 2024 SINDOnews.com"),
              Block("All Rights Reserved"), Block("berita/ rendering in 0.7333 seconds (0.1#10.140)")]
    cleaned = clean_body(blocks)
    assert cleaned.paragraphs == TEXT
    assert cleaned.signature["raw"] == "(wib)"


def test_sentences_stay():
    for line in ("All rights reserved by the union were waived in the agreement.",
                 "The studio finished rendering in 12 seconds what once took a week.",
                 "Semua hak cipta dilindungi undang-undang, kata dia."):
        assert not is_noise(line), line
