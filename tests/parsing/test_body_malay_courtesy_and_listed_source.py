"""A Malay photo's courtesy line between the paragraphs (Sahih's `GAMBAR IHSAN MEDIA SOSIAL`, Kosmo's `Gambar
hiasan.`) is a caption; a blog's source label listed under the last paragraph (`- Sumber: Bernama`) is the closing
credit. A sentence about a courtesy picture and a listed line of text stay."""

from __future__ import annotations

from crawler.parsing.furniture import is_caption, is_credit_line
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Seorang lelaki maut manakala seorang lagi cedera parah selepas dipercayai terbabit dalam pergaduhan di Jalan "
        "Telawi, Bangsar, di sini, tengah malam tadi.",
        "Seorang lagi lelaki berusia 30 tahun pula cedera parah di bahagian muka sedang menerima rawatan di Hospital "
        "Kuala Lumpur (HKL), lapor BH Online."]


def test_a_courtesy_line_between_paragraphs_is_a_caption():
    for line in ("GAMBAR IHSAN MEDIA SOSIAL", "Gambar ihsan Bernama", "Gambar hiasan."):
        assert is_caption(line), line
    assert clean_body([Block(TEXT[0]), Block("GAMBAR IHSAN MEDIA SOSIAL"), Block(TEXT[1])]).paragraphs == TEXT


def test_a_listed_source_label_closes_the_text():
    assert is_credit_line("- Sumber: Bernama")
    assert clean_body([Block(line) for line in [*TEXT, "- Sumber: Bernama", "No comments:", "Post a Comment"]]
                      ).paragraphs == TEXT


def test_sentences_and_listed_text_stay():
    assert not is_caption("Gambar ihsan itu diambil oleh polis semasa kejadian. Ia kemudian tular.")
    assert not is_credit_line("- Sumber dana itu masih disiasat, katanya.")
