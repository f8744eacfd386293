"""MINA's English service of 2014 sometimes typed a place's kind in lower case in its dated dateline (`Gaza strip, 27
Sya’ban 1435/25 June 2014 (MINA) –`): the date and the agency's parentheses after it vouch for the place, kind and
all. Only an English kind after a name reads so; after an article it is a phrase, and an Indonesian word in lower case
is none."""

from __future__ import annotations

import datetime

import pytest

from crawler.parsing import parse_article, parse_dateline
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES
from dateline_readings import place_and_agency  # beside this file

URL = "https://en.minanews.net/?p=44423"

# Reduced from the real page (2018 theme): the headline, the date, the photo's caption twice, the text's first and last
# paragraphs, the code, the credit and the comment box's lines.
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>ISRAEL LAUNCHES AIR RAIDS ON GAZA STRIP - MINA News Agency</title></head>
<body class="single single-post"><article class="post type-post hentry"><header class="entry-header">
<h1 class="entry-title">ISRAEL LAUNCHES AIR RAIDS ON GAZA STRIP</h1>
<div class="entry-meta"><span class="entry-date updated"><time datetime="2014-06-25T10:40:00+00:00">Wednesday, 25 June
2014 | 10:40 WIB</time></span></div></header><div class="entry-content">
<div class="wp-caption aligncenter"><img src="/wp-content/uploads/x.jpg" alt="Israel launches air raids on Gaza Strip.
(Phoro: www.darksidemedia.net)" /><p class="wp-caption-text">Israel launches air raids on Gaza Strip. (Phoro:
www.darksidemedia.net)</p></div>
<p>Gaza strip, 27 Sya’ban 1435/25 June 2014 (MINA) – Israel has launched seven separate airstrikes on the besieged Gaza
Strip as the wave of aggression on the blockaded Palestinian enclave continues unabated, Press TV reports.</p>
<p>On Tuesday, Israeli warplanes carried out the air raids on the western, northern, central and southern areas of the
Gaza Strip.</p>
<p>Over 160 Palestinians, including women and children, were killed and about 1,200 others were injured in Israel’s
eight-day offensive on the coastal enclave, which ended on November 21, 2012. (T/E01/IR)</p>
<p><strong>Mi’raj Islamic News Agency (MINA)</strong></p>
<p>Comments: 0</p>
<p>This site uses Akismet to reduce spam. Learn how your comment data is processed.</p>
</div></article></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_dated_dateline_with_the_kind_in_lower_case(profile) -> None:
    item = parse_article(PAGE, URL, profile=profile)
    assert (item["dateline"]["place"], item["dateline"]["agency"]) == ("Gaza strip", "MINA")
    assert item["dateline"]["date"] == "2014-06-25"
    assert item["body"].startswith("Israel has launched seven separate airstrikes")
    assert item["body"].endswith("which ended on November 21, 2012.")


@pytest.mark.parametrize(("text", "reading"), [
    ("Gaza strip, 27 Sya’ban 1435/25 June 2014 (MINA) – Israel has launched", ("Gaza strip", "MINA")),
    ("Gaza city, 26 Shawwal 1435/22 August 2014 (MINA) – Israeli occupation", ("Gaza city", "MINA")),
    ("Jagoi Babang, West Kalimantan province, Aug 29 (ANTARA) - The", ("Jagoi Babang, West Kalimantan province", "ANTARA")),
    # the kind capitalised, as before
    ("Gaza Strip, 27 Sya’ban 1435/25 June 2014 (MINA) – Israel has launched", ("Gaza Strip", "MINA")),
])
def test_a_place_with_its_kind_before_the_date(text: str, reading: tuple[str, str]) -> None:
    assert place_and_agency(text) == reading


def test_the_hijri_date_is_read_with_it() -> None:
    found = parse_dateline("Gaza strip, 27 Sya’ban 1435/25 June 2014 (MINA) – Israel has launched")
    assert (found.date, found.hijri) == (datetime.date(2014, 6, 25), "27 Sya’ban 1435")


@pytest.mark.parametrize("text", [
    "The strip, 25 June 2014 (MINA) – Israel has launched",  # an article before it: a phrase
    "Warga kota, 27 Sya’ban 1435/25 June 2014 (MINA) – Israel",  # no English kind
])
def test_no_place_of_a_lower_case_phrase(text: str) -> None:
    assert place_and_agency(text) is None
