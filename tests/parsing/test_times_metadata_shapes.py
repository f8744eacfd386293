"""published_at and modified_at from metadata written in other shapes than ISO 8601: Unix times (a Ruby scraper's
fixture `article:published_time` `1534810765`), a wall clock's digits run together (`publishdate` `201511261006` in a
scraper's notes), header-like dates (`Tue, 14 May 2024 08:00:00 GMT`, `2025-05-12T14:30:00GMT+7`, `15.09.2025
11:10:00`) and dates a reader would not take for a time."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

_BODY = "<p>Paragraf pertama berita ini cukup panjang untuk menjadi badan artikel yang sebenarnya.</p>" * 3


def _page(head: str) -> bytes:
    return (f"<html><head>{head}</head><body><h1>Judul Berita</h1>"
            f"<div class='content'>{_BODY}</div></body></html>").encode()


@pytest.mark.parametrize(("meta", "expected"), [
    # Unix times are true moments, in seconds or milliseconds.
    ("<meta property='article:published_time' content='1534810765'>", "2018-08-21T07:19:25+07:00"),
    ("<meta property='article:published_time' content='1715499000000'>", "2024-05-12T14:30:00+07:00"),
    # Digits of a wall clock, in the site's zone.
    ("<meta name='publishdate' content='201511261006'>", "2015-11-26T10:06:00+07:00"),
    ("<meta name='pubdate' content='20250512143000'>", "2025-05-12T14:30:00+07:00"),
    # A zone named after the clock.
    ("<meta property='article:published_time' content='2025-05-12T14:30:00GMT+7'>", "2025-05-12T14:30:00+07:00"),
    ("<meta property='article:published_time' content='2025-05-12 16:30:00 WITA'>", "2025-05-12T15:30:00+07:00"),
    # A date as a header writes it, a zone-less one in the site's zone.
    ("<meta property='article:published_time' content='15.09.2025 11:10:00'>", "2025-09-15T11:10:00+07:00"),
    ("<meta name='dc.date' content='May 12, 2024 2:30 PM'>", "2024-05-12T14:30:00+07:00"),
])
def test_a_metadata_time_in_another_shape_is_read(meta: str, expected: str) -> None:
    assert parse_article(_page(meta), "https://example.com/a")["published_at"] == expected


@pytest.mark.parametrize("content", [
    "1234567",  # too few digits for a Unix time
    "20251332143000",  # no month 13
    "2024-05-14T8:00:00+07:00",  # a clock the reading would lose
    "15 Ocak 2025",  # a month of no language read here
    "kemarin",
])
def test_a_metadata_value_that_is_no_readable_time_gives_none(content: str) -> None:
    meta = f"<meta property='article:published_time' content='{content}'>"
    assert parse_article(_page(meta), "https://example.com/a")["published_at"] is None


def test_a_modification_time_in_another_shape_is_read() -> None:
    head = ("<meta property='article:published_time' content='2025-05-12T14:30:00+07:00'>"
            "<meta property='og:updated_time' content='1747042200'>")
    item = parse_article(_page(head), "https://example.com/a")
    assert item["modified_at"] == "2025-05-12T16:30:00+07:00"
