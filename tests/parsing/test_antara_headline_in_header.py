"""The headline inside the site's header container is the story's, no byline: ANTARA's 2018-22 template holds
`h1.post-title` and the date line in one `header.post-header`, and its daily round-ups are titled with "yesterday"
(`Politik kemarin, santunan korban Sigi hingga Mahfud tes usap`), which read as a relative time dated the page a day
before its fetch. Real lines (mandalika.antaranews.com, 2020) in a reduced page of the template; made-up near misses."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from crawler.parsing import parse_article
from crawler.parsing.profile import GENERIC
from crawler.sites import SITES

URL = "https://mandalika.antaranews.com/berita/1869368/politik-kemarin-santunan-korban-sigi-hingga-mahfud-tes-usap"
TITLE = "Politik kemarin, santunan korban Sigi hingga Mahfud tes usap"
FETCHED = datetime(2026, 12, 2, 9, 0, tzinfo=timezone.utc)
ITEMS = ("<p>Jakarta (ANTARA) - Berikut sejumlah berita politik kemarin yang masih menarik untuk dibaca hari ini:</p>"
         "<p><b>Presiden: Pemerintah berikan santunan bagi keluarga korban di Sigi</b></p>"
         "<p>Presiden RI Joko Widodo menyatakan pemerintah akan memberikan santunan kepada keluarga korban kekerasan di "
         "Kabupaten Sigi, Sulawesi Tengah.</p>"
         "<p><a href='https://mandalika.antaranews.com/berita/1869000/x'>Selengkapnya di sini</a></p>")


def _page(title: str, header_time: str) -> str:
    return (f"<html><head><title>{title} - ANTARA News</title></head><body><nav class='navbar'><a href='/'>ANTARA</a>"
            "</nav><ol class='breadcrumb'><li><a href='/'>Beranda</a></li><li><a href='/politik'>Politik</a></li></ol>"
            f"<article class='post-wrapper'><header class='post-header'><h1 class='post-title'>{title}</h1>"
            f"<p class='simple-here'><span class='article-date'>{header_time}</span></p></header>"
            f"<div class='post-content clearfix font17'>{ITEMS}<p class='text-muted small mt10'>"
            "COPYRIGHT © ANTARA 2020</p></div></article></body></html>")


@pytest.mark.parametrize("profile", [SITES["antara"], GENERIC])
def test_a_round_ups_yesterday_in_its_headline_leaves_the_header_date(profile):
    # The old reading of the antara spider: the headline's `kemarin`, a day before the fetch (2026-12-01).
    item = parse_article(_page(TITLE, "Selasa, 1 Desember 2020 06:10 WIB"), URL, profile=profile, fetched_at=FETCHED)
    assert item["published_at"] == "2020-12-01T06:10:00+07:00"
    assert item["title"] == TITLE


def test_a_relative_time_under_the_headline_still_dates_the_page():
    # The known header's own relative time (a made-up `2 jam lalu`) is still read, counted back from the fetch.
    item = parse_article(_page(TITLE, "2 jam lalu"), URL, profile=SITES["antara"], fetched_at=FETCHED)
    assert item["published_at"] == "2026-12-02T14:00:00+07:00"
