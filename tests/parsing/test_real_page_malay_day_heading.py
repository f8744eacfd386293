"""A Malay blog's day heading names the weekday in Malay (`Jumaat, 24 Mei 2013` over a copy of a Reuters story,
`Isnin, 25 Februari 2013`, `Khamis, 23 Mei 2013`): the weekday is the date's, as `Jumat` and `Kamis` are, no writer's
name, and the day is the post's. With no comma after it the word may end a writer's name (`Ahmad Jumaat 24 Mei
2013`), and stays his."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import parse_header_line

LEAD = ("ISTANBUL (Reuters) - Syrian opposition talks aimed at presenting a coherent front at an international peace "
        "conference to end the civil war faced the prospect of collapse after President Bashar al-Assad's foes failed to "
        "cut an internal deal, opposition sources said on Friday.")
MORE = "Kilo has said that his group wants significant representation in the opposition coalition before it will join."


def read(day: str) -> dict:
    html = ("<html><head><title>The Star Online: World Updates</title></head><body><div class='main'>"
            f"<div class='date-outer'><h2 class='date-header'><span>{day}</span></h2><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Syria opposition unity take face spectre of collapse</h3>"
            f"<div class='post-body entry-content'>{LEAD}<br /><br />{MORE}</div></div></div></div></body></html>")
    return parse_article(html.encode(), "http://example.blogspot.com/2013/05/syria-opposition-unity.html")


@pytest.mark.parametrize(("day", "published"), [
    ("Jumaat, 24 Mei 2013", "2013-05-24T00:00:00+07:00"),
    ("Isnin, 25 Februari 2013", "2013-02-25T00:00:00+07:00"),
    ("Khamis, 23 Mei 2013", "2013-05-23T00:00:00+07:00"),
])
def test_a_malay_weekday_in_the_day_heading_dates_the_post(day, published):
    item = read(day)
    assert item["published_at"] == published
    assert item["author"] is None
    assert item["dateline"]["place"] == "ISTANBUL"


@pytest.mark.parametrize("line", ["Khamis, 23 Mei 2013", "Jumaat, 24 Mei 2013"])
def test_the_weekday_is_the_header_s_time_not_its_writer(line):
    header = parse_header_line(line)
    assert header.author is None and header.when == line


def test_with_no_comma_the_word_ends_a_writer_s_name():
    header = parse_header_line("Ahmad Jumaat 24 Mei 2013")
    assert header.author == "Ahmad Jumaat"
