"""Titles whose theme sets the site's name off with a dot (`Judul · Digg`, `Judul • Site`), the dash, bar and colon
of the headline kept: real `<title>` strings as digests of the news linked them (2026), read with no `<h1>` on the
page."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("John Ternus Succeeds Tim Cook as Apple CEO · Digg", "https://digg.com/tech/qjg7y0es",
     "John Ternus Succeeds Tim Cook as Apple CEO"),
    ("Meta Releases Muse Glimmer 30 B Open Weights · Digg", "https://digg.com/tech/a334e5dd",
     "Meta Releases Muse Glimmer 30 B Open Weights"),
    # The headline's own spaced dash and colon stay.
    ("Claude Code Adds Cross - Session Messaging Feature · Digg", "https://digg.com/tech/74hawck8",
     "Claude Code Adds Cross - Session Messaging Feature"),
    ("Meta Muse Glimmer 30 B : Frontier AI on Consumer GPU · TFTC",
     "https://www.tftc.io/meta-muse-glimmer-30b-open-weight-agentic-ai-consumer-gpu",
     "Meta Muse Glimmer 30 B : Frontier AI on Consumer GPU"),
])
def test_a_dot_before_the_sites_name_is_a_separator(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # Dots between a headline's own names, and a last part naming no site.
    ("Jokowi · Prabowo · Anies Bertemu di Istana Merdeka", "https://digg.com/news/jokowi"),
    ("Harga Emas Hari Ini • Antam Naik Rp 5.000", "https://www.tftc.io/harga-emas"),
])
def test_a_dot_in_the_headline_stays(title, url):
    assert title_of(title, url) == title
