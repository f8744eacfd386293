"""A header byline whose name runs into the weekday of its time, minified markup leaving no space between them
(nomorsatukaltim 2023: `By Devi AlamsyahSelasa, 3 Januari 2023, 08:00 WITA6 Mins Read`): the name ends where the
weekday begins, as it ends where a glued day's number begins (`Budi Santoso12 Feb 2024`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("line", "author", "when"), [
    ("By Devi AlamsyahSelasa, 3 Januari 2023, 08:00 WITA6 Mins Read", "Devi Alamsyah", "Selasa, 3 Januari 2023, 08:00"),
    ("Oleh Rana SetiawanJumat, 15 Februari 2019 - 23:14 WIB", "Rana Setiawan", "Jumat, 15 Februari 2019 - 23:14 WIB"),
    ("By Andi AbdussalamMonday, June 19 2015, 7:36 AM", "Andi Abdussalam", "Monday, June 19 2015, 7:36 AM"),
])
def test_a_weekday_glued_to_the_name_ends_it(line, author, when):
    header_line = parse_header_line(line)
    assert header_line.author == author and header_line.when.startswith(when)


def test_the_glued_byline_names_the_writer_of_the_page():
    item = parse_article(page(header=header("By Devi AlamsyahSelasa, 3 Januari 2023, 08:00 WITA6 Mins Read")), URL)
    assert item["author"] == "Devi Alamsyah"


@pytest.mark.parametrize(("line", "author"), [
    ("By Devi Alamsyah Selasa, 3 Januari 2023, 08:00 WITA", "Devi Alamsyah"),  # spaced, as it was
    ("Budi Santoso12 Feb 2024, 10:15 WIB", "Budi Santoso"),  # a day's number glued, as it was
    # A weekday in small letters glued to a word is no weekday's start.
    ("By Devi Alamsyahselasa, 3 Januari 2023, 08:00 WITA", "Devi Alamsyahselasa"),
])
def test_what_is_no_glued_weekday_reads_as_before(line, author):
    assert parse_header_line(line).author == author
