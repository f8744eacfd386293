"""A clockless day under the headline with the writer's label and name after it (a blog's copy of Nusantaranews 2018:
`Published on  July 17, 2018 By  Eriec Dieda`): the day is the article's and the name its writer's, as a day alone on
its line is read. A desk, a rubric's heading or a sentence after the label names nobody, there and after a header's
time (`Senin, 17 Juli 2018 | Oleh: Harga Emas`)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

from people_pages import URL, header_lines, page  # beside this file


@pytest.mark.parametrize("line, writer", [
    ("Published on  July 17, 2018 By  Eriec Dieda", "Eriec Dieda"),
    ("Published on July 17, 2018 By Eriec Dieda", "Eriec Dieda"),
    ("July 17, 2018 By Eriec Dieda", "Eriec Dieda"),
])
def test_the_name_after_the_day_is_the_writer(line, writer):
    item = parse_article(page(header=header_lines(line)), URL)
    assert item["author"] == writer
    assert item["published_at"] is not None and item["published_at"].startswith("2018-07-17")


@pytest.mark.parametrize("line", [
    "Published on July 17, 2018 By Redaksi",
    "Politik, 17 Juli 2018 oleh Jumat Berkah",
    "Senin, 17 Juli 2018 By the way",
    "Senin, 17 Juli 2018 | Oleh: Harga Emas",
    "Senin, 17 Juli 2018 10:00 WIB | Oleh: Jumat Berkah",
    "Senin, 17 Juli 2018 10:00 WIB | Oleh: Tim Redaksi",
])
def test_a_desk_a_rubric_or_a_sentence_names_nobody(line):
    assert parse_article(page(header=header_lines(line)), URL)["author"] is None
