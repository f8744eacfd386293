"""`published_at` from the article's permalink (`/2019/07/09/<slug>`, WordPress's and many outlets' paths) when the
page shows no time of its own: its day, at midnight; never before a time the page shows, and only a real day not
after the fetch (a news site's AMP page whose only visible times are a "recent posts" list's `26 menit yang lalu`)."""

from __future__ import annotations

from datetime import datetime

import pytest

from people_pages import page

from crawler.parsing import WIB, parse_article

FETCHED = datetime(2026, 3, 1, 12, 0, tzinfo=WIB)
RECENT = ("<div><h3>Recent Posts</h3><p><a href='/x'>Tercatat 24 Ribu Jemaah Umrah Indonesia Berhasil Pulang ke Tanah "
          "Air</a></p><p>26 menit yang lalu</p></div>")


def _published(url: str, header: str = "", last: str = "") -> str | None:
    return parse_article(page(header=header, last=last), url, fetched_at=FETCHED)["published_at"]


def test_the_permalinks_day_is_the_articles_when_the_page_shows_none() -> None:
    url = "https://monitor.co.id/2019/07/09/siapkan-munas-golkar-segera-gelar-rapat-pleno-dpp/amp"
    assert _published(url, last=RECENT) == "2019-07-09T00:00:00+07:00"


def test_a_time_the_page_shows_comes_before_the_permalinks_day() -> None:
    url = "https://rmol.id/amp/2021/04/26/485217/hasil-leg-kedua-final-piala-menpora-2021"
    header = "<div>SENIN, 26 APRIL 2021 | 03:15 WIB | LAPORAN: AHMAD SATRYO</div>"
    assert _published(url, header=header) == "2021-04-26T03:15:00+07:00"


def test_a_day_first_path_is_read_day_first() -> None:
    # Jawa Pos's regional sites write the day first (`/nasional/07/08/2020/`), as Indonesians write a date.
    url = "https://lombokpost.jawapos.com/nasional/07/08/2020/karyawan-swasta-gaji"
    assert _published(url) == "2020-08-07T00:00:00+07:00"


@pytest.mark.parametrize("url", [
    "https://example.co.id/2019/02/30/no-such-day",  # no such day
    "https://example.co.id/2027/01/05/after-the-fetch",
    "https://example.co.id/wp-content/2019/07/09",  # no segment after the day: not a path to an article under it
    "https://kabar24.bisnis.com/read/20200103/15/1186739/5-terpopuler-nasional",  # one number, not three segments
])
def test_a_path_without_a_permalinks_real_day_gives_none(url: str) -> None:
    assert _published(url) is None
