"""A header line writing the dateline's place alone before a bar and the time (The Jakarta Post 2015: `Jakarta | Mon,
November 30, 2015 | 06:05 pm` under `Hans Nicholas Jong and Fedina S.Sundaryani`, the lead with no dateline): the
place is the dateline's. A rubric's name before the bar, or a place in a line with no clock, gives none."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://www.thejakartapost.com/news/2015/11/30/police-hunt-3-turkestan-terrorists.html"
TEXT = ("The National Police have launched a manhunt for three foreign nationals believed to have joined up with the "
        "nation's most-wanted terrorist group, which is rumored to have links to the Islamic State (IS) organization.",
        "National Police chief Gen. Badrodin Haiti said that the police had been hunting the three foreigners, suspected "
        "to be from East Turkestan in China, after they evaded a police raid in September last year.")


def page(date_line: str) -> bytes:
    paragraphs = "".join(f"<p>{line}</p>" for line in TEXT)
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Police hunt 3 Turkestan terrorists"
            "</title></head><body><article><div class='detail__header'><h1 class='detail__title'>Police hunt 3 "
            "Turkestan terrorists</h1><div class='detail__author'>Hans Nicholas Jong and Fedina S.Sundaryani</div>"
            f"<div class='detail__date'>{date_line}</div></div><div class='detail__body-text'>{paragraphs}</div>"
            "</article></body></html>").encode()


def test_the_place_before_the_bar_is_the_dateline_s():
    item = parse_article(page("Jakarta | Mon, November 30, 2015 | 06:05 pm"), URL)
    assert (item["dateline"] or {}).get("place") == "Jakarta"
    assert item["published_at"].startswith("2015-11-30T18:05")
    assert item["body"].startswith("The National Police have launched")


@pytest.mark.parametrize("date_line", [
    "National | Mon, November 30, 2015 | 06:05 pm",
    "Jakarta | Mon, November 30, 2015",
])
def test_a_rubric_or_a_line_without_a_clock_gives_none(date_line):
    assert (parse_article(page(date_line), URL)["dateline"] or {}).get("place") is None
