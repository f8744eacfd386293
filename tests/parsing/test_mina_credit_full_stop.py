"""MINA's 2020 pages sometimes put a full stop after the closing code and after the credit line under it
(`... tegasnya kembali. (L/R12/P2).` over `Mi’raj News Agency (MINA).`): the credit line with its full stop is still the
agency's credit, not text, for the `news` spider too, which knows no MINA profile. A sentence closing on an agency's
initials stays text."""

from __future__ import annotations

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://minanews.net/imaam-yakhsyallah-pesantren-tidak-mengajarkan-terorisme"

# Reduced from the real page (current theme): the headline, the header, the text's first and last paragraphs, a
# `Baca Juga:` insert, the code and the credit with their full stops and the insert after them.
PAGE = """<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8">
<title>Imaam Yakhsyallah: Pesantren Tidak Mengajarkan Terorisme - MINA News Agency</title></head>
<body class="single single-post"><main id="main" class="site-main"><article class="post type-post status-publish">
<div class="post-header"><h1 class="post-title">Imaam Yakhsyallah: Pesantren Tidak Mengajarkan Terorisme</h1>
<div class="post-meta"><span class="post-author"><a href="/author/x">Hadist</a></span> - <span class="post-date">Sabtu,
18 Juli 2020 - 16:40 WIB</span></div></div><div class="post-content entry-content">
<p>Lampung Selatan, MINA – Imaam Jama’ah Muslimin (Hizbullah) Yakhsyallah Mansur mengatakan, pesantren tidak pernah
mengajarkan terorisme kepada santri-santrinya.</p>
<p>Yakhsyallah Mansur menjelaskan hal itu saat mengisi Khuthbah Iftitah Ponpes Al-Fatah Al-Muhajirun, Negararatu, Natar,
Lampung Selatan, baru-baru ini.</p>
<p><strong>Baca Juga: <a href="https://minanews.net/x">Tim Gabungan Lanjutkan Pencarian Korban Longsor Jawa Tengah</a></strong></p>
<p>“Maka sekali lagi, kita sebagai santri, cinta Indonesia, cinta agama Islam, dan cinta kepada seluruh umat manusia
apapun agama mereka,” tegasnya kembali. (L/R12/P2).</p>
<p><strong>Mi’raj News Agency (MINA).</strong></p>
<p><strong>Baca Juga: <a href="https://minanews.net/x">BKSAP DPR Gelar Kegiatan Solidaritas Parlemen untuk Palestina</a></strong></p>
</div></article></main></body></html>"""


@pytest.mark.parametrize("profile", [SITES["mina"], GENERIC], ids=["mina", "news"])
def test_the_code_and_the_credit_with_their_full_stops_are_no_text(profile) -> None:
    item = parse_article(PAGE, URL, profile=profile)
    assert item["body"].startswith("Imaam Jama’ah Muslimin (Hizbullah) Yakhsyallah Mansur mengatakan")
    assert item["body"].endswith("apapun agama mereka,” tegasnya kembali.")
    assert "Mi’raj News Agency" not in item["body"]
    assert item["dateline"]["place"] == "Lampung Selatan"


@pytest.mark.parametrize("credit", ["Mi’raj News Agency (MINA).", "(Reuters).", "Kantor Berita Antara (ANTARA)."])
def test_an_agency_credit_line_with_a_full_stop(credit: str) -> None:
    page = PAGE.replace("<strong>Mi’raj News Agency (MINA).</strong>", credit)
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith("tegasnya kembali.")


@pytest.mark.parametrize("sentence", [
    "Hal itu disampaikan kepada kantor berita Mi’raj News Agency (MINA).",
    "Berita ini dikutip dari Kantor Berita Nasional (ANTARA).",
    "Mereka tiba di Jakarta (Indonesia).",
])
def test_a_sentence_closing_on_initials_stays_text(sentence: str) -> None:
    page = PAGE.replace("<strong>Mi’raj News Agency (MINA).</strong>", sentence)
    assert parse_article(page, URL, profile=GENERIC)["body"].endswith(sentence)
