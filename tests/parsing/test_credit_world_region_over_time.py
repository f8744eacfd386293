"""A world desk's region on a line of its own above the header's time is the section's heading, no writer's name: a
continent's or an ocean's name with the compass's or a union's words (`Asia Tenggara`, `Eropa Timur`, `Uni Eropa`,
`Amerika Latin`, `Asia Pacific`) or the Middle East in either language (`Timur Tengah`, `Middle East`), as the world
sections of the agencies and the papers name them (`/internasional/timur-tengah`, `/internasional/asia`). A person's
name holding a compass's or a continent's word beside words of its own stays the writer (`Timur Pradopo`, `Nur
Asia`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.regions import names_a_world_region

from people_pages import URL, header_lines as header, page  # beside this file

TIMES = ["Rabu, 15 Agustus 2018 17:04 WIB", "15 Agustus 2018"]


@pytest.mark.parametrize("time", TIMES)
@pytest.mark.parametrize("line", [
    "Timur Tengah",
    "Asia Tenggara",
    "Asia Pasifik",
    "Asia Selatan",
    "Eropa Timur",
    "Uni Eropa",
    "Amerika Latin",
    "Amerika Utara",
    "Afrika Utara",
    "Middle East",
    "Southeast Asia",
    "Latin America",
])
def test_a_world_region_over_the_time_names_nobody(line, time):
    assert parse_article(page(header=header(line, time)), URL)["author"] is None


@pytest.mark.parametrize("name", [
    "Timur Pradopo",
    "Nur Asia",
    "Hendri Setiadi",
])
def test_a_name_with_a_compass_word_stays_the_writer(name):
    assert parse_article(page(header=header(name, TIMES[0])), URL)["author"] == name


@pytest.mark.parametrize(("line", "region"), [
    ("Timur Tengah", True),
    ("ASIA TENGGARA", True),
    ("Eropa", True),
    ("Timur", False),
    ("Jawa Tengah", False),  # a province, read as one elsewhere
    ("Asia Argento", False),
])
def test_only_a_world_region_s_words_make_one(line, region):
    assert names_a_world_region(line) is region
