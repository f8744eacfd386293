"""Other stories' leads cut mid-sentence, one a block, closing the page (Boombastis's box under the text: `Kekuatan
rakyat dunia maya memang sangat luar biasa. Seperti angin yang berhembus di celah-celah sempit,…`, `Ada yang baru dari
masyarakat untuk bangsa Indonesia. Setelah sekian lama cuma bisa menggerutu, kini…`, `Senin, (29/9/2025) menjadi hari
yang memilukan bagi ... Desa Buduran,…`) go, two or more of them. A last paragraph trailing off alone, a paragraph
whose ellipsis follows a full stop, and cut lines the text goes on after, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Menyampaikan rasa kecewa pada pemerintah memang tak harus dilakukan dengan kemarahan. Pasangan muda Ummi Hani "
        "dan suaminya Dani ini misalnya, mereka bisa menegur pemerintah sekitar tempat tinggalnya dengan cara yang kocak.")
LAST = ("Dengan viralnya foto-foto tersebut, semoga jalanan rusak di sana benar-benar mendapat perhatian dari pemerintah "
        "setempat.")
TEASERS = [
    "Kekuatan rakyat dunia maya memang sangat luar biasa. Seperti angin yang berhembus di celah-celah sempit,…",
    "Ada yang baru dari masyarakat untuk bangsa Indonesia. Setelah sekian lama cuma bisa menggerutu, kini…",
    "Senin, (29/9/2025) menjadi hari yang memilukan bagi keluarga besar Pondok Pesantren Al Khoziny, Desa Buduran,…",
]


def test_the_cut_leads_closing_the_page_go():
    blocks = [Block(LEAD), Block(LAST), *(Block(teaser) for teaser in TEASERS)]
    assert clean_body(blocks).paragraphs == [LEAD, LAST]
    assert clean_body([Block(LEAD), Block(LAST), *(Block(t) for t in TEASERS[:2])]).paragraphs == [LEAD, LAST]


def test_a_last_paragraph_trailing_off_alone_stays():
    trailing = "Warga hanya bisa berharap, semoga jalan itu segera diperbaiki, dan…"
    assert clean_body([Block(LEAD), Block(LAST), Block(trailing)]).paragraphs == [LEAD, LAST, trailing]


def test_ellipses_after_a_full_stop_or_with_text_after_them_stay():
    stopped = ["Warga sudah lama menunggu perbaikan jalan itu....", "Pemerintah daerah belum memberi jawaban...."]
    assert clean_body([Block(LEAD), *(Block(t) for t in stopped)]).paragraphs == [LEAD, *stopped]
    blocks = [Block(LEAD), *(Block(teaser) for teaser in TEASERS[:2]), Block(LAST)]
    assert clean_body(blocks).paragraphs == [LEAD, *TEASERS[:2], LAST]
