"""How Malaysian pages name the outlet a story came from under its text: the outlet's name written as one word after a
dash at the last sentence's end (Malaysia Gazette 2022: `... Seksyen 283 Kanun Keseksaan. – MalaysiaGazette`), and a
starred note of the paper it first ran in (Astro Awani 2021: `*Berita asal di Sinar Harian`): neither is text. A
name run together with no outlet's word in it, and a sentence opening with the note's words, stay."""

from __future__ import annotations

from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

LEAD = ("KUALA LUMPUR – Seorang lelaki ditahan selepas berucap di atas jalan menggunakan pembesar suara dan menghalang "
        "lalu lintas sebelum membuat provokasi terhadap polis.")
LAST = "Suspek disiasat di bawah Seksyen 186 Kanun Keseksaan dan Seksyen 283 Kanun Keseksaan."


def test_a_one_word_outlet_after_the_last_sentence_s_dash_leaves_it():
    result = clean_body([Block(LEAD), Block(f"{LAST} – MalaysiaGazette")])
    assert result.paragraphs[-1] == LAST


def test_a_run_together_name_with_no_outlet_word_stays():
    line = "“Saya akan kembali,” katanya mengulangi kata-kata terkenal itu. – MacArthur"
    assert clean_body([Block(LEAD), Block(line)]).paragraphs[-1] == line


def test_the_starred_note_of_the_first_paper_leaves_the_text():
    for note in ("*Berita asal di Sinar Harian", "Artikel asal dari Berita Harian"):
        assert clean_body([Block(LEAD), Block(LAST), Block(note)]).paragraphs[-1] == LAST, note


def test_a_sentence_opening_with_the_note_s_words_stays():
    line = "Berita asal di media sosial itu kemudian dinafikan oleh pihak polis dalam satu kenyataan petang semalam."
    assert clean_body([Block(LEAD), Block(LAST), Block(line)]).paragraphs[-1] == line
