"""Fuzzing the pure parsers: no exception and a well-formed answer on any input up to 1 MB.

CI runs a few hundred examples per parser; a long run is opt-in:

    FUZZ_EXAMPLES=100000 make fuzz

How long these inputs take is measured by `bench/bench_hostile.py` (in `make bench`): 10 ms a call for the
small parsers, 50 ms for a small page's whole extraction, 2 s for an adversarial 1 MB page. The suite's
global timeout stops a parser that runs away.
"""

from __future__ import annotations

import os
from datetime import datetime, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsing import canonicalize_url, parse_article, parse_date, parse_dateline
from crawler.schema import PARSED_FIELD_NAMES
from sandbox.hostile import ADVERSARIAL_PAGES, DATE_PIECES, MB, PAGE_PIECES, URL_PIECES

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "500"))

FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=EXAMPLES <= 1000, database=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# ----- strategies: random text plus the pieces MINA pages are made of -----
WORDS = st.sampled_from(DATE_PIECES)
DATE_TEXT = st.one_of(st.text(max_size=300), st.lists(WORDS, max_size=25).map(" ".join),
                      st.lists(WORDS, max_size=25).map("".join))
BASES = st.one_of(st.none(), st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2100, 1, 1),
                                          timezones=st.just(timezone.utc)))
URL_PARTS = st.sampled_from(URL_PIECES)
URLS = st.one_of(st.text(max_size=300), st.lists(URL_PARTS, max_size=30).map("".join))
TAGS = st.sampled_from(PAGE_PIECES)
HTML = st.one_of(st.text(max_size=2000), st.lists(st.one_of(TAGS, DATE_TEXT), max_size=60).map("".join),
                 st.binary(max_size=2000))
PAGE_URLS = st.one_of(st.just("https://minanews.net/slug"), st.just("http://127.0.0.1:8000/en/slug/"), URLS)


@FUZZ
@given(DATE_TEXT, BASES)
def test_parse_date_is_total(text, base):
    result = parse_date(text, base=base)
    assert result is None or result.tzinfo is not None


@FUZZ
@given(st.one_of(DATE_TEXT, st.tuples(st.sampled_from(["JAKARTA", "Gaza", "PARIS", "القدس"]), DATE_TEXT,
                                       st.text(max_size=200)).map(lambda t: f"{t[0]}, {t[1]} (MINA) - {t[2]}")))
def test_parse_dateline_is_total(text):
    result = parse_dateline(text)
    assert result is None or result.raw


@FUZZ
@given(URLS, st.sampled_from([None, True, False]))
def test_canonicalize_url_is_total_and_stable(url, slash):
    result = canonicalize_url(url, trailing_slash=slash)
    assert isinstance(result, str)
    assert canonicalize_url(result, trailing_slash=slash) == result


@FUZZ
@given(HTML, PAGE_URLS)
def test_parse_article_is_total(html, url):
    item = parse_article(html, url)
    assert list(item) == list(PARSED_FIELD_NAMES)


@pytest.mark.parametrize("name", ADVERSARIAL_PAGES)
def test_parse_article_on_adversarial_1mb_pages(name):
    html = ADVERSARIAL_PAGES[name]
    assert 0.9 * MB <= len(html) <= 1.2 * MB
    item = parse_article(html, "https://minanews.net/slug")
    assert list(item) == list(PARSED_FIELD_NAMES)


def test_small_parsers_read_a_bounded_prefix_of_1mb_input():
    text = "Senin, 22 April 2019 - 10:15 WIB (MINA) http://minanews.net/" + "x" * MB
    assert parse_date(text) == parse_date(text[:10_000])
    assert parse_dateline(text) == parse_dateline(text[:10_000])
    assert isinstance(canonicalize_url(text), str)
