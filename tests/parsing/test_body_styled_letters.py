"""Letters set in the mathematical alphabets, bold or italic, that a font generator makes for a blog (a dateline
`𝐏𝐄𝐌𝐀𝐋𝐀𝐍𝐆,𝐑𝐉𝐒𝐍𝐄𝐖𝐒.𝐈𝐃 – Di sudut kota ...`, a subheading `𝐌𝐞𝐧𝐢𝐭𝐢 𝐉𝐞𝐣𝐚𝐤 𝐏𝐚𝐫𝐚 𝐒𝐞𝐧𝐢𝐨𝐫`) read as the plain letters
they stand for: the dateline is read and leaves the lead, the subheading stays in plain letters. Other scripts and
signs outside those alphabets are left as they are."""

from __future__ import annotations

from dateline_readings import place_and_agency  # beside this file

from crawler.parsing.html import Block, fold
from crawler.parsing.text import clean_body

LEAD = ("Di sudut kota pinggiran Pemalang, lahir sebuah semangat yang tak kunjung padam. Bukan tentang sebuah destinasi "
        "kuliner meski berinisial RM, melainkan tentang langkah kaki seorang lelaki setengah baya.")
NEXT = "Bagi RM, menjadi wartawan bukan sekadar pekerjaan, melainkan panggilan hati nurani."


def test_styled_letters_fold_to_plain_ones():
    assert fold("𝐌𝐞𝐧𝐢𝐭𝐢 𝐉𝐞𝐣𝐚𝐤 𝐏𝐚𝐫𝐚 𝐒𝐞𝐧𝐢𝐨𝐫") == "Meniti Jejak Para Senior"
    assert fold("𝑰𝒕𝒂𝒍𝒊𝒄 𝟐𝟎𝟐𝟔") == "Italic 2026"


def test_the_styled_dateline_is_read_and_leaves_the_lead():
    dateline = fold("𝐏𝐄𝐌𝐀𝐋𝐀𝐍𝐆,𝐑𝐉𝐒𝐍𝐄𝐖𝐒.𝐈𝐃 – ")
    assert place_and_agency(dateline + LEAD) == ("PEMALANG", "RJSNEWS.ID")
    body = clean_body([Block(dateline + LEAD), Block(fold("𝐌𝐞𝐧𝐢𝐭𝐢 𝐉𝐞𝐣𝐚𝐤 𝐏𝐚𝐫𝐚 𝐒𝐞𝐧𝐢𝐨𝐫")), Block(NEXT)])
    assert body.paragraphs == [LEAD, "Meniti Jejak Para Senior", NEXT]


def test_other_scripts_and_signs_stay():
    for text in ("غزة - معا - تمكن 250 مصل", "Harga naik 5% — “kata dia”", "Café ½ ☕"):
        assert fold(text) == text
