"""A paged story's header credit under its standfirst, short paragraphs under it (Tribun's second page: `Penulis: Fajar
Bahruddin Achmad | Editor: deni setiawan` over `Dia menilai harganya terlalu mahal.`): the paragraphs, each a sentence,
are the text and stay, though none is long. An editor's credit under the text over the page's boxes (headlines, cut
leads, a copyright line) still ends it."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ["Harga Cabai Meroket",
        "Yanti mengatakan, pihaknya juga menaikkan harga ayam gepreknya akibat tingginya harga cabai dalam beberapa "
        "bulan terakhir."]
CREDIT = "Penulis: Fajar Bahruddin Achmad | Editor: deni setiawan"
TEXT = ["Sementara pedagang pecel dan mendoan, Ida (40), memilih untuk berhenti terlebih dahulu membeli cabai rawit merah.",
        "Dia menilai harganya terlalu mahal.",
        "Ia pun menggantinya dengan membeli cabai rawit hijau.",
        "\"Rawit merah tidak beli sama sekali, terlalu mahal.\""]


def test_the_short_paragraphs_under_the_header_credit_stay():
    body = clean_body([Block(line) for line in (*LEAD, CREDIT, *TEXT)])
    assert body.paragraphs[-len(TEXT):] == TEXT
    assert body.credits.editor == "deni setiawan"


def test_the_boxes_under_the_closing_credit_still_go():
    boxes = ["BERITA POPULER", "Banjir Rendam Puluhan Rumah di Pandeglang",
             "Warga kini masih membersihkan lumpur dan sampah sisa banjir di rumah mereka ...",
             "Copyright © 2024 iNews.id. All rights reserved."]
    body = clean_body([Block(line) for line in (*LEAD[1:], *TEXT[:2], "Editor : Iskandar Nasution", *boxes)])
    assert body.paragraphs == [*LEAD[1:], *TEXT[:2]]
