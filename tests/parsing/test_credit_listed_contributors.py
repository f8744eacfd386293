"""A contributors' list over the text, each role before a comma and its holder after it, the writer's place or role
on the line under each name (BBC News Indonesia 2025, as a copy printed it: `Penulis, Joel Guinto` / `Peranan,
Singapura` / `Penulis, Virma Simonette` / `Peranan, Manila`; BBC's English pages: `Author, <name>` / `Role, <role>`):
the writers, listed; the list leaves the text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import listed_contributor

from people_pages import PARAGRAPHS, URL, header_lines as header, page  # beside this file

BBC_LIST = ("Penulis, Joel Guinto", "Peranan, Singapura", "Penulis, Virma Simonette", "Peranan, Manila")


def test_the_list_under_the_headline_names_its_writers():
    assert parse_article(page(header=header(*BBC_LIST)), URL)["author"] == "Joel Guinto, Virma Simonette"


def test_the_list_over_the_lead_names_its_writers_and_leaves_the_text():
    item = parse_article(page(lead="".join(f"<p>{line}</p>" for line in BBC_LIST)), URL)
    assert item["author"] == "Joel Guinto, Virma Simonette"
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_an_english_list_names_its_writer():
    item = parse_article(page(header=header("Author, Rebecca Henschke", "Role, BBC News, Jakarta")), URL)
    assert item["author"] == "Rebecca Henschke"


@pytest.mark.parametrize("line", [
    "Penulis, Tim BBC News Indonesia",  # the outlet's team
    "Penulis, Redaksi",  # the desk
    "Penulis, Dosen Universitas Indonesia",  # a role where the name would stand
    "Penulis, Budi",  # one word
    "Penulis, yang juga dosen, mengatakan bukunya segera terbit.",  # a sentence
    "Penulis: Budi Santoso",  # a colon's credit: the printed credits' reading
])
def test_what_is_no_listed_writer_names_no_one_so(line):
    assert listed_contributor(line) is None


def test_a_role_line_without_a_writer_over_it_stays_in_the_text():
    item = parse_article(page(lead="<p>Peranan, kata dia, tidak bisa digantikan oleh siapa pun di kampung itu.</p>"),
                         URL)
    assert item["author"] is None
    assert item["body"].startswith("Peranan, kata dia")


def test_a_writer_line_after_the_lead_is_the_text():
    line = "Penulis, Budi Santoso"
    item = parse_article(page(last=f"<p>{line}</p>"), URL)
    assert line in item["body"].split("\n\n")
