"""A column's headline closing on its writer's byline in brackets names the writer (MINA's columns: `<Headline> (Oleh:
<Name>)`), read by the `mina` spider and by the `news` spider alike; a bracket without the byline's colon says who did
what, not who wrote it."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.credits import headline_byline
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://minanews.net/usaha-mewujudkan-umat-terbaik-oleh-imaam-yakhsyallah-mansur/"

# Reduced from the real page: the headline and the header above the column's first lines, no byline in the text.
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<title>Usaha Mewujudkan Umat Terbaik (Oleh: Imaam Yakhsyallah Mansur) - MINA News Agency</title>
<meta property="og:title" content="Usaha Mewujudkan Umat Terbaik (Oleh: Imaam Yakhsyallah Mansur)" /></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">Usaha Mewujudkan Umat Terbaik (Oleh: Imaam Yakhsyallah Mansur)</h1>
<div class="post-meta"><span class="post-author"><a href="/author/farkhan">Ali Farkhan Tsani</a></span> -
<span class="post-date">Jumat, 10 Maret 2023 - 13:00 WIB</span></div></div>
<div class="post-content entry-content">
<p>بسم الله الرحمن الرحيم</p>
<p>Firman Allah ﷻ:</p>
<p>“Kamu (umat Islam) adalah umat terbaik yang dilahirkan untuk manusia, (karena kamu) menyuruh (berbuat) yang makruf,
dan mencegah dari yang mungkar, dan beriman kepada Allah.” (Q.S. Ali Imran [3]: 110)</p>
<p>Secara umum umat Islam didefinisikan sebagai umat yang menyembah dan beriman kepada Allah ﷻ dan mengikuti Nabi
Muhammad ﷺ dan para sahabatnya.</p>
</div></article></main></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_headline_byline_names_the_writer_over_the_account_that_posted_it(profile) -> None:
    item = parse_article(PAGE, URL, profile=profile)
    assert item["author"] == "Imaam Yakhsyallah Mansur"
    assert item["title"] == "Usaha Mewujudkan Umat Terbaik (Oleh: Imaam Yakhsyallah Mansur)"
    assert item["body"].startswith("بسم الله الرحمن الرحيم")


@pytest.mark.parametrize(("title", "expected"), [
    ("Usaha Mewujudkan Umat Terbaik (Oleh: Imaam Yakhsyallah Mansur)", "Imaam Yakhsyallah Mansur"),
    ("Menjaga Lisan di Era Digital (Oleh : Ali Farkhan Tsani, Redaktur Senior MINA)", "Ali Farkhan Tsani"),
    ("Jihad Media (By: Rudi Hendrik)", "Rudi Hendrik"),
    # Near misses: no colon (who did what), a desk, a byline alone with no headline, a bracket inside the headline.
    ("Harga Naik (Oleh Pemerintah Pusat)", None),
    ("Oleh-oleh Khas Garut (Oleh-oleh)", None),
    ("Gaza Diserang Lagi (Oleh: Redaksi)", None),
    ("(Oleh: Ali Farkhan Tsani)", None),
    ("Khutbah (Oleh: Ali Farkhan Tsani) di Masjid Al-Fatah", None),
])
def test_headline_byline(title: str, expected: str | None) -> None:
    assert headline_byline(title) == expected
