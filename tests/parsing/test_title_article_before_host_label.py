"""Titles closed by the outlet's name that a label of the host spells after an article the host leaves out (`... - The
Times of India` on timesofindia.indiatimes.com): real `<title>` strings as a forecaster's search tool gave them with
their pages' addresses, read with no `<h1>` on the page; and near misses whose article opens words that are no name of
the site."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file


@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Former Iranian president Mahmoud Ahmadinejad killed in Israeli airstrikes on Tehran: Report - The Times of India",
     "https://timesofindia.indiatimes.com/world/middle-east/former-iranian-president-mahmoud-ahmadinejad-killed-in-"
     "israeli-airstrikes-on-tehran-report/articleshow/128920002.cms",
     "Former Iranian president Mahmoud Ahmadinejad killed in Israeli airstrikes on Tehran: Report"),
    ("Us Iran Peace Talks: 20-year pause of Iran uranium enrichment & Tehran's counter: How US\u2013Iran talks collapsed"
     " at the last mile - The Times of India",
     "https://timesofindia.indiatimes.com/world/us/20-year-pause-of-iran-uranium-enrichment-tehrans-counter-how-usiran-"
     "talks-collapsed-at-the-last-mile/articleshow/130250960.cms",
     "Us Iran Peace Talks: 20-year pause of Iran uranium enrichment & Tehran's counter: How US\u2013Iran talks collapsed"
     " at the last mile"),
    # The outlet's channel before it goes too.
    ("What is \u2018OnlyFarms\u2019? Trump unveils bizarrely named website to mark National Agriculture Day | World News"
     " - The Times of India",
     "https://timesofindia.indiatimes.com/world/us/what-is-onlyfarms-trump-unveils-bizarrely-named-website-to-mark-"
     "national-agriculture-day/articleshow/129872016.cms",
     "What is \u2018OnlyFarms\u2019? Trump unveils bizarrely named website to mark National Agriculture Day"),
])
def test_the_outlet_named_by_a_host_label_after_an_article_is_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # The article before a label of the host and words of no outlet's name.
    ("Ekspedisi Densus ke pelosok Madura - The Jatim Story", "https://jatim.antaranews.com/berita/1/ekspedisi-densus"),
    # The article before words that hold no label of the host.
    ("Former Iranian president Mahmoud Ahmadinejad killed in Israeli airstrikes - The Tehran Report",
     "https://timesofindia.indiatimes.com/world/middle-east/articleshow/128920002.cms"),
])
def test_an_article_before_other_words_stays(title, url):
    assert title_of(title, url) == title
