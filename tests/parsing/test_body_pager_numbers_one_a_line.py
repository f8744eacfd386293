"""A pager's label over its page numbers one a line, a list's items (Kompasiana's `HALAMAN :` over `1`, `2`, `3`, `4`
under the text): the numbers are the pager's, no text. A number under a paragraph with no pager's label over it stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Tadi malam, entah ada angin apa seorang perempuan dengan suara merdu menelpon. Saya pikir yang nelpon istri "
        "temanku, yang kebetulan lagi di sini.",
        "\"Bapak suka nonton film gak?\""]


def test_the_numbers_under_the_label_go():
    blocks = [*TEXT, "HALAMAN :", "1", "2", "3", "4", "Mohon tunggu...", "Beri Komentar"]
    assert clean_body([Block(text) for text in blocks]).paragraphs == TEXT


def test_a_number_with_no_label_over_it_stays():
    blocks = [TEXT[0], "Jumlah korban hingga malam ini:", "12", TEXT[1]]
    assert clean_body([Block(text) for text in blocks]).paragraphs == blocks
