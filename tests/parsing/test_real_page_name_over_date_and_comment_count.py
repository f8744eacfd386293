"""Two closings under a story's text. A portal's author box prints the writer's name over the day the story ran
(Gempak, 2021: `... terutama pasukan PDRM.` over `Amri Hassan` and `Sat May 01 2021`): the name is the author and
neither line is text; a label's, a place's or an outlet's words over a date name nobody. Blogger counts one comment with
a colon as it writes `No comments:` (Maverick, 2006: `Happy 10th anniversary to a dear friend, KONTAN!` over `1
comment:`, `Yudhis said...` and the comment): the comments under it are no text. Over the text, with no commenter's
line under it, the count is a counter only."""

from __future__ import annotations

import pytest

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Saluran berita utama dan hal ehwal semasa, Astro Awani berjanji akan memberikan kerjasama penuh kepada Polis "
        "Diraja Malaysia (PDRM).")
LAST = ("Jelas Timbalan Ketua Polis Negara, Datuk Seri Acryl Sani Abdullah Sani, tindakan pembaca berita itu "
        "menimbulkan fitnah dan kebencian masyarakat terhadap pihak penguat kuasa, terutama pasukan PDRM.")


@pytest.mark.parametrize("date", ["Sat May 01 2021", "Sabtu, 1 Mei 2021", "May 1, 2021"])
def test_the_name_over_the_day_is_the_author(date):
    result = clean_body([Block(LEAD), Block(LAST), Block("Amri Hassan"), Block(date)])
    assert result.paragraphs == [LEAD, LAST]
    assert result.credits.author == "Amri Hassan"


@pytest.mark.parametrize(("name", "date"), [("Baca Juga", "Sat May 01 2021"), ("Kuala Lumpur", "Sat May 01 2021"),
                                            ("Berita Terkini", "May 1, 2021"), ("Amri Hassan", "Foo May 01 2021")])
def test_other_words_over_a_date_name_nobody(name, date):
    result = clean_body([Block(LEAD), Block(LAST), Block(name), Block(date)])
    assert result.credits.author is None


def test_blogger_s_count_of_one_comment_ends_the_text():
    last = "Happy 10th anniversary to a dear friend, KONTAN!"
    lead = ("It was a simple barbeque party in the parking place. The editor in chief himself took the liberty to grill "
            "the fish he caught a couple of days before.")
    result = clean_body([Block(lead), Block(last), Block("1 comment:"), Block("Yudhis said..."),
                         Block("Setuju sekali. Bahasa Kontan ringan nan berisi :)")])
    assert result.paragraphs == [lead, last]


def test_a_count_over_text_is_a_counter_only():
    lead = ("It was a simple barbeque party in the parking place. The editor in chief himself took the liberty to grill "
            "the fish he caught a couple of days before.")
    text = "Happy 10th anniversary to a dear friend, KONTAN!"
    assert clean_body([Block(lead), Block("3 Comments:"), Block(text)]).paragraphs == [lead, text]
