"""A feature's byline on a line of its own: the reporter's name in capitals and the place the story was written in
(Jawa Pos's features, 2022: `AKHMAD DHANI, Palangka Raya`), after the lead too (Kalteng Pos 2017: `JAMIL JANUANSYAH,
Palangka Raya` under the first paragraph). Shapes are real; other names are made up."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import reporter_name
from crawler.parsing.html import Block
from crawler.parsing.text import clean_body

from people_pages import PARAGRAPHS, URL, page

LAST = "Warga menyambut baik kebijakan itu, kata Budi."


@pytest.mark.parametrize(("line", "name"), [
    ("AKHMAD DHANI, Palangka Raya", "AKHMAD DHANI"),
    ("JAMIL JANUANSYAH, Palangka Raya", "JAMIL JANUANSYAH"),
    ("M. HILMI SETIAWAN, Jakarta", "M. HILMI SETIAWAN"),
])
def test_a_name_in_capitals_before_a_known_place_is_the_reporter(line, name):
    assert reporter_name(line) == name


@pytest.mark.parametrize("line", [
    "KUALA LUMPUR, Malaysia",  # a place in capitals: a dateline's
    "JAKARTA SELATAN, Jakarta",
    "JAWA POS, Surabaya",  # an outlet's name
    "TIM REDAKSI, Jakarta",  # the desk
    "KETUA DPRD, Jakarta",  # a role
    "SRI MULYANI, Menteri Keuangan",  # no place after the comma
    "AKHMAD, Jakarta",  # one word is no name to go by
    # A place or a building in capitals split from what followed it: its common head word, a district, a compass
    # point or `Raya` closing it, an acronym's two letters.
    "TANJUNG PRIOK, Jakarta",
    "PULAU SERIBU, Jakarta",
    "KEBAYORAN BARU, Jakarta",
    "GUNUNG SINDUR, Bogor",
    "CIKINI RAYA, Jakarta",
    "WEST BANK, Palestina",
    "RSUD DORIS SYLVANUS, Palangka Raya",
    "BANDARA SOEKARNO HATTA, Tangerang",
    "KAMPUS UI, Depok",
    "AKHMAD DHANI, Palangka Raya, Kalimantan Tengah, Senin",
])
def test_no_reporter_where_the_words_are_a_place_an_outlet_a_role_or_no_place_follows(line):
    assert reporter_name(line) is None


def test_the_byline_names_the_author_and_leaves_the_body():
    result = clean_body([Block("AKHMAD DHANI, Palangka Raya"), Block(PARAGRAPHS[0]), Block(LAST)])
    assert result.credits.author == "AKHMAD DHANI"
    assert result.paragraphs == [PARAGRAPHS[0], LAST]
    item = parse_article(page(lead="<p>AKHMAD DHANI, Palangka Raya</p>"), URL)
    assert item["author"] == "AKHMAD DHANI" and item["body"].startswith(PARAGRAPHS[0])


def test_the_byline_under_the_lead_names_the_author_and_leaves_the_body():
    lead = "PROKAL.CO, Sebanyak 115 orang kepala desa dan perangkatnya mendatangi kantor redaksi."
    result = clean_body([Block(lead), Block("JAMIL JANUANSYAH, Palangka Raya"), Block(PARAGRAPHS[0]), Block(LAST)])
    assert result.credits.author == "JAMIL JANUANSYAH"
    assert result.paragraphs == [lead, PARAGRAPHS[0], LAST]
