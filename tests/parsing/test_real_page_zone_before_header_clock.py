"""A header's zone printed before its clock, as its label (The Star 2017: `Saturday, 12 August 2017 | MYT 12:00 AM`):
the clock is that zone's, as when it follows it, so the page ran at 23:00 WIB the day before; without the zone the
clock stays WIB's."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.dates import parse_date

URL = "http://m.thestar.com.my/story.aspx?hl=Runaway-tyres-slam-fatally-into-couple&sec=news"
LEAD = ("IN a freak accident, a couple on a scooter died after two tyres came loose off a tipper lorry and slammed "
        "into them, reported Harian Metro.")
MORE = ("The incident happened at about 10.55am on Thursday. Both were thrown off their machine and fell against a "
        "barbed wire fence surrounding a nearby oil palm estate.")


def page(when: str) -> bytes:
    return ("<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Runaway tyres slam fatally into couple"
            "</title></head><body><article><h1>Runaway tyres slam fatally into couple</h1>"
            f"<div class='date'>{when}</div><div class='story'><p>{LEAD}</p><p>{MORE}</p></div></article></body>"
            "</html>").encode()


@pytest.mark.parametrize("when, expected", [
    ("Saturday, 12 August 2017 | MYT 12:00 AM", "2017-08-11T23:00:00+07:00"),
    ("Saturday, 12 August 2017 | MYT 9:05 PM", "2017-08-12T20:05:00+07:00"),
    ("Saturday, 12 August 2017 | 12:00 AM MYT", "2017-08-11T23:00:00+07:00"),
    ("Saturday, 12 August 2017 | 9:05 PM", "2017-08-12T21:05:00+07:00"),
])
def test_the_header_clock_is_read_in_the_zone_before_it(when, expected):
    assert parse_article(page(when), URL)["published_at"] == expected


@pytest.mark.parametrize("text, expected", [
    ("Saturday, 12 August 2017 | MYT 12:00 AM", "2017-08-12T00:00:00+08:00"),
    ("Senin, 14 Oktober 2013 | WITA 23:20", "2013-10-14T23:20:00+08:00"),
    ("Senin, 14 Oktober 2013 23:20 WIB", "2013-10-14T23:20:00+07:00"),
])
def test_parse_date_reads_a_zone_labelling_the_clock(text, expected):
    assert parse_date(text).isoformat() == expected


@pytest.mark.parametrize("text", ["WIB 12.30", "Rabu (5/3) pukul 10.00 WIB 12 orang"])
def test_a_zone_before_a_number_is_no_date(text):
    assert parse_date(text) is None
