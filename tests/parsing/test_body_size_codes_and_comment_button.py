"""Furniture under the text's last paragraph the patterns missed: a text-size switcher's short sizes one a line with
no heading (VOA Indonesia's `XS`, `SM`, `MD`, `LG`), which kept the closing code `[gp]` from being read; a comment
button with its count (Fly FM's `Post comments (0)`); a credits box's heading and button (IDN Times's `Editorial
Team` over `Show All`). One size's letters alone stay, as does a sentence about comments."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Obama disambut oleh ribuan orang hari Sabtu (30/6) di daerah kediaman masa kecilnya, Jakarta, di mana ia "
        "berpidato pada Kongres Diaspora Indonesia.")
LAST = ("“Saya tidak khawatir mengenai apa yang ditulis dalam surat kabar hari ini. Yang saya pikirkan adalah apa yang "
        "akan mereka tulis mengenai saya 20 tahun dari sekarang ketika saya mengenangnya.\"")


def test_the_size_codes_go_and_the_code_closes_the_text():
    blocks = [Block(LEAD), Block(LAST + " [gp]")] + [Block(size) for size in ("XS", "SM", "MD", "LG")]
    body = clean_body(blocks)
    assert body.paragraphs == [LEAD, LAST]
    assert body.signature["raw"] == "[gp]"


def test_a_lone_size_code_stays():
    assert clean_body([Block(LEAD), Block(LAST), Block("XL")]).paragraphs == [LEAD, LAST, "XL"]


def test_the_comment_button_and_credits_box_go():
    for tail in (["Post comments (0)"], ["Editorial Team", "Show All"]):
        blocks = [Block(LEAD), Block(LAST)] + [Block(line) for line in tail]
        assert clean_body(blocks).paragraphs == [LEAD, LAST], tail


def test_a_sentence_about_comments_stays():
    line = "Post comments (0) itu muncul di bawah setiap video yang diunggah warganet."
    assert clean_body([Block(LEAD), Block(line)]).paragraphs == [LEAD, line]
