"""A byline in brackets closing a repost, its label kept (portal-islam 2022 reposting a writer's post: `... Advertorial!
(By Tere Liye)`): the name after the label is the writer's, the label no part of it. The sentences are made up; the
closing lines are as printed."""

from __future__ import annotations

import pytest

from crawler.parsing.credits import closing_writer, split_signature
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

OPENING = ["Pemerintah mengumumkan aturan baru pada Senin pagi.", "Aturan itu berlaku mulai pekan depan."]


@pytest.mark.parametrize(("closing", "writer"), [
    ("(By Tere Liye)", "Tere Liye"),
    ("(Oleh Tere Liye)", "Tere Liye"),
    ("(Oleh: Tere Liye)", "Tere Liye"),
    ("(By: Tere Liye)", "Tere Liye"),
])
def test_a_labelled_byline_in_brackets_names_the_writer(closing, writer):
    text, signature = split_signature(f"Sayang, beritanya bayar! Advertorial! {closing}")
    assert text == "Sayang, beritanya bayar! Advertorial!"
    assert closing_writer(signature) == writer


def test_the_byline_leaves_the_body_and_names_the_writer():
    cleaned = clean_body([Block(text) for text in [*OPENING, "Sayang, beritanya bayar! Advertorial!",
                                                    "(By Tere Liye)"]])
    assert cleaned.paragraphs == [*OPENING, "Sayang, beritanya bayar! Advertorial!"]
    assert closing_writer(cleaned.signature) == "Tere Liye"


@pytest.mark.parametrize("closing", [
    "(By Reuters)",  # a wire, no writer
    "(By Kompas TV)",  # an outlet
    "(Oleh Tim Liputan)",  # a desk
    "(Oleh Kabupaten Bantul)",  # a place
    "(By The Associated Press)",
])
def test_a_label_before_no_persons_name_names_nobody(closing):
    _, signature = split_signature(f"Aturan itu berlaku mulai pekan depan. {closing}")
    assert closing_writer(signature) is None


@pytest.mark.parametrize("text", [
    "Kebijakan itu dibatalkan (oleh karena itu) pekan lalu.",  # a sentence's words in brackets
    "Warga menolak (Oleh: Tere Liye) dan pergi.",  # a label's words inside a sentence
])
def test_a_bracket_inside_a_sentence_stays(text):
    assert split_signature(text) == (text, None)
