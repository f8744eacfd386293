"""A wire's sign-off after the last sentence may name the paper that ran the story after a slash (a blog's copy of
Utusan: `... (7 petang waktu Malaysia). - AFP/UTUSAN`): both names are the credit, not text. A pair after a dash whose
first name is no wire (`... 2-1. - Persib/Persija`) stays, as does a wire named in the sentence."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("Kerajaan Sudan Selatan dan pemberontak bersedia untuk memulakan rundingan damai hari ini, selepas pertempuran "
        "berterusan berlaku di negara itu semalam, sehingga mengakibatkan banyak orang awam terkorban di ibu negara Juba.")
LAST = ("Diplomat berkata, selepas berlangsungnya perbincangan awal lewat malam semalam, rundingan damai dijangka bermula "
        "kira-kira pukul 2 petang waktu tempatan (7 petang waktu Malaysia).")


def _clean(lines):
    return clean_body([Block(line) for line in lines]).paragraphs


def test_the_wire_and_the_paper_close_the_text():
    assert _clean([LEAD, f"{LAST} - AFP/UTUSAN", "No comments:", "Post a Comment"]) == [LEAD, LAST]
    assert _clean([LEAD, f"{LAST} — Reuters/NST"]) == [LEAD, LAST]


def test_the_wire_alone_reads_as_before():
    assert _clean([LEAD, f"{LAST} - AFP"]) == [LEAD, LAST]


def test_a_pair_of_no_wire_stays():
    line = "Pertandingan itu berakhir dengan skor 2-1. - Persib/Persija"
    assert _clean([LEAD, line]) == [LEAD, line]
    line = "Berita itu pertama kali dilaporkan oleh AFP/Utusan."
    assert _clean([LEAD, line]) == [LEAD, line]
