"""`published_at` from an entry time (`time[datetime]`, an hAtom `abbr[title]`) that writes its own offset: that
moment, in WIB, as JSON-LD and meta times with an offset are read. A blog left in Blogger's Pacific zone writes an
Indonesian writer's evening post as `2017-04-29T19:21:00-07:00`: 09:21 WIB on the 30th, the day its ANTARA story's
dateline (`Jakarta, April 30, 2017 (Antara) -`) names. Only a `+00:00` alone is read as the site's wall clock (WordPress
themes that mislabel it)."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

_BODY = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3
_URL = "https://fardahassegaf.blogspot.com/2017/04/ro-ro-ferry.html"


def _page(stamp: str, element: str = "abbr") -> bytes:
    when = (f"<abbr class='published' title='{stamp}'>7:21 PM</abbr>" if element == "abbr"
            else f"<time class='entry-date published' datetime='{stamp}'>7:21 PM</time>")
    return (f"<html><body><h1>Ro-Ro ferry to boost connectivity</h1><div class='content'>{_BODY}</div>"
            f"<div class='post-footer'>Posted by Fardah at {when}</div></body></html>").encode()


@pytest.mark.parametrize(("stamp", "expected"), [
    ("2017-04-29T19:21:00-07:00", "2017-04-30T09:21:00+07:00"),
    ("2016-12-28T17:37:00-08:00", "2016-12-29T08:37:00+07:00"),
    ("2020-10-09T10:10:00+08:00", "2020-10-09T09:10:00+07:00"),
    ("2020-10-09T10:10:00+07:00", "2020-10-09T10:10:00+07:00"),
])
@pytest.mark.parametrize("element", ["abbr", "time"])
def test_an_entry_time_with_its_own_offset_is_that_moment(stamp: str, expected: str, element: str) -> None:
    assert parse_article(_page(stamp, element), _URL)["published_at"] == expected


@pytest.mark.parametrize("element", ["abbr", "time"])
def test_an_entry_time_at_utc_alone_stays_the_sites_wall_clock(element: str) -> None:
    assert parse_article(_page("2015-02-11T13:17:00+00:00", element), _URL)["published_at"] == \
        "2015-02-11T13:17:00+07:00"
