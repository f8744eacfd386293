"""A date's label of two words before the header's time (Nournews 2023: `News ID : 152504` over `Publish Date :
10/7/2023 10:00:19 AM`; a CMS's `Publish Date : 2018-06-11 Last Update Date : 2018-08-03`): the label names what
the time is, no writer."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

from people_pages import URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("line", "updated"), [
    ("Publish Date : 10/7/2023 10:00:19 AM", False),
    ("Published Date: 10/7/2023 10:00", False),
    ("Post Date: 12 Feb 2024 10:15 WIB", False),
    ("Last Update Date : 2018-08-03 10:00", True),
])
def test_a_two_word_date_label_names_no_writer(line, updated):
    header_line = parse_header_line(line)
    assert (header_line.author, header_line.updated) == (None, updated)


def test_the_page_under_a_two_word_date_label_names_no_writer():
    item = parse_article(page(header=header("News ID : 152504", "Publish Date : 10/7/2023 10:00:19 AM")), URL)
    assert item["author"] is None


@pytest.mark.parametrize(("line", "author"), [
    ("Budi Santoso | Publish Date : 12 Feb 2024 10:15 WIB", "Budi Santoso"),  # the writer before the label stays
    ("Date: 12 Feb 2024 10:15", None),  # one word, as before
    ("Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB", "Rana Setiawan"),
])
def test_a_writer_before_the_label_stays(line, author):
    assert parse_header_line(line).author == author
