"""A blog's repost of a newspaper story keeps the story's time line opening the post, under the blog's day heading
(Surabaya Post 2010 on a Blogger blog: `Selasa, 27 Juli 2010` heads the day, `Selasa, 27 Juli 2010 | 09:07 WIB` opens
the post): the story's clock gives the publication time of that day. A line of another day, or a clock without its
zone, does not."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

STORY = ["PROBOLINGGO - Dermaga Tanjung Tembaga baru, Kota Probolinggo yang diujicoba 14 April lalu hingga kini belum "
         "juga dioperasikan. Kementerian Perhubungan (Dephub) juga belum menyerahkan pengelolaan pelabuhan itu.",
         "Wiliyanto juga mengaku tidak tahu, kapan dermaga baru di sisi barat pelabuhan Tanjung Tembaga itu bakal "
         "dioperasikan. ”Pertengahan April lalu sebatas ujicoba, belum dioperasikan secara resmi,” ujarnya."]


def blog_post(opening: str, day: str = "Selasa, 27 Juli 2010") -> bytes:
    body = "<br /><br />".join((opening, *STORY))
    return ("<html><head><title>Usai Uji Coba, Pelabuhan Probolinggo Nganggur</title></head><body>"
            f"<div class='date-outer'><h2 class='date-header'><span>{day}</span></h2><div class='post hentry'>"
            "<h3 class='post-title entry-title'>Usai Uji Coba, Pelabuhan Probolinggo Nganggur</h3>"
            f"<div class='post-body entry-content'>{body}</div></div></div></body></html>").encode()


def read(opening: str, day: str = "Selasa, 27 Juli 2010") -> dict:
    return parse_article(blog_post(opening, day), "http://example.blogspot.com/2010_07_27_archive.html")


def test_the_story_s_time_line_opening_the_post_gives_the_clock_of_the_blog_s_day():
    item = read("Selasa, 27 Juli 2010 | 09:07 WIB")
    assert item["published_at"] == "2010-07-27T09:07:00+07:00"
    assert item["body"].startswith("Dermaga Tanjung Tembaga baru")
    assert item["dateline"]["place"] == "PROBOLINGGO"


@pytest.mark.parametrize("opening", [
    "Senin, 26 Juli 2010 | 21:40 WIB",  # another day's time: another story's, or a copy's
    "Selasa, 27 Juli 2010 | 09:07",  # a clock naming no zone
])
def test_an_opening_line_of_another_day_or_without_its_zone_gives_no_clock(opening):
    assert read(opening)["published_at"] == "2010-07-27T00:00:00+07:00"
