"""Titles closed by the outlet's channel of a topic before its name (`... | Gaza News | Al Jazeera`, `... | Israel-Iran
conflict News | Al Jazeera`, `... - Gaza News - Haaretz`): real `<title>` strings as search results gave them with their
pages' addresses, read with no `<h1>` on the page; and near misses whose `News` part is the headline's own."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Israel accepts Gaza’s 70,000 death toll: A record of denialism, lies | Gaza News | Al Jazeera",
     "https://www.aljazeera.com/news/2026/1/30/israel-accepts-gazas-70000-death-toll-a-record-of-denialism-lies",
     "Israel accepts Gaza’s 70,000 death toll: A record of denialism, lies"),
    ("Iran war threatens prolonged impact on energy markets as oil prices rise | US-Israel war on Iran News"
     " | Al Jazeera",
     "https://www.aljazeera.com/news/2026/3/8/iran-war-threatens-prolonged-impact-on-energy-markets-as-oil-prices-rise",
     "Iran war threatens prolonged impact on energy markets as oil prices rise"),
    ("Israel-Hamas truce failure ‘point of no return’, envoy warns | Israel-Palestine conflict News | Al Jazeera",
     "https://www.aljazeera.com/news/2026/8/26/israel-hamas-truce-failure-point-of-no-return-envoy-warns",
     "Israel-Hamas truce failure ‘point of no return’, envoy warns"),
    # The headline's own dash stays, and so does its last word when a section's name (`markets`).
    ("US-Iran mediation: What are each side’s demands – and is a deal possible? | Energy News | Al Jazeera",
     "https://www.aljazeera.com/economy/2026/3/25/us-iran-mediation-what-are-each-sides-demands-and-is-a-deal-possible",
     "US-Iran mediation: What are each side’s demands – and is a deal possible?"),
    ("Super Bowl 2025: Chiefs vs Eagles 22-40 – as it happened | American Football News | Al Jazeera",
     "https://www.aljazeera.com/sports/liveblog/2025/2/9/live-super-bowl-2025-kansas-city-chiefs-vs-philadelphia-eagles",
     "Super Bowl 2025: Chiefs vs Eagles 22-40 – as it happened"),
    ("How US-Israel attacks on Iran threaten the Strait of Hormuz, oil markets | Israel-Iran conflict News"
     " | Al Jazeera",
     "https://www.aljazeera.com/news/2026/3/1/how-us-israel-attacks-on-iran-threaten-the-strait-of-hormuz-oil-markets",
     "How US-Israel attacks on Iran threaten the Strait of Hormuz, oil markets"),
    # Between dashes too.
    ("Behind the Numbers: The Truth About Gaza's Death List - Gaza News - Haaretz",
     "https://www.haaretz.com/gaza/2026-02-24/ty-article-static/.premium/behind-the-numbers-the-truth-about-gazas-death-"
     "list/0000019c-756b-d759-a7bf-fffba5a50000", "Behind the Numbers: The Truth About Gaza's Death List"),
    ("Israel's population hits 10,178,000 - Israel & Jewish News - JNS", "https://www.jns.org/israels-population-hits-"
     "10178000/", "Israel's population hits 10,178,000"),
])
def test_a_topic_channel_before_the_site_name_is_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url", "expected"), [
    # No site's name after it: nothing names the part a channel.
    ("Israel strikes Gaza again | Gaza News", "https://www.example.org/2026/1/30/israel-strikes-gaza",
     "Israel strikes Gaza again | Gaza News"),
    # More words than a channel's name has, and a headline waiting for its subject after a colon.
    ("Inside the newsroom | How a small town learned to live with fake news | Al Jazeera",
     "https://www.aljazeera.com/features/2026/1/1/inside-the-newsroom",
     "Inside the newsroom | How a small town learned to live with fake news"),
    ("Exclusive report: | Gaza News | Al Jazeera", "https://www.aljazeera.com/features/2026/1/1/exclusive-report",
     "Exclusive report: | Gaza News"),
])
def test_a_news_part_of_the_headline_stays(title, url, expected):
    assert title_of(title, url) == expected
