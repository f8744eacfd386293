"""A pager left as a list under the text, its numbers as list items, a gap and its last number's thousands grouped
(a portal's `- 1`, `- 2`, `- 3`, `- …`, `- 3,650`, `- Berikutnya`): no item is text. A list of numbers that leads to
no next page's link, and a numbered list of the text, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Kapolres Kediri AKBP Akhmad Yusep Gunawan menghimbau kepada seluruh komponen masyarakat Kediri untuk tidak "
        "mudah percaya terhadap media sosial.",
        "“Di Kediri ada yang melakukan gambar yang sifatnya provokatif dan negatif,” jelasnya."]
PAGER = ["- 1", "- 2", "- 3", "- …", "- 3,650", "- Berikutnya"]


def _paragraphs(lines: list[str]) -> list[str]:
    return clean_body([Block(line) for line in lines]).paragraphs


def test_a_listed_pager_leaves_the_text():
    assert _paragraphs([*TEXT, "Baca Juga", *PAGER]) == TEXT
    assert _paragraphs([*TEXT, *PAGER]) == TEXT


def test_the_bare_pager_is_still_read():
    assert _paragraphs([*TEXT, "1", "2", "3", "Selanjutnya »"]) == TEXT


def test_numbers_leading_to_no_next_page_stay():
    lines = [TEXT[0], "- 1", "- 2", "- 3", TEXT[1]]
    assert _paragraphs(lines) == lines
