"""A blog's day heading over its post's title, outside the post (Blogger's classic templates: `<h2 class="date-header">`
over `h3.post-title`): the post's day when nothing under the title nor the page's metadata gives its time."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

URL = "https://desasukamaju.blogspot.com/2019/05/kerja-bakti-warga.html"
TITLE = "Kerja bakti warga bersihkan saluran air"
PARAGRAPHS = ("Warga Desa Sukamaju bergotong royong membersihkan saluran air di sepanjang jalan desa pada Minggu pagi.",
              "Kegiatan itu diikuti puluhan warga dari tiga dusun dan dipimpin langsung oleh kepala desa setempat.",
              "Kepala desa mengatakan kerja bakti akan digelar rutin setiap bulan menjelang musim hujan tiba.")


def blog_page(*headings: str, footer: str = "") -> bytes:
    days = "".join(f"<h2 class='date-header'><span>{heading}</span></h2>" for heading in headings)
    body = "".join(f"<p>{text}</p>" for text in PARAGRAPHS)
    return (f"<html><head><title>{TITLE}</title></head><body><div class='date-outer'>{days}<div class='date-posts'>"
            f"<div class='post hentry'><h3 class='post-title entry-title'>{TITLE}</h3><div class='post-header'></div>"
            f"<div class='post-body entry-content'>{body}</div><div class='post-footer'>{footer}</div>"
            f"</div></div></div></body></html>").encode()


@pytest.mark.parametrize(("heading", "day"), [
    ("Senin, 20 Mei 2019", "2019-05-20T00:00:00+07:00"),
    ("Monday, May 20, 2019", "2019-05-20T00:00:00+07:00"),
])
def test_the_day_heading_gives_the_posts_day(heading, day):
    assert parse_article(blog_page(heading), URL)["published_at"] == day


def test_the_posts_timestamp_keeps_its_clock():
    footer = "Diposting oleh Admin <abbr class='published' title='2019-05-20T08:15:00+07:00'>08.15</abbr>"
    assert parse_article(blog_page("Senin, 20 Mei 2019", footer=footer), URL)["published_at"] \
        == "2019-05-20T08:15:00+07:00"


def test_an_archive_of_days_gives_no_day():
    # Each day's posts under their own heading: which is this post's is not the heading's to say.
    assert parse_article(blog_page("Senin, 20 Mei 2019", "Minggu, 19 Mei 2019"), URL)["published_at"] is None


def test_a_heading_that_is_no_date_gives_no_day():
    assert parse_article(blog_page("Arsip Blog"), URL)["published_at"] is None
