"""Fuzzing the pure parsers: no exception, and no call slower than 10 ms on inputs up to 1 MB.

CI runs a few hundred examples per parser; a long run is opt-in:

    FUZZ_EXAMPLES=100000 make fuzz

Documented exceptions to the 10 ms rule, measured on a 2-core machine:
- `parse_article` on adversarial 1 MB pages (tens of thousands of links, paragraphs or dates) takes
  ~10-150 ms; it is held to ARTICLE_1MB_LIMIT.
- `parse_date` on text its own patterns do not read but which holds numbers (`22 Rabiul Z Senin 2019`)
  falls back to dateparser: up to ~35 ms warm, and a few hundred ms on the first call that loads a
  language's data; it is held to DATE_FALLBACK_LIMIT (best of three calls, so the first load is excused).
"""

from __future__ import annotations

import os
import time
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsing import canonicalize_url, parse_article, parse_date, parse_dateline
from crawler.schema import PARSED_FIELD_NAMES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "500"))
CALL_LIMIT = 0.010  # seconds per call
DATE_FALLBACK_LIMIT = 0.100  # parse_date through dateparser (see above)
ARTICLE_LIMIT = 0.050  # seconds per fuzzed (small) page: a whole extraction, not one field
ARTICLE_1MB_LIMIT = 2.0  # seconds per adversarial 1 MB page (measured: at most ~0.15 s)
MB = 1024 * 1024

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 1000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def timed(function, *args, limit: float, **kwargs):
    """(result, seconds), the best of three when the first call is over `limit`: a shared CPU's
    hiccup is not the parser's doing, a slow input is slow every time."""
    best, result = float("inf"), None
    for _ in range(3):
        started = time.perf_counter()
        result = function(*args, **kwargs)
        best = min(best, time.perf_counter() - started)
        if best <= limit:
            break
    return result, best


# ----- strategies: random text plus the pieces MINA pages are made of -----
WORDS = st.sampled_from([
    "Senin", "Jum'at", "Jum’at", "Ahad", "Monday", "الاثنين", "22", "4", "2019", "1440", "April", "Desember",
    "Rabiul", "Akhir", "Shafar", "H", "M", "WIB", "WITA", "WIT", "10:15", "-", "/", "(", ")", ",", ".", "|",
    "(MINA)", "MINA", "JAKARTA", "Gaza", "jam", "menit", "yang", "lalu", "hours", "ago", "T", "Z", "+07:00",
    "&amp;", "&#8211;", "\u00a0", "\u200b", "0", "99999999999999999999", "٢٢", "١٤٤٠",
])
DATE_TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=25).map(" ".join),
                      st.lists(WORDS, max_size=25).map("".join))
BASES = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                                          timezones=st.just(timezone.utc)))
URL_PARTS = st.sampled_from([
    "http://", "https://", "HTTP://", "//", "www.", "minanews.net", "en.minanews.net", "127.0.0.1", ":8000",
    ":80", ":443", ":99999", "/", "/id", "/slug", "/2/", ".html", "?", "&", "=", "utm_source=rss", "p=12",
    "fbclid=x", "#", "%", "%2F", "%zz", "..", "@", "[::1]", "[", " ", "\t", "\n", "é", "ع", "\x00",
])
URLS = st.one_of(st.text(max_size=300), st.lists(URL_PARTS, max_size=30).map("".join))
TAGS = st.sampled_from([
    "<html>", "<head>", "<body>", "<article>", "</article>", "<div class='entry-content'>", "</div>", "<p>",
    "</p>", "<h1 class='entry-title'>", "</h1>", "<time datetime='2024-02-30T25:00:00+07:00'>", "</time>",
    "<meta property='article:published_time' content='2019-04-22T10:15:00+07:00'>",
    "<script type='application/ld+json'>{\"@type\": [\"NewsArticle\"], \"datePublished\": 7}</script>",
    "<script type='application/ld+json'>{</script>", "<a href='/id/x/2'>2</a>", "<a href='javascript:x'>",
    "<link rel='canonical' href='::'>", "<br>", "<!--", "-->", "<![CDATA[", "]]>", "<?xml?>", "&", "&#0;",
    "&#x110000;", "<", ">", "<table><tr><td>", "<svg><script>", "<iframe>", "\x00", "\ufeff",
])
HTML = st.one_of(st.text(max_size=2000), st.lists(st.one_of(TAGS, DATE_TEXT), max_size=60).map("".join),
                 st.binary(max_size=2000))
PAGE_URLS = st.one_of(st.just("https://minanews.net/slug"), st.just("http://127.0.0.1:8000/en/slug/"), URLS)


@FUZZ
@given(DATE_TEXT, BASES)
def test_parse_date_is_total_and_fast(text, base):
    result, seconds = timed(parse_date, text, base=base, limit=CALL_LIMIT)
    assert result is None or result.tzinfo is not None
    assert seconds < DATE_FALLBACK_LIMIT, (text, seconds)


@FUZZ
@given(st.one_of(DATE_TEXT, st.tuples(st.sampled_from(["JAKARTA", "Gaza", "PARIS", "القدس"]), DATE_TEXT,
                                       st.text(max_size=200)).map(lambda t: f"{t[0]}, {t[1]} (MINA) - {t[2]}")))
def test_parse_dateline_is_total_and_fast(text):
    result, seconds = timed(parse_dateline, text, limit=CALL_LIMIT)
    assert result is None or result.raw
    assert seconds < CALL_LIMIT, (text, seconds)


@FUZZ
@given(URLS, st.sampled_from([None, True, False]))
def test_canonicalize_url_is_total_fast_and_stable(url, slash):
    result, seconds = timed(canonicalize_url, url, trailing_slash=slash, limit=CALL_LIMIT)
    assert isinstance(result, str)
    assert seconds < CALL_LIMIT, (url, seconds)
    assert canonicalize_url(result, trailing_slash=slash) == result


@FUZZ
@given(HTML, PAGE_URLS)
def test_parse_article_is_total_and_fast(html, url):
    item, seconds = timed(parse_article, html, url, limit=ARTICLE_LIMIT)
    assert list(item) == list(PARSED_FIELD_NAMES)
    assert seconds < ARTICLE_LIMIT, (html[:200], seconds)


ADVERSARIAL_1MB = {
    "deep nesting": "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000,
    "one text node": "<html><body><p>" + "a " * (MB // 2) + "</p>",
    "many paragraphs": "<html><body><article>" + "<p>JAKARTA, Senin (22/4) (MINA) - x</p>" * (MB // 40),
    "many links": "<html><body>" + "<a href='/id/x?p=1'>x</a>" * (MB // 25),
    "unclosed tags": "<p><b><i><span>" * (MB // 16),
    "huge attribute": "<html><body><div class='" + "x" * MB + "'>t</div>",
    "dates everywhere": "<html><body><article>" + "<time>Senin, 22 April 2019 - 10:15 WIB</time>" * (MB // 45),
    "many JSON-LD blocks": "<html><head>" + "<script type='application/ld+json'>{\"@type\":\"NewsArticle\"}</script>"
                           * (MB // 70),
}


@pytest.mark.parametrize("name", ADVERSARIAL_1MB)
def test_parse_article_on_adversarial_1mb_pages(name):
    html = ADVERSARIAL_1MB[name]
    assert 0.9 * MB <= len(html) <= 1.2 * MB
    item, seconds = timed(parse_article, html, "https://minanews.net/slug", limit=ARTICLE_1MB_LIMIT)
    assert list(item) == list(PARSED_FIELD_NAMES)
    assert seconds < ARTICLE_1MB_LIMIT, seconds


@pytest.mark.parametrize("function", [parse_date, parse_dateline, canonicalize_url])
def test_small_parsers_on_1mb_input(function):  # they read a bounded prefix
    text = "Senin, 22 April 2019 - 10:15 WIB (MINA) http://minanews.net/" + "x" * MB
    _, seconds = timed(function, text, limit=CALL_LIMIT)
    assert seconds < CALL_LIMIT
