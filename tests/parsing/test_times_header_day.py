"""A date alone on a line under the headline, on a page that declares no time: the article's day."""

from __future__ import annotations

from people_pages import URL, page

from crawler.parsing import parse_article


def test_a_date_alone_under_the_headline_is_the_articles_day():
    item = parse_article(page(header="<div class='date'>Senin, 22 April 2024</div>"), URL)
    assert item["published_at"] == "2024-04-22T00:00:00+07:00"


def test_a_line_under_the_headline_with_a_time_is_read_before_a_date_alone():
    header = "<div class='date'>Senin, 22 April 2024</div><div class='meta'>Budi Santoso - 22/04/2024 14:30 WIB</div>"
    item = parse_article(page(header=header), URL)
    assert item["published_at"] == "2024-04-22T14:30:00+07:00"


def test_a_declared_time_is_read_before_a_date_alone():
    head = "<meta property='article:published_time' content='2024-04-22T09:15:00+07:00'>"
    item = parse_article(page(head=head, header="<div class='date'>Senin, 22 April 2024</div>"), URL)
    assert item["published_at"] == "2024-04-22T09:15:00+07:00"


def test_a_date_in_a_sentence_under_the_headline_is_no_publication_day():
    header = "<div class='lead'>Banjir melanda sejak 22 April 2024 di tiga kecamatan</div>"
    assert parse_article(page(header=header), URL.replace("/2020/01/06/", "/"))["published_at"] is None
    # The permalink's day is the last resort, never the sentence's.
    assert parse_article(page(header=header), URL)["published_at"] == "2020-01-06T00:00:00+07:00"
