"""The outlet's logo text alone over the lead, its domain and nothing else (Kabar6's `Kabar6.com` over `Kabar6-Aktivis
yang tergabung ...`), leaves the body. A domain alone after the text's sentences is another rule's, and a sentence
naming a domain stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Kabar6-Aktivis yang tergabung dalam Jaringan Nurani Rakyat (JANUR), menggelar aksi simpatik didepan Pusat "
        "Pemerintah Kota Tangerang, Jum’at (15/10/2021).")
TEXT = [LEAD, "Kordinator Janur, Ade Yunus menjelaskan bahwa pihaknya memiliki alasan atas permintaan dan desakan "
              "tersebut. Pertama, Kota Tangerang belum memiliki Perda Kota Layak Anak."]


def test_the_logo_text_leaves():
    assert clean_body([Block("Kabar6.com"), *(Block(text) for text in TEXT)]).paragraphs == TEXT


def test_a_sentence_naming_a_domain_stays():
    line = "Kabar6.com melaporkan aksi itu sejak pagi hari."
    assert clean_body([Block(line), *(Block(text) for text in TEXT)]).paragraphs == [line, *TEXT]
