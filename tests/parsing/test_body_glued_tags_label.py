"""The tags' label run into the first tag when the page's markup was dropped (MINA English's `TagAqsa Mosque holy site
restrictions Israeli police Jewish settlers Maghariba Gate ...`, under `Mi’raj News Agency (MINA)`): the line is the
article's tags, and what stands over it closes the text. A paragraph opening with a word that begins so stays."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["Al-Quds, MINA – Dozens of extremist Jewish settlers stormed and desecrated the Aqsa Mosque on Thursday amid "
        "heightened Israeli restrictions on Muslim worshipers attempting to enter the holy site, PIC reported.",
        "The repeated settler incursions into the Aqsa Mosque continue to inflame tensions in Occupied Jerusalem, where "
        "access to the holy site remains a central point of contention."]
TAGS = ("TagAqsa Mosque holy site restrictions Israeli police Jewish settlers Maghariba Gate Muslim worshipers occupied "
        "Jerusalem Talmudic rituals")


def test_a_glued_tags_line_and_the_endings_over_it_leave_the_text():
    result = clean_body([Block(TEXT[0]), Block(f"{TEXT[1]}[]"),
                         Block("Also Read: Hamas Urges Global Intervention to Halt Killings and Abuse Inside Israeli Prisons"),
                         Block("Mi’raj News Agency (MINA)"), Block(TAGS), Block("Other Related News"),
                         Block("Recommendation for you")])
    assert result.paragraphs[1:] == [TEXT[1]]


def test_paragraphs_opening_with_such_a_word_stay():
    for line in ("TagHeuer Monaco dipamerkan di Jakarta pekan ini bersama koleksi lain", "Tagore Kembali ke Kolkata"):
        result = clean_body([Block(TEXT[1]), Block(line), Block(TEXT[1].replace("Aqsa", "Al-Aqsa"))])
        assert line in result.paragraphs
