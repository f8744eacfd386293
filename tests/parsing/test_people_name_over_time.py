"""A writer's name on a line of its own just above the header's time, under the headline (netizenku 2025), and what
stands there that is no writer: the outlet's name, a section, a desk, an acronym, a sentence."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines as header, page  # beside this file


def test_a_name_line_over_the_time_names_the_writer():
    item = parse_article(page(header=header("Hendri Setiadi", "Sabtu, 29 Maret 2025 - 21:45 WIB")),
                         "https://netizenku.com/merapat-ke-markas-tempo")
    assert item["author"] == "Hendri Setiadi"


@pytest.mark.parametrize(("url", "line"), [
    # the outlet's name over the time on its staging host (Astro Awani 2023)
    ("https://de-awani-web-portal-stg.eco.astro.com.my/berita-malaysia/berita-440034", "Astro Awani"),
    (URL, "CNN Indonesia"),  # an acronym: an outlet's
    (URL, "Berita Terkini"),  # a section
    (URL, "Admin Web"),  # the site's account
    (URL, "Nasional"),  # one word
    (URL, "Puluhan orang dikarantina di Thailand terkait penyakit MERS"),  # the standfirst
    (URL, "Supaya Timnya Mengalah"),  # a short subtitle in title case
    (URL, "Jadi Sorotan Dunia"),
    (URL, "How Jakarta Votes"),
])
def test_a_line_over_the_time_that_is_no_name_names_nobody(url, line):
    assert parse_article(page(header=header(line, "Sabtu, 29 Maret 2025 - 21:45 WIB")), url)["author"] is None


def test_a_name_over_a_time_far_below_the_headline_names_nobody():
    # Under the headline's first lines only: further down are sidebars and other articles' bylines.
    lines = ["Baca juga berita lainnya", "Sorotan hari ini", "Terpopuler pekan ini", "Hendri Setiadi",
             "Sabtu, 29 Maret 2025 - 21:45 WIB"]
    assert parse_article(page(header=header(*lines)), URL)["author"] is None


def test_a_header_line_naming_its_writer_keeps_it():
    item = parse_article(page(header=header("Rana Setiawan", "Hasanatun Aliyah - Selasa, 14 November 2023 - 00:57 WIB")),
                         URL)
    assert item["author"] == "Hasanatun Aliyah"


LIPUTAN6 = "https://opera.liputan6.com/bola/read/3962109/jadwal-liga-inggris-penentuan-juara-manchester-city-atau-liverpool"


def test_the_update_line_over_the_publication_time_names_the_writer():
    """Liputan6 2019, text only: `oleh <name> diperbarui <time>` over `Diterbitkan <time>`."""
    lines = ["Manchester City dan Liverpool berpeluang menjadi juara Liga Inggris pada akhir pekan ini.",
             "oleh Cakrayuri Nuralam diperbarui 10 Mei 2019, 09:00 WIB", "Diterbitkan 10 Mei 2019, 09:00 WIB"]
    assert parse_article(page(header=header(*lines)), LIPUTAN6)["author"] == "Cakrayuri Nuralam"


def test_the_update_lines_desk_names_nobody():
    lines = ["oleh Tim Redaksi diperbarui 10 Mei 2019, 09:00 WIB", "Diterbitkan 10 Mei 2019, 09:00 WIB"]
    assert parse_article(page(header=header(*lines)), LIPUTAN6)["author"] is None
