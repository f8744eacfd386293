"""A column's photo captions over its byline, a blog's comment count under a copied story, and an Arabic box's
headline with no capitals closing the text, through the body cleaner with no site profile.

Each real shape comes with a made-up variant of it (other names, another credit)."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan kebijakan baru pada Senin pagi.", "Kebijakan itu berlaku mulai pekan depan."]
COLUMN = ["Perdana Menteri Israel mengundang lima wartawan senior asal Indonesia, Senin (28/3/2016).",
          "Nama-nama wartawan itu kemudian beredar di dunia maya."]


def _clean(lines: list[str]):
    return clean_body([Block(line) for line in lines])


@pytest.mark.parametrize("box", [
    # a Blogger copy of a MINA story, 2012: the comment count's heading over the link to comment
    ["Tidak ada komentar:", "Posting Komentar"],
    ["Tidak ada komentar"],
])
def test_a_blogs_comment_count_under_a_copied_story_leaves(box):
    last = "“MINA merupakan produk nyata dari konfrensi Bandung,” ungkapnya."
    assert _clean([*OPENING, last, *box]).paragraphs == [*OPENING, last]
