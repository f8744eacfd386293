"""Titles closed by an English paper's section and its name (`... - Opinion - Chinadaily.com.cn`, `... - Politics - ABC
News (Australian Broadcasting Corporation)`) whose URL names no section: real `<title>` strings, read with no `<h1>`
on the page; and near misses whose section's word is the headline's own."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

@pytest.mark.parametrize(("title", "url", "expected"), [
    ("All involved accountable for AI-related IP violations - Opinion - Chinadaily.com.cn",
     "https://www.chinadaily.com.cn/a/202605/17/WS6a09b808a310d6866eb490be.html",
     "All involved accountable for AI-related IP violations"),
    ("Coronavirus lockdowns could end in months if Australians are willing to have their movements monitored"
     " - Politics - ABC News (Australian Broadcasting Corporation)",
     "https://www.abc.net.au/news/2020-04-14/coronavirus-app-government-wants-australians-to-download/12148210",
     "Coronavirus lockdowns could end in months if Australians are willing to have their movements monitored"),
    # A sentence's plain last word that is a section's name pairs with nothing.
    ("What the trade deal means for the economy - Opinion - Chinadaily.com.cn",
     "https://www.chinadaily.com.cn/a/202605/17/WS6a09b808a310d6866eb490be.html",
     "What the trade deal means for the economy"),
])
def test_an_english_section_before_the_site_name_is_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url", "expected"), [
    # A section's word written as a name ending the headline pairs two subjects of its own.
    ("Year in Review: Business - Politics - Chinadaily.com.cn",
     "https://www.chinadaily.com.cn/a/202612/30/WS6a09b808a310d6866eb490bf.html", "Year in Review: Business - Politics"),
    ("Kaleidoskop 2024: Hukum - Politik - Kompas.com", "https://www.kompas.com/read/2024/12/30/a",
     "Kaleidoskop 2024: Hukum - Politik"),
    # No site's name after it: the headline's own last part.
    ("Why the rupiah keeps falling - Opinion", "https://www.example.org/a/202605/17/rupiah.html",
     "Why the rupiah keeps falling - Opinion"),
])
def test_a_section_word_of_the_headline_stays(title, url, expected):
    assert title_of(title, url) == expected
