"""ANTARA's regional keyword line over the text, the language code `id` before keywords parted by commas (ANTARA
Kepri's `id Kapemrem,Minta,Maaf,Dugaan,Intimidasi,Pewarta,Antara`, ANTARA Kalteng's `id kantor berita antara, kantor
berita malaysia, bernama,...`) or before hashtags (ANTARA Sumbar's `id #10 windu #pameran foto #antara`): the page's,
not text; it no longer takes the slot the dateline is looked for in, so the caption and the pulled quote over the
dateline go with it. A paragraph opening with `id` and a list is no such line when a sentence's stop closes it."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

KEYWORDS = "id Kapemrem,Minta,Maaf,Dugaan,Intimidasi,Pewarta,Antara"
CAPTION = ("Kapenrem A.R Sipahutar bersama sejumlah wartawan Natuna usai pertemuan di Warung Kopi Ayong, Natuna, "
           "Kamis. (antarakepri.com/Cherman)")
PULLED = ("Saya atas nama TNI, mohon maaf atas kejadian yang dialami rekan kita wartawan Antara kemaren, dan kami juga "
          "telah menyampaikan ke jajaran, berdasarkan imbauan Panglima TNI bahwa wartawan adalah mitra TNI, saya pikir "
          "kita dengan rekan wartawan di Natu")
LEAD = ("Natuna (Antara) - Kepala Penerangan Resor Militer (Kapenrem) 033/WP Bukit Barisan A.R Sipahutar, Kamis "
        "mengadakan pertemuan dengan para wartawan se-Kabupaten Natuna, dan meminta maaf terkait dugaan intimidasi "
        "terhadap jurnalis setempat.")
TEXT = ["Para wartawan yang hadir menyambut baik dan memaklumi kondisi tersebut."]


def test_the_keyword_line_and_the_header_under_it_go():
    body = clean_body([Block(text) for text in [KEYWORDS, CAPTION, PULLED, LEAD, *TEXT]])
    assert body.paragraphs == [LEAD.split(" - ", 1)[1], *TEXT]
    assert body.dateline is not None and body.dateline.place == "Natuna"


def test_a_hashtag_keyword_line_goes():
    body = clean_body([Block(text) for text in ["id #10 windu #pameran foto #antara", CAPTION, PULLED, LEAD, *TEXT]])
    assert body.paragraphs == [LEAD.split(" - ", 1)[1], *TEXT]


def test_a_spaced_keyword_line_goes():
    keywords = "id malaysia undang, wartawan senior indonesia"
    lead = ("Kuala Lumpur (ANTARAriau News) - Enam wartawan senior dan pemimpin redaksi media massa Indonesia diundang "
            "Kementerian Komunikasi dan Kebudayaan Malaysia.")
    assert clean_body([Block(keywords), Block(lead), *map(Block, TEXT)]).paragraphs == [lead.split(" - ", 1)[1], *TEXT]


def test_a_sentence_stays():
    sentence = "id Kapemrem, Minta Maaf, kata dia."
    assert clean_body([Block(sentence), *map(Block, TEXT)]).paragraphs == [sentence, *TEXT]
