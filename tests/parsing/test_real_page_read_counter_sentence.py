"""A portal's read counter said as a sentence under the text, the last update's date alone over it (Malaysia's Prime
Minister's Office, 2018: `Last Update on 10/07/2018` over `This news has been read 109 times`): neither is text. A
sentence about how often a report was read, or updated, stays."""

from __future__ import annotations

import pytest

from crawler.parsing.furniture import is_noise
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

TEXT = ["KUALA LUMPUR, July 6 (Bernama) - Prime Minister Tun Dr Mahathir Mohamad said Tun Daim Zainuddin, a member of "
        "the Council of Eminent Persons, is free to go to China if he wants to.",
        "It was reported that Daim would be going to China ahead of Finance Minister Lim Guan Eng to discuss the "
        "suspension of the projects."]


@pytest.mark.parametrize("line", [
    "This news has been read 109 times",
    "This article has been viewed 1,204 times.",
    "Berita ini telah dibaca 2.315 kali",
    "Last Update on 10/07/2018",
    "Last updated: 17-11-2018",
])
def test_the_counter_and_the_update_s_date_are_no_text(line):
    assert is_noise(line)


def test_the_footer_lines_leave_the_text():
    blocks = [*map(Block, TEXT), Block("Last Update on 10/07/2018"), Block("This news has been read 109 times")]
    assert clean_body(blocks).paragraphs[-1] == TEXT[-1]


@pytest.mark.parametrize("line", [
    "The report has been read 2,000 times since Monday, the ministry said.",
    "Last updated on 10/07/2018, the list names 12 projects under review.",
])
def test_a_sentence_about_reads_or_updates_stays(line):
    assert not is_noise(line)
