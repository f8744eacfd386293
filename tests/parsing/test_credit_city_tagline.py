"""A blog's tagline under its masthead, opening with `Kota` (a city: `KORAN REPUBLIK`, then `Kota Sibuk` over `Rabu, 01
Juli 2020`), is no writer's name: no person is named `Kota`. A writer's name there stays, and so does a place's refusal
(`Kota Bogor`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import names_a_rubric

from people_pages import URL, header_lines as header, page  # beside this file

DATE = "Rabu, 01 Juli 2020"
LEAD = ("<p>JAKARTA, KR - Presiden Joko Widodo menyampaikan tujuh instruksi untuk dijadikan pedoman dalam pelaksanaan "
        "tugas Kepolisian.</p>")


@pytest.mark.parametrize("tagline", ["Kota Sibuk", "Kota Santri", "Kota Kita"])
def test_a_city_tagline_over_the_date_names_nobody(tagline):
    item = parse_article(page(header=header("KORAN REPUBLIK", tagline, DATE), lead=LEAD), URL)
    assert item["author"] is None


def test_a_place_opening_with_the_city_word_stays_refused():
    assert parse_article(page(header=header("Kota Bogor", DATE)), URL)["author"] is None


@pytest.mark.parametrize("name", ["Kartika Sari", "Kotto Wijaya"])
def test_a_writer_over_the_date_stays(name):
    assert not names_a_rubric(name)
    assert parse_article(page(header=header("KORAN REPUBLIK", name, DATE), lead=LEAD), URL)["author"] == name
