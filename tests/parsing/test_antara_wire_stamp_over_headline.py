"""A wire's own stamp, its clock to the second, on the line over the story's headline: a news archive's copy of an
ANTARA English item (2004) puts the site's name at the top, then `ANTARA, Tuesday, April 20, 2004 8:25:02 AM`, then
the headline in an `<h3>`, then `Ambon, Maluku, April 19 (ANTARA) - ...`. The stamp is the story's time (and gives
the dateline's `April 19` its year); the agency is no writer. A clock to the minute over a headline stays a ticker's
(another story's), as does a stamp that no wire signs. The text lines are the page's, the markup cut to its shape."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "http://www.oocities.org/nunusaku/antara210404.htm"
HEADLINE = "Ambon public asked not to panic ahead of separatist anniversary"
TEXT = [
    "Ambon, Maluku, April 19 (ANTARA) - The people in Maluku province`s capital of Ambon were asked not to panic but "
    "make daily activities as usual ahead of the anniversary of the separatist group in the city calling themselves "
    "the South Maluku Republic (RMS), which will fall on April 25, 2004.",
    "\"I on behalf of the leadership of the Ambon City Legislative Council express belief that the people in Ambon "
    "have been able to judge what is good for them. Thus let`s together trust the Indonesian military and police that "
    "will take stern measures on those who try to disrupt stability,\" Chairman of the Ambon City Legislative Council, "
    "Lucky Wattimury, told ANTARA here Monday.",
    "According to Lucky, the Maluku provincial police has since recently taken alert measures to gurantee that the "
    "police`s duties to safeguard the people run well, especially on April 25, 2004, when the RMS celebrates it "
    "anniversary.",
    "&copy; Copyright 2000-2001 LKBN Antara",
]


def _page(stamp: str, headline: str = HEADLINE, heading: str = "h3") -> bytes:
    text = "".join(f"<p>{paragraph}</p>\n" for paragraph in TEXT)
    return (f"<html><head><title>{HEADLINE}</title></head><body><table><tr><td><h1>Ambon Berdarah On-Line</h1>"
            "<p>News &amp; Pictures About Ambon/Maluku Tragedy</p></td></tr>\n"
            f"<tr><td><p>{stamp}</p>\n<{heading}>{headline}</{heading}>\n{text}</td></tr>\n"
            "<tr><td><p>Copyright &copy; 1999-2001 - Ambon Berdarah On-Line *</p></td></tr></table></body></html>\n"
            ).encode()


@pytest.mark.parametrize("heading", ["h3", "h2"])
def test_the_wire_stamp_over_the_headline_times_the_story(heading):
    item = parse_article(_page("ANTARA, Tuesday, April 20, 2004 8:25:02 AM", heading=heading), URL)
    assert item["published_at"] == "2004-04-20T08:25:02+07:00"
    assert item["title"] == HEADLINE
    assert item["author"] is None
    assert item["dateline"]["place"] == "Ambon, Maluku"
    assert item["dateline"]["date"] == "2004-04-19"
    assert item["body"].startswith("The people in Maluku province`s capital of Ambon")
    assert item["body"].endswith("when the RMS celebrates it anniversary.")
    assert "ANTARA, Tuesday" not in item["body"] and "Copyright" not in item["body"]


@pytest.mark.parametrize("stamp", [
    # A clock to the minute over the headline: a ticker's time, another story's.
    "ANTARA, Tuesday, April 20, 2004 8:25 AM",
    # No wire signs it: a section's label and a time.
    "Berita Terkini, Tuesday, April 20, 2004 8:25:02 AM",
])
def test_other_stamps_over_the_headline_give_no_time(stamp):
    item = parse_article(_page(stamp), URL)
    assert item["published_at"] is None
    assert item["title"] == HEADLINE


def test_a_lower_heading_that_is_not_the_headline_finds_no_stamp():
    # The `<h3>` is a box's heading, not the story's: the stamp over it is not read as the story's time.
    item = parse_article(_page("ANTARA, Tuesday, April 20, 2004 8:25:02 AM", headline="Berita lainnya"), URL)
    assert item["published_at"] is None
