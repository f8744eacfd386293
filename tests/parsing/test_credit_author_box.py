"""An author box under the text: the writer's name twice, the avatar's caption and the name's link, over the pager to
the article before, the theme's tags in small letters over the box (cirebon.fpii.or.id 2024: `polrestacirebon
polrestacirebon` / `Panji Rahitno` / `Panji Rahitno` / `Artikel Sebelumnya`; bitung.indonesiasatu.co.id 2024:
`bitung` / `Abdul Halik Harun` / `Abdul Halik Harun` / `Artikel Sebelumnya`): the name is the writer's, and the text
ended over the box."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import PARAGRAPHS, URL, page  # beside this file

PAGER = ["Artikel Sebelumnya", "Polsek Sedong Lakukan Patroli rutin di malam...", "Artikel Berikutnya",
         "Ops. Knalpot brong/bising Polsek Plered...", "Berita terkait"]


def _last(*lines: str) -> str:
    return "".join(f"<p>{line}</p>" for line in lines)


@pytest.mark.parametrize(("tags", "name"), [
    ("polrestacirebon polrestacirebon", "Panji Rahitno"),
    ("bitung", "Abdul Halik Harun"),
])
def test_the_name_twice_over_the_pager_is_the_writer(tags, name):
    item = parse_article(page(last=_last(tags, name, name, *PAGER)), URL)
    assert item["author"] == name
    assert item["body"].split("\n\n") == PARAGRAPHS


def test_a_name_printed_twice_with_no_pager_under_it_names_no_one():
    # A photo's alt text and caption may print one name twice (`Joko Widodo` / `Joko Widodo`): no author box.
    item = parse_article(page(last=_last("Joko Widodo", "Joko Widodo", "Ia meninjau lokasi banjir pada Senin pagi.")),
                         URL)
    assert item["author"] is None


@pytest.mark.parametrize("lines", [
    ("Panji Rahitno", "Panji", "Artikel Sebelumnya"),  # two names: no box of one writer
    ("Redaksi Banten", "Redaksi Banten", "Artikel Sebelumnya"),  # the desk
    ("Panji", "Panji", "Artikel Sebelumnya"),  # one word: a login's as often as a name's
])
def test_what_is_no_author_box_names_no_one(lines):
    assert parse_article(page(last=_last(*lines)), URL)["author"] is None


def test_a_paragraph_in_small_letters_over_the_box_is_no_tag_line():
    # Only a few words in small letters, with no mark, are the theme's tags.
    sentence = "warga berharap jalan itu segera diperbaiki sebelum musim hujan tiba di desa mereka"
    item = parse_article(page(last=_last(sentence, "Panji Rahitno", "Panji Rahitno", *PAGER)), URL)
    assert item["author"] == "Panji Rahitno" and sentence in item["body"]
