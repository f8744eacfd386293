"""MINA's closing credit line is not always spelled in full: a 2023 English page cut it before its closing bracket
(`Mi’raj News Agency (MINA`, an `Also Read:` insert under it), a 2017 Indonesian page wrote it without the apostrophe
(`Miraj News Agency (MINA)`, a `Baca Juga:` insert under it). Either line is still the agency's credit, not text, for the
`mina` spider and for the `news` spider, which knows no MINA profile; a sentence naming the agency stays text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

EN_URL = "https://en.minanews.net/dozens-of-israeli-settlers-storm-al-aqsa-mosque-3/"
ID_URL = "https://minanews.net/bahas-yerusalem-menlu-retno-bertolak-ke-amman-pagi-ini"

# Reduced from the real pages (current theme): the headline, the header, the photo credit, the text's first and last
# paragraphs, the code, the credit line as written and the insert under it.
EN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="UTF-8">
<title>Dozens of Israeli Settlers Storm Al-Aqsa Mosque - MINA News Agency</title></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">Dozens of Israeli Settlers Storm Al-Aqsa Mosque</h1>
<div class="post-meta"><span class="post-author"><a href="/author/x">Rana Setiawan</a></span> - <span class="post-date">
Wednesday, 14 June 2023 - 15:40 WIB</span></div></div><div class="post-content entry-content">
<div class="wp-caption aligncenter"><img src="/wp-content/uploads/x.jpg" alt="" />
<p class="wp-caption-text">Photo: M Shaaban/MINA</p></div>
<p>Jerusalem, MINA – Dozens of settlers stormed, on Wednesday morning, the courtyards of the blessed Al-Aqsa Mosque.</p>
<p>The Al-Aqsa Mosque is subjected to daily incursions by settlers in the morning and evening periods, in an attempt to
impose a temporal and spatial division on it. (LKG/RE1)</p>
<p><strong>Mi’raj News Agency (MINA</strong></p>
<p><strong>Also Read:  <a href="https://en.minanews.net/x">Israeli Police Again Raid the Aqsa Mosque Prayer Area</a></strong></p>
</div></article></main></body></html>"""

ID_PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<title>Bahas Yerusalem, Menlu Retno Bertolak ke Amman Pagi Ini - MINA News Agency</title></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">Bahas Yerusalem, Menlu Retno Bertolak ke Amman Pagi Ini</h1>
<div class="post-meta"><span class="post-date">Ahad, 10 Desember 2017 - 09:12 WIB</span></div></div>
<div class="post-content entry-content">
<p>Jakarta, MINA – Dalam rangka membahas status Yerusalem (Al-Quds) yang diklaim sepihak oleh Amerika Serikat (AS)
sebagai ibu kota Israel, Menteri Luar Negeri RI Retno Marsudi bertolak ke Amman, Yordania.</p>
<p>Seusai dari Amman, Retno akan bertolak ke Istanbul untuk menemani Presiden Joko Widodo pada pertemuan KTT Luar Biasa
OKI, 13 Desember 2017. (L/RE1/RI-1)</p>
<p><strong>Miraj News Agency (MINA)</strong></p>
<p><strong>Baca Juga: <a href="https://minanews.net/x">Empat Jurnalis di Gaza Syahid Saat Serangan Udara Israel Target
Rumah Sakit</a></strong></p>
</div></article></main></body></html>"""

PROFILES = pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])


@PROFILES
def test_a_credit_cut_before_its_bracket_is_no_text(profile) -> None:
    item = parse_article(EN_PAGE, EN_URL, profile=profile)
    assert item["body"].startswith("Dozens of settlers stormed, on Wednesday morning")
    assert item["body"].endswith("impose a temporal and spatial division on it.")
    assert "Mi’raj News Agency" not in item["body"] and "Also Read" not in item["body"]
    assert item["dateline"]["place"] == "Jerusalem"


@PROFILES
def test_a_credit_without_its_apostrophe_is_no_text(profile) -> None:
    item = parse_article(ID_PAGE, ID_URL, profile=profile)
    assert item["body"].endswith("pada pertemuan KTT Luar Biasa OKI, 13 Desember 2017.")
    assert "Miraj News Agency" not in item["body"] and "Baca Juga" not in item["body"]
    assert item["signature"]["codes"] == ["L", "RE1", "RI-1"]


@pytest.mark.parametrize("sentence", [
    "Hal itu disampaikan Retno kepada Miraj News Agency (MINA) di Bandara Soetta.",
    "Retno berbicara kepada kantor berita Miraj News Agency (MINA).",
])
def test_a_sentence_naming_the_agency_stays_text(sentence: str) -> None:
    page = ID_PAGE.replace("<strong>Miraj News Agency (MINA)</strong>", sentence)
    assert parse_article(page, ID_URL, profile=GENERIC)["body"].endswith(sentence)
