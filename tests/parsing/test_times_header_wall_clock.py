"""published_at of a header clock that names no zone beside a machine time of the same wall clock in another zone: a
Malaysian paper's `06/08/2019 10:07 PM` (Bernama) or a WITA site's `14:05` is the site's clock, and the machine time
(`+08:00`, or true UTC 8 hours behind) says which zone that is; the time is written in WIB."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article

_BODY = "<p>A witness told the High Court hearing the case that one of them had placed the lighter in a bedroom.</p>" * 3


def _published(line: str, published_time: str) -> str | None:
    html = (f"<html><head><meta property='article:published_time' content='{published_time}'></head><body>"
            f"<h1>Tahfiz fire: accused placed lighter in bedroom</h1><div>{line}</div>"
            f"<div class='content'>{_BODY}</div></body></html>")
    return parse_article(html.encode(), "https://example.com/news/1").get("published_at")


@pytest.mark.parametrize(("line", "published_time", "expected"), [
    ("06/08/2019 10:07 PM", "2019-08-06T22:07:00+08:00", "2019-08-06T21:07:00+07:00"),
    ("06/08/2019 10:07 PM", "2019-08-06T14:07:00+00:00", "2019-08-06T21:07:00+07:00"),
    ("Senin, 12 Mei 2025 14:05", "2025-05-12T14:05:00+08:00", "2025-05-12T13:05:00+07:00"),
    ("Senin, 12 Mei 2025 14:05", "2025-05-12T14:05:00+09:00", "2025-05-12T12:05:00+07:00"),
])
def test_a_zoneless_header_clock_takes_the_zone_of_the_machine_time_showing_it(
        line: str, published_time: str, expected: str) -> None:
    assert _published(line, published_time) == expected


@pytest.mark.parametrize(("line", "published_time", "expected"), [
    # The header names its zone: the machine time's other zone does not move it.
    ("Senin, 12 Mei 2025 14:05 WIB", "2025-05-12T14:05:00+08:00", "2025-05-12T14:05:00+07:00"),
    # A `+00:00` with the header's wall clock is that clock mislabelled; one 7 hours behind is true UTC in WIB.
    ("Senin, 12 Mei 2025 14:05", "2025-05-12T14:05:00+00:00", "2025-05-12T14:05:00+07:00"),
    ("Senin, 12 Mei 2025 14:05", "2025-05-12T07:05:00+00:00", "2025-05-12T14:05:00+07:00"),
    # A machine time of another minute says nothing of the header's zone.
    ("Senin, 12 Mei 2025 14:05", "2025-05-12T14:20:00+08:00", "2025-05-12T14:05:00+07:00"),
])
def test_a_header_clock_keeps_its_own_reading_otherwise(line: str, published_time: str, expected: str) -> None:
    assert _published(line, published_time) == expected
