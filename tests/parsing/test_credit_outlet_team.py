"""An outlet's team where a credit's name would stand, the outlet written as its brand writes itself after `Tim`: in
small letters, in capitals or as its domain (a detik story's credit copied under its text with the desk: `Reporter :
Tim detikcom - detikFinance`). No surname is spelled so: the team names no writer. A person named Tim stays the
writer, a particle before the surname too (`Tim van Gelder`), and so do teams' credits already read."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, page  # beside this file

QUOTE = ('"Impor bahan baku dan barang modal akan berpengaruh positif terhadap geliat industri dalam negeri. Kita '
         'masih perlu waktu menuju recovery," kata Kepala BPS Suhariyanto.')


@pytest.mark.parametrize("line", [
    "Reporter : Tim detikcom - detikFinance",  # detik 2020, copied with its desk
    "Reporter : Tim detikcom",
    "Reporter: Tim KONTAN",
    "Reporter : Tim JawaPos.com",
])
def test_an_outlet_team_names_no_writer(line):
    credits = parse_credits(line)
    assert credits is not None and credits.author is None


def test_the_copied_team_credit_closing_the_text_names_no_writer():
    item = parse_article(page(last=f"<p>{QUOTE}</p><p>Reporter : Tim detikcom - detikFinance</p>"), URL)
    assert item["author"] is None


def test_the_editor_beside_an_outlet_team_is_kept():
    credits = parse_credits("Reporter: Tim KONTAN | Editor: Noverius Laoli")
    assert (credits.author, credits.editor) == (None, "Noverius Laoli")


@pytest.mark.parametrize(("line", "writer"), [
    ("Penulis: Tim Lindsey | Editor: Budi Santoso", "Tim Lindsey"),
    ("Penulis: Tim Hannigan", "Tim Hannigan"),
    ("Penulis: Tim van Gelder", "Tim van Gelder"),
    ("Reporter: Dhemas Reviyanto | Editor: Kurniawan Eka Mulyana", "Dhemas Reviyanto"),
])
def test_a_person_named_tim_stays_the_writer(line, writer):
    assert parse_credits(line).author == writer


def test_a_person_named_tim_closing_the_text_stays_the_writer():
    item = parse_article(page(last=f"<p>{QUOTE}</p><p>Reporter : Tim Hannigan</p>"), URL)
    assert item["author"] == "Tim Hannigan"
