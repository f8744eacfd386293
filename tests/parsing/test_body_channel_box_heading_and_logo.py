"""A channel box between paragraphs (BBC News Indonesia's: its logo `BBC`, the heading `BBC News Indonesia hadir di
WhatsApp.`, the call `Jadilah yang pertama mendapatkan berita, investigasi dan liputan mendalam dari BBC News
Indonesia, langsung di WhatsApp Anda.` and the logo again) is no text: the paragraphs around it stay. The heading's
words over a paragraph (a story's subheading) stay, and so does a sentence on being the first to know."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

BEFORE = "“[Kami] sangat gembira karena bunga pertama kami mekar dalam 15 tahun.”"
AFTER = ("Saat Putricia mekar, ribuan pemirsa dapat melihat Putricia membuka kelopak merah marun yang dikenal sebagai "
         "spathe di sekitar duri besar di bagian tengah tanaman.")
LEAD = ("Tanaman langka yang dikenal sebagai “bunga bangkai” sedang mekar di Royal Botanic Gardens of Sydney, "
        "Australia. Proses mekar yang disiarkan secara langsung berhasil menarik ribuan orang.")
BOX = ["BBC", "BBC News Indonesia hadir di WhatsApp.",
       "Jadilah yang pertama mendapatkan berita, investigasi dan liputan mendalam dari BBC News Indonesia, langsung di "
       "WhatsApp Anda.", "BBC"]


def test_the_channel_box_goes_with_its_logo():
    blocks = [Block(LEAD), Block(BEFORE)] + [Block(line) for line in BOX] + [Block(AFTER)]
    assert clean_body(blocks).paragraphs == [LEAD, BEFORE, AFTER]


def test_a_subheading_and_a_sentence_stay():
    subheading = "Meta AI hadir di WhatsApp"
    blocks = [Block(LEAD), Block(subheading), Block(AFTER)]
    assert clean_body(blocks).paragraphs == [LEAD, subheading, AFTER]
    assert not is_noise("Jadilah yang pertama mengetahui kabar ini, kata dia kepada warga di Sydney.")
