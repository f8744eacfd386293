"""A Blogger page's comment box under the text (`No comments:` over `Post a Comment`, the blogger's links and plea
under it) and a blog theme's labels over the text (PosMetro Medan's `News Breaking`, `Live`, an icon's glyph name
`wb_sunny`, `Breaking News`) leave. A sentence with those words stays."""

from __future__ import annotations

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Sejak Sabtu (25/4), Ridwan terus memonitor berbagai mention yang masuk ke akun di twitternya.",
        "Di akun twitternya, Ridwan pun tak bosan-bosan mengampanyekan agar warganya selalu mencintai Bandung dengan "
        "merawat semua fasilitas."]


def test_the_comment_box_and_what_follows_leave():
    tail = ["No comments:", "Post a Comment", "http://www.youtube.com/user/dimensinet", "https://twitter.com/LoVeMaTa",
            "Mohon untuk di Jempol dan di SUBSCRIBE yah gan. Terima Kasih"]
    assert clean_body([*(Block(text) for text in TEXT), *(Block(line) for line in tail)]).paragraphs == TEXT


def test_the_themes_labels_leave():
    for line in ("News Breaking", "Live", "wb_sunny", "Breaking News"):
        assert is_noise(line), line
    head = ["News Breaking", "Live", "wb_sunny", "Breaking News"]
    assert clean_body([*(Block(line) for line in head), *(Block(text) for text in TEXT)]).paragraphs == TEXT


def test_sentences_with_those_words_stay():
    for line in ("Breaking news itu beredar cepat di media sosial.", "Live streaming dimulai pukul 19.00 WIB."):
        assert not is_noise(line), line
