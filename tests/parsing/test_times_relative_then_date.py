"""Header lines the header reader missed: a relative time followed by the date it rounds (`Published 2 years ago on 1
October 2019`, a magazine's WordPress theme), and a weekday before an ISO date and clock (an aggregator's `Jakarta Post
Latest News - Thu, 2016-03-31 12:29`)."""

from __future__ import annotations

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import header_lines as header, page  # beside this file

URL = "https://www.majalah-contoh.id/art-culture/pameran-seni-rupa-dibuka"


def test_a_weekday_and_an_iso_date_and_clock_date_the_article():
    item = parse_article(page(header=header("Jakarta Post Latest News - Thu, 2016-03-31 12:29")), URL)
    assert item["published_at"] == "2016-03-31T12:29:00+07:00"
    assert item["author"] is None  # a feed's name, no writer


def test_a_relative_time_gives_way_to_the_date_it_rounds():
    found = parse_header_line("By TIN Media | Art & Culture Published 2 years ago on 1 October 2019")
    assert (found.when, found.relative) == ("1 October 2019", False)


def test_the_writer_before_a_relative_time_and_its_date_is_kept():
    found = parse_header_line("Budi Santoso - 3 hari lalu, 12 Mei 2024 10:00 WIB")
    assert (found.author, found.when, found.relative) == ("Budi Santoso", "12 Mei 2024 10:00 WIB", False)


def test_a_relative_time_alone_stays_relative():
    found = parse_header_line("Rana Setiawan - 2 jam lalu")
    assert (found.author, found.when, found.relative) == ("Rana Setiawan", "2 jam lalu", True)
