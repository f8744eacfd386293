"""A caption under its heading in capitals and a colon, its photographer's credit closing it (JPNN's `MEMBARA: Mapolres
Ogan Komering Ulu setelah dibakar oknum TNI. FOTO: Mustofa/Okuekspres`): the heading reads as no dateline, the caption
leaves whole, and a paragraph before it stays. A place's colon opening a lead stays a dateline."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

CAPTION = "MEMBARA: Mapolres Ogan Komering Ulu setelah dibakar oknum TNI. FOTO: Mustofa/Okuekspres"
TEXT = ["Dikatakannya juga, mulai tadi pagi tim investigasi gabungan dari TNI dan Polri sudah mulai bekerja di "
        "lapangan. Karena itu Mabes Polri meminta semua pihak bersabar menunggu hasil investigasi tersebut.",
        "\"Terutama untuk jajaran Polri, jangan melakukan langkah sendiri-sendiri yang bisa menimbulkan masalah baru,\" "
        "tandasnya."]


def test_the_caption_leaves_whole():
    assert clean_body([Block(CAPTION), *(Block(text) for text in TEXT)]).paragraphs == TEXT


def test_the_paragraph_before_it_stays():
    assert clean_body([Block(TEXT[0]), Block(CAPTION), Block(TEXT[1])]).paragraphs == TEXT


def test_a_places_colon_opens_the_lead():
    lead = "KUALA LUMPUR: Polis menahan dua lelaki bagi membantu siasatan kes samun di ibu negara semalam."
    result = clean_body([Block(lead), *(Block(text) for text in TEXT)])
    assert result.paragraphs[0] == lead.split(": ", 1)[1]
    assert result.dateline is not None and result.dateline.place == "KUALA LUMPUR"
