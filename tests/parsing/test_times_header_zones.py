"""published_at of a header line whose clock names a zone other than Indonesia's: Malaysian papers' `MYT`, an offset
after GMT (ANTARA's English header `September 16, 2025 16:08 GMT+700`); the zone moves the time, written in WIB."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

_BODY = "<p>The ministry said the new operating hours would take effect from tomorrow across the city.</p>" * 3


def _published(line: str) -> str | None:
    html = (f"<html><head></head><body><h1>Food premises allowed to operate until 2am</h1><div>{line}</div>"
            f"<div class='content'>{_BODY}</div></body></html>")
    return parse_article(html.encode(), "https://example.com/news/1").get("published_at")


@pytest.mark.parametrize(("line", "expected"), [
    ("Thursday, 13 June 2024, 10:35 am MYT", "2024-06-13T09:35:00+07:00"),
    ("13 Jun 2024 10:35 GMT+8", "2024-06-13T09:35:00+07:00"),
    ("September 16, 2025 16:08 GMT+700", "2025-09-16T16:08:00+07:00"),
    ("Senin, 12 Mei 2025 14:05 WITA", "2025-05-12T13:05:00+07:00"),
])
def test_the_zone_after_a_header_clock_moves_the_time(line: str, expected: str) -> None:
    assert _published(line) == expected
