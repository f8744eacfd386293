"""An Arabic page's writer's label (`كتب:` "wrote", `كتبت:` for a woman; Al-Masry Al-Youm 2012: `كتب: عماد خليل`
under the time): the writer. A word that only ends in the label's letters (`المكتب:`, the office) is none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_credits

from people_pages import URL, header_lines as header, page  # beside this file


@pytest.mark.parametrize(("line", "writer"), [
    ("كتب: عماد خليل", "عماد خليل"),
    ("كتبت: منى علي", "منى علي"),
])
def test_the_arabic_writer_label_names_the_writer(line, writer):
    assert parse_credits(line).author == writer


def test_a_word_ending_in_the_label_is_no_credit():
    assert parse_credits("المكتب: القاهرة") is None


def test_the_label_under_the_header_time_names_the_author():
    item = parse_article(page(header=header("الأحد 11-03-2012 18:50", "كتب: عماد خليل")), URL)
    assert item["author"] == "عماد خليل"
