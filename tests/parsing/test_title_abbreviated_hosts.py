"""Titles closed by an outlet's name whose host is its first letters and last word whole (`... | The Jerusalem Post`
on jpost.com, `... - The New York Times` on nytimes.com): real `<title>` strings as search results gave them with their
pages' addresses, read with no `<h1>` on the page; and near misses that are no such name of the host."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("Israel’s annual stats: 2025 population, economy, society | The Jerusalem Post",
     "https://www.jpost.com/israel-news/article-867765", "Israel’s annual stats: 2025 population, economy, society"),
    ("Ukraine peace talks paused, Kremlin says, Volodymyr Zelensky says time to resume | The Jerusalem Post",
     "https://www.jpost.com/international/internationalrussia-ukraine-war/article-890491",
     "Ukraine peace talks paused, Kremlin says, Volodymyr Zelensky says time to resume"),
    ("Tracking the Lawsuits Against the Trump Administration: Immigration, Tariffs and More - The New York Times",
     "https://www.nytimes.com/interactive/2026/us/trump-administration-lawsuits.html",
     "Tracking the Lawsuits Against the Trump Administration: Immigration, Tariffs and More"),
    ("Who Is Favored to Win the House? Latest 2026 Congressional Ballot Polls - The New York Times",
     "https://www.nytimes.com/interactive/polls/congressional-vote-2026.html",
     "Who Is Favored to Win the House? Latest 2026 Congressional Ballot Polls"),
])
def test_a_name_abbreviated_in_the_host_is_the_site(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # Another paper's name on the host (a headline quoting it), and a name of more words than such a host spells.
    ("Netanyahu attacks The New York Times | The Times of Israel Blog", "https://www.jpost.com/opinion/article-1"),
    ("Kerajaan Umum Bantuan - Harian Metro", "https://www.bharian.com.my/berita/nasional/2025/1/1/bantuan"),
    ("Jadual Siaran - Harian Metro Hari Ini", "https://www.hmetro.com.my/mutakhir/2025/1/1/jadual"),
])
def test_a_name_the_host_does_not_spell_stays(title, url):
    assert title_of(title, url) == title
