"""Titles closed by the outlet's name on a `<name>net` host (`... - Xinhua` on xinhuanet.com): a real `<title>` as a
news app's NewsAPI fixture keeps it with its URL, read with no `<h1>` on the page. The host's brand is the name and
the word `net` that hosts add, as `<name>news` hosts add `news` (`Tribun` on tribunnews.com); as the title's last part
the name names the site. The headline's own colon and the source it credits before the name stay; a short stem, another
stem and the name on another outlet's host are read as the headline's."""

from __future__ import annotations

import pytest

from title_readings import title_of  # beside this file

XINHUA = "http://www.xinhuanet.com/english/northamerica/20220122/57b58cb31e9c40b585f3728f699ef673/c.html"


def test_the_name_of_a_net_host_is_the_site():
    assert title_of("U.S. vaccination lags among children amid COVID-19 surge: The Guardian - Xinhua", XINHUA) == (
        "U.S. vaccination lags among children amid COVID-19 surge: The Guardian")


@pytest.mark.parametrize(("title", "url"), [
    # A stem too short to be told from a place's name a headline ends in.
    ("Jamaah Haji Bergerak dari Arafah - Mina", "https://www.minanet.com/read/1/jamaah-haji"),
    # Another stem than the host's.
    ("U.S. vaccination lags among children amid COVID-19 surge - Reuters", XINHUA),
    # The agency's name on another outlet's host: the source the headline credits.
    ("U.S. vaccination lags among children amid COVID-19 surge - Xinhua", "https://www.antaranews.com/berita/1/vaksin"),
])
def test_other_parts_stay(title, url):
    assert title_of(title, url) == title
