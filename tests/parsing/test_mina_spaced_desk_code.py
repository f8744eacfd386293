"""MINA's English pages of 2016 sometimes spaced the slashes of the closing code, its staff codes numbered (`...
religious organizations. (L / M09 / R05/R03)`): the desk's code, not text, for the `news` spider too, which knows no
MINA profile. Brackets closing a sentence with figures that are no staff codes stay text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://en.minanews.net/indonesia-govt-decides-1-th-syawal-on-wednesday-july-6th"

# Reduced from the real page (current theme): the header, the photo's caption, the text's first and last paragraphs,
# an `Also Read:` insert, the spaced code, the credit and the insert after it.
PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Indonesia Govt Decides 1 th Syawal  on Wednesday, July 6th - MINA News Agency</title></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">Indonesia Govt Decides 1 th Syawal  on Wednesday, July 6th</h1>
<div class="post-meta"><span class="post-author"><a href="/author/x">Widi</a></span> - <span class="post-date">Monday,
4 July 2016 - 21:07 WIB</span></div><div class="post-meta-bottom"><span class="post-views">71 Views</span></div></div>
<figure class="post-thumbnail"><img class="wp-post-image" src="/wp-content/uploads/t.jpg" alt="" /><figcaption>The
Minister of Religious Affairs Lukman Hakim Saifuddin, in the press conference.</figcaption></figure>
<div class="post-content entry-content">
<p>Jakarta, 29 Ramadan 1437/4 July 2016 (MINA) – Indonesia Government through the Ministry of Religious Affairs has
decided the first Shawwal 1437 falls on Wednesday, July 6, 2016.</p>
<p><strong>Also Read: <a href="https://en.minanews.net/x">Indonesia Sends 120 Tons of Humanitarian Aid to
Myanmar</a></strong></p>
<p>The Ramadan this year is completed to 30 days. The Meeting was attended by Chairman of the Indonesian Ulema Council
(MUI), Ma’ruf Amin, the Chairman of Commission VIII the House of Representatives and some leaders of religious
organizations. (L / M09 / R05/R03)</p>
<p>&nbsp;</p>
<p><strong>Mi’raj Islamic News Agency (MINA)</strong></p>
<p><strong>Also Read: <a href="https://en.minanews.net/x">Ruben Onsu Officially Announces His Reversion to
Islam</a></strong></p>
</div></article></main></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_spaced_numbered_code_is_no_text(profile) -> None:
    item = parse_article(PAGE, URL, profile=profile)
    assert item["body"].startswith("Indonesia Government through the Ministry of Religious Affairs")
    assert item["body"].endswith("some leaders of religious organizations.")
    assert item["author"] == "Widi"


@pytest.mark.parametrize("code", ["(L / M09 / R05/R03)", "(T / RE1)", "(L/ P008 /R03)", "(R / R04 / RS5)"])
def test_a_spaced_code_closing_the_text(code: str) -> None:
    page = PAGE.replace("(L / M09 / R05/R03)", code)
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith("some leaders of religious organizations.")


@pytest.mark.parametrize("closing", [
    "The vote closed at (10 / 12)",  # figures alone: no staff codes
    "The score was final (Persib 2 / Persija 1)",  # a result's names and figures
])
def test_brackets_that_hold_no_code_stay_text(closing: str) -> None:
    page = PAGE.replace("some leaders of religious\norganizations. (L / M09 / R05/R03)", closing)
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith(closing)
