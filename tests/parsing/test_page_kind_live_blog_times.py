"""A live blog (declared `LiveBlogPosting`) shows a time on each update: its `<time>`s are no listing's, while a
listing's teasers with their times, or a live blog's page of headline links, stay listings."""

from __future__ import annotations

from crawler.parsing.page_kind import read_page

URL = "https://www.antaranews.com/live/527700/erupsi-gunung-barujari"
# Items of ANTARA's feed of 5 November 2015 (Gunung Barujari's eruption), as published.
UPDATES = [
    ("14:56", "29 penerbangan Bandara Internasional Lombok dibatalkan",
     "Sebanyak 29 penerbangan baik domestik dan internasional dari dan menuju Bandara Internasional Lombok harus "
     "dibatalkan menyusul ditutupnya operasional bandara akibat abu vulkanik erupsi Gunung Baru Jari."),
    ("14:46", "Warga Mataram diimbau kurangi aktivitas di luar rumah",
     "Dinas Kesehatan Kota Mataram, Nusa Tenggara Barat, mengimbau masyarakat untuk mengurangi aktivitas di luar "
     "rumah guna menghindari risiko dari abu vulkanik akibat letusan Gunung Barujari atau anak Gunung Rinjani."),
    ("14:18", "Bandara Ngurah Rai dibuka kembali",
     "Bandar Udara Internasional Ngurah Rai, Bali, akhirnya dibuka kembali mulai pukul 14.30 Wita setelah sempat "
     "ditutup sementara sejak Selasa (3/11) pascaerupsi Gunung Barujari di Lombok, Nusa Tenggara Barat."),
    ("14:20", "Gempa susulan masih mengguncang Alor",
     "Badan Meteorologi, Klimatologi dan Geofisika (BMKG) Stasiun Klimatologi Klas 1A Kupang mencatat dua kali lagi "
     "gempa susulan menguncang Kabupaten Alor, Nusa Tenggara Timur pada Kamis (5/11)."),
]
LIVE = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "LiveBlogPosting", '
        '"headline": "LIVE: Erupsi Gunung Barujari", "datePublished": "2015-11-05T08:00:00+07:00"}</script>')
NEWS = LIVE.replace("LiveBlogPosting", "NewsArticle")


def page(head: str, updates: str) -> str:
    return (f'<html><head><title>LIVE: Erupsi Gunung Barujari</title><meta property="og:type" content="article">'
            f'{head}</head><body><h1>LIVE: Erupsi Gunung Barujari</h1><div class="post-content">{updates}</div>'
            f"</body></html>")


def timed(linked: bool = False) -> str:
    return "".join(f'<div class="live-update"><time datetime="2015-11-05T{time}:00+07:00">{time} WIB</time><h3>'
                   + (f'<a href="/berita/{n}/x">{title}</a>' if linked else title) + f"</h3><p>{text}</p></div>"
                   for n, (time, title, text) in enumerate(UPDATES))


def test_a_live_blog_with_a_time_on_each_update_is_an_article():
    kind = read_page(page(LIVE, timed()), URL)[1]
    assert kind.is_article and kind.reason == "article"


def test_the_same_times_on_a_page_declaring_no_live_blog_still_make_a_listing():
    # A section's teasers each with their time (`NewsArticle` printed on every page of the theme).
    assert read_page(page(NEWS, timed()), URL)[1].kind == "listing"
    assert read_page(page("", timed()), URL)[1].kind == "listing"


def test_a_live_blog_of_headline_links_is_still_a_listing():
    # Its updates are teasers of other pages (a headline link and an excerpt each): what it is, a live blog says not.
    links = timed(linked=True) * 2
    assert read_page(page(LIVE, links), URL)[1].kind == "listing"
