"""Titles closed by the site's name, a colon and its tagline in one part (`... - Al-Monitor: Independent, trusted
coverage of the Middle East`), longer than a part naming the site alone may be: real `<title>` strings as a browser's
tab list and a search tool gave them with their pages' addresses, read with no `<h1>` on the page; and near misses
whose last part holds a colon but names no site of the page's host."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file


@pytest.mark.parametrize(("title", "url", "expected"), [
    # The name and a tagline of more than the sixty characters a site's part has.
    ("Exclusive-Prior to Iran attacks, CIA assessed Khamenei would be replaced by IRCG elements if killed, sources say"
     " - AL-Monitor: The Middle East\u02bcs leading independent news source since 2012",
     "https://www.al-monitor.com/originals/2026/02/exclusive-prior-iran-attacks-cia-assessed-khamenei-would-be-"
     "replaced-ircg",
     "Exclusive-Prior to Iran attacks, CIA assessed Khamenei would be replaced by IRCG elements if killed, sources say"),
    # The shorter tagline of 2023, within a site's part.
    ("US presses UAE over dual-use goods fueling Russia's war - Al-Monitor: Independent, trusted coverage of the Middle"
     " East", "https://www.al-monitor.com/originals/2023/09/us-presses-uae-over-dual-use-goods-fueling-russias-war",
     "US presses UAE over dual-use goods fueling Russia's war"),
    ("Netanyahu calls Zelenskyy as Ukraine-Israel relations take new dive - Al-Monitor: Independent, trusted coverage"
     " of the Middle East",
     "https://www.al-monitor.com/originals/2023/09/netanyahu-calls-zelenskyy-ukraine-israel-relations-take-new-dive",
     "Netanyahu calls Zelenskyy as Ukraine-Israel relations take new dive"),
])
def test_the_site_name_and_its_tagline_after_a_colon_are_cut(title, url, expected):
    assert title_of(title, url) == expected


@pytest.mark.parametrize(("title", "url"), [
    # The same title copied to an archive's host: the name before the colon is no site of that host.
    ("Exclusive-Prior to Iran attacks, CIA assessed Khamenei would be replaced by IRCG elements if killed, sources say"
     " - AL-Monitor: The Middle East\u02bcs leading independent news source since 2012", "https://archive.ph/2MRlh"),
    # A headline whose last part is a speaker and his words.
    ("Gempa Cianjur - Kepala BNPB: Korban Meninggal Bertambah Menjadi 268 Orang",
     "https://nasional.kompas.com/read/2022/11/22/gempa-cianjur"),
])
def test_a_last_part_with_a_colon_naming_no_site_stays(title, url):
    assert title_of(title, url) == title
