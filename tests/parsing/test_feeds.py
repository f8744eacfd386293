import time
from datetime import datetime, timezone

import pytest

from crawler.parsing.feeds import parse_feed, parse_sitemap, robots_sitemaps

RSS = b"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>MINA</title>
<item><title>Satu</title><link>https://en.minanews.net/one/?utm_source=rss&amp;utm_medium=rss&amp;utm_campaign=one</link>
<pubDate>Mon, 22 Apr 2019 03:10:00 +0000</pubDate><dc:creator><![CDATA[Sajadi]]></dc:creator></item>
<item><title>Dua</title><link>https://en.minanews.net/two/</link></item>
</channel></rss>"""

ATOM = b"""<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title>
<link rel="alternate" href="https://minanews.net/a"/><published>2024-01-02T03:04:05+07:00</published></entry></feed>"""

INDEX = b"""<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<sitemap><loc>https://minanews.net/post-sitemap.xml</loc><lastmod>2025-01-01T00:00:00+00:00</lastmod></sitemap>
</sitemapindex>"""

NEWS = b"""<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
 xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://minanews.net/x</loc>
<news:news><news:publication><news:name>MINA</news:name><news:language>id</news:language></news:publication>
<news:publication_date>2025-12-24T07:26:00+07:00</news:publication_date><news:title>X</news:title></news:news>
</url><url><loc>https://minanews.net/y</loc><lastmod>2025-12-20T00:00:00Z</lastmod></url></urlset>"""


def test_rss_items_keep_their_links_and_dates():
    entries = parse_feed(RSS)
    assert [e.url for e in entries] == [
        "https://en.minanews.net/one/?utm_source=rss&utm_medium=rss&utm_campaign=one",
        "https://en.minanews.net/two/"]
    assert entries[0].time == datetime(2019, 4, 22, 3, 10, tzinfo=timezone.utc)
    assert entries[1].time is None


def test_atom_entries():
    (entry,) = parse_feed(ATOM)
    assert entry.url == "https://minanews.net/a"
    assert entry.time.isoformat() == "2024-01-02T03:04:05+07:00"


def test_sitemap_index_and_news_publication_dates():
    kind, entries = parse_sitemap(INDEX)
    assert kind == "sitemapindex" and entries[0].url.endswith("post-sitemap.xml")
    kind, entries = parse_sitemap(NEWS)
    assert kind == "urlset"
    assert entries[0].time.isoformat() == "2025-12-24T07:26:00+07:00" and entries[0].title == "X"
    assert entries[1].time == datetime(2025, 12, 20, tzinfo=timezone.utc)


def test_entities_are_never_expanded():
    bomb = (b'<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
            b'<!ENTITY c SYSTEM "file:///etc/passwd">]><urlset><url><loc>&b;&c;</loc></url></urlset>')
    kind, entries = parse_sitemap(bomb)
    assert all("aaaa" not in e.url and "root:" not in e.url for e in entries)


def test_garbage_gives_nothing():
    for body in (b"", b"   ", b"<html><body>not xml", b"\x00\xff\xfe", b"<urlset><url><loc>"):
        assert parse_feed(body) == [] or all(e.url for e in parse_feed(body))
        kind, entries = parse_sitemap(body)
        assert kind in (None, "urlset")


def test_robots_sitemap_lines():
    text = "User-agent: *\nDisallow: /wp-admin/\nSitemap: https://minanews.net/sitemap_index.xml\nsitemap:http://x/y.xml\n"
    assert robots_sitemaps(text) == ["https://minanews.net/sitemap_index.xml", "http://x/y.xml"]


@pytest.mark.parametrize(("written", "moment"), [
    ("Mon, 01 Jan 2024 07:00:00 WIB", "2024-01-01T07:00:00+07:00"),  # BMKG's feeds
    ("Sel, 12 Mei 2025 14:30:00 +0700", "2025-05-12T14:30:00+07:00"),  # Indonesian day and month names
    ("Selasa, 12 Mei 2025 14:30:00 +0700", "2025-05-12T14:30:00+07:00"),
    ("Kam, 14 Agu 2025 08:05:00 WIB", "2025-08-14T08:05:00+07:00"),
    ("Jum'at, 03 Okt 2025 19.00 WIB", "2025-10-03T19:00:00+07:00"),
    ("Jum, 03 Okt 2025 19:00:00", "2025-10-03T19:00:00+07:00"),  # no zone: WIB
    ("Tue, 12 May 2025 14:30:00", "2025-05-12T14:30:00+07:00"),
    ("Mon, 07 Sep 2026 19:41:53 GMT+7", "2026-09-07T19:41:53+07:00"),
    ("Tue, 12 May 2025 14:30:00 +07:00", "2025-05-12T14:30:00+07:00"),
    ("Tue, 12 May 2025 14:30:00 WITA", "2025-05-12T14:30:00+08:00"),
    ("Tue, 17 Mar 2026 12:46:18 +0700", "2026-03-17T12:46:18+07:00"),  # Tempo
    ("Tue, 17 Mar 2026 05:54:56 GMT", "2026-03-17T05:54:56+00:00"),
    ("Tue, 12 May 25 14:30:00 EST", "2025-05-12T14:30:00-05:00"),  # two-digit year: the standard library's reading
    ("2020-06-01 09:15:00", "2020-06-01T09:15:00+07:00"),  # a CMS printing its database time
    ("16-02-2016  12:01:01", "2016-02-16T12:01:01+07:00"),  # PHP `d-m-Y`
    # a page's printed date written into the feed
    ("Rabu, 14 Agustus 2024 - 10:30 WIB", "2024-08-14T10:30:00+07:00"),
    ("Selasa, 29 Juli 2025 | 18:27", "2025-07-29T18:27:00+07:00"),
    ("Senin, 28 Jul 2025 23:49 WIB", "2025-07-28T23:49:00+07:00"),
    ("12 Mei 2025 pukul 14.30 WITA", "2025-05-12T14:30:00+08:00"),
    ("2024-08-20 12:00:00 WIB", "2024-08-20T12:00:00+07:00"),
    ("2024-08-20T12:00:00 WIT", "2024-08-20T12:00:00+09:00"),
    # slashes: read where only one reading is a date
    ("17/05/2021 10:22", "2021-05-17T10:22:00+07:00"),
    ("07/28/2025 08:00", "2025-07-28T08:00:00+07:00"),
    # the day alone (a provincial office's feed: `<pubDate>05 Agustus 2019</pubDate>`): its start, as a bare ISO day
    ("05 Agustus 2019", "2019-08-05T00:00:00+07:00"),
    ("Senin, 05 Agustus 2019", "2019-08-05T00:00:00+07:00"),
    ("Mon, 05 Aug 2019", "2019-08-05T00:00:00+07:00"),
    ("12 Mei 2025", "2025-05-12T00:00:00+07:00"),
    # a time object written as its program prints it: year first with slashes (a blog feed's
    # `<pubDate>2020/04/09 18:28:27</pubDate>`), Go's `time.Time`, JavaScript's `Date`; the offset decides
    ("2020/04/09 18:28:27", "2020-04-09T18:28:27+07:00"),
    ("2020/04/09", "2020-04-09T00:00:00+07:00"),
    ("2019-10-13 10:21:12.858538824 +0700 WIB", "2019-10-13T10:21:12+07:00"),
    ("2021-06-15 00:11:14.477166127 +0700 WIB m=+13.574710341", "2021-06-15T00:11:14+07:00"),
    ("2012-01-12 22:00:00 -0500 EST", "2012-01-12T22:00:00-05:00"),
    ("Thu May 28 2020 05:50:51 GMT+0700 (Western Indonesia Time)", "2020-05-28T05:50:51+07:00"),
    ("Fri May 07 2021 08:27:35 GMT+0700 (Waktu Indonesia Barat)", "2021-05-07T08:27:35+07:00"),
    ("Thu Feb 22 2024 15:37:33 GMT+0800", "2024-02-22T15:37:33+08:00"),
])
def test_feed_times_as_sites_write_them(written, moment):
    (entry,) = parse_feed(f"<rss><channel><item><link>https://contoh.co.id/a</link><pubDate>{written}</pubDate>"
                          f"</item></channel></rss>".encode())
    assert entry.time.isoformat() == moment


@pytest.mark.parametrize("written", [
    "07/06/2025 10:00",  # slashes: day-first or month-first cannot be told
    "Tue, 12 May 2025 14:30:00 XYZ", "Sel, 31 Feb 2025 10:00 WIB", "x" * 100, "kemarin",
    "05 Lebaran 2019", "32 Agustus 2019",  # no month, no day
    "2020/13/09 18:28", "2020/04/09 18:28:27 XYZ", "Thu Foo 28 2020 05:50:51 GMT+0700",  # no month, no zone
])
def test_feed_times_not_understood_are_none(written):
    (entry,) = parse_feed(f"<rss><channel><item><link>https://contoh.co.id/a</link><pubDate>{written}</pubDate>"
                          f"</item></channel></rss>".encode())
    assert entry.time is None


@pytest.mark.parametrize(("written", "moment"), [
    ("2017-03-13T07:15:00+07:00", "2017-03-13T07:15:00+07:00"),
    ("17-05-2021 10:22:33", "2021-05-17T10:22:33+07:00"),  # a sitemap template's `date('d-m-Y H:i:s')`
    ("2019-01-09", "2019-01-09T00:00:00+07:00"),
    ("2018-11-26T00:00:00.000Z", "2018-11-26T00:00:00+00:00"),
    ("2025-05-12T14:30:00+0700", "2025-05-12T14:30:00+07:00"),
    (" 2024-03-01T10:00:00+07:00 ", "2024-03-01T10:00:00+07:00"),
    ("Mon, 16 Mar 2020 14:29:53 +0700", "2020-03-16T14:29:53+07:00"),
])
def test_sitemap_times_as_sites_write_them(written, moment):
    _, (entry,) = parse_sitemap(f"<urlset><url><loc>https://contoh.co.id/a</loc><lastmod>{written}</lastmod>"
                                f"</url></urlset>".encode())
    assert entry.time.isoformat() == moment


def test_loose_ampersands_and_html_entities_keep_the_link_whole():
    body = (b"<rss><channel><item><title>Banjir&nbsp;Bekasi &mdash; Warga &amp; Relawan</title>"
            b"<link>https://contoh.co.id/read.php?id=1&page=2</link></item>"
            b"<item><title><![CDATA[Tetap &nbsp; apa adanya]]></title>"
            b"<link><![CDATA[https://contoh.co.id/b?x=1&y=2]]></link></item></channel></rss>")
    first, second = parse_feed(body)
    assert first.url == "https://contoh.co.id/read.php?id=1&page=2"
    assert first.title == "Banjir\xa0Bekasi \u2014 Warga & Relawan"
    # the escaping pass leaves a CDATA section whole; an entity in a title's CDATA is then read as its character
    assert (second.url, second.title) == ("https://contoh.co.id/b?x=1&y=2", "Tetap \xa0 apa adanya")
    _, (entry,) = parse_sitemap(b"<urlset><url><loc>https://contoh.co.id/read.php?id=1&cat=2</loc></url></urlset>")
    assert entry.url == "https://contoh.co.id/read.php?id=1&cat=2"


def test_unclosed_cdata_sections_cost_one_pass():
    started = time.perf_counter()
    parse_feed(b"<rss>" + b"<![CDATA[&x" * 50_000)
    assert time.perf_counter() - started < 1


def test_declaration_after_whitespace_and_a_byte_order_mark():
    # A feed written by a template (ANTARA's rss/terkini.xml as a 2020 test server served it).
    body = (b'\n\t<?xml version="1.0" encoding="UTF-8"?>\n\t<rss version="2.0"><channel><item>'
            b"<link>https://www.antaranews.com/berita/1357722/surabaya-belum-perlu-lockdown</link>"
            b"<pubDate>Sun, 15 Mar 2020 15:51:04 +0700</pubDate></item></channel></rss>\n\t")
    for variant in (body, b"\xef\xbb\xbf" + body.lstrip()):
        (entry,) = parse_feed(variant)
        assert entry.time.isoformat() == "2020-03-15T15:51:04+07:00"


def test_guid_dc_date_and_relative_links():
    body = (b'<rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
            b"<item><guid>https://contoh.co.id/berita/1</guid></item>"
            b"<item><guid>42</guid></item>"
            b"<item><link>/berita/2</link><dc:date>2024-01-02T03:04:05+07:00</dc:date></item></channel></rss>")
    first, second = parse_feed(body, "https://contoh.co.id/rss")
    assert first.url == "https://contoh.co.id/berita/1"
    assert second.url == "https://contoh.co.id/berita/2" and second.time.isoformat() == "2024-01-02T03:04:05+07:00"
    assert [e.url for e in parse_feed(body)][1] == "/berita/2"  # no base: as written
    unreadable = b"<rss><channel><item><link>http://[bad</link></item><item><link>/b</link></item></channel></rss>"
    assert [e.url for e in parse_feed(unreadable, "https://contoh.co.id/rss")] == ["https://contoh.co.id/b"]


def test_the_url_own_loc_comes_before_an_image_loc():
    body = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            b'xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"><url>'
            b"<image:image><image:loc>https://cdns.klimg.com/x.jpg</image:loc></image:image>"
            b"<loc>https://www.merdeka.com/peristiwa/fakta-unik.html</loc></url></urlset>")
    assert parse_sitemap(body)[1][0].url == "https://www.merdeka.com/peristiwa/fakta-unik.html"


def test_robots_with_crlf_comments_and_repeats():
    text = ("# sitemaps\r\nSitemap: https://contoh.co.id/sitemap_index.xml\r\n"
            "Sitemap: https://contoh.co.id/news-sitemap.xml # news\r\nsitemap: https://contoh.co.id/sitemap_index.xml\r\n")
    assert robots_sitemaps(text) == ["https://contoh.co.id/sitemap_index.xml", "https://contoh.co.id/news-sitemap.xml"]


def test_feedburner_items_give_the_article_not_the_redirect():
    body = (b'<rss xmlns:feedburner="http://rssnamespace.org/feedburner/ext/1.0"><channel><item>'
            b"<link>http://feedproxy.google.com/~r/OliverCarrsBlog/~3/8XnkBsW8kzY/scala.html</link>"
            b"<feedburner:origLink>http://olivercarr.blogspot.com/2015/12/scala.html</feedburner:origLink>"
            b"</item></channel></rss>")
    assert [e.url for e in parse_feed(body)] == ["http://olivercarr.blogspot.com/2015/12/scala.html"]


def test_a_feed_printing_the_day_alone_under_an_undeclared_prefix():
    # A provincial office's feed (2019): `media:` used without its namespace, the day without a clock, a guid
    # that is no URL; each item is its link, dated at the day's start.
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- Generated on Mon, 19 Aug 2019 10:54:07 +0000 -->
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>
<link> https://dp3ap2.jogjaprov.go.id/</link>
<item><title>Puncak Peringatan Hari Anak Nasional D.I. Yogyakarta 2018</title>
<link>http://dp3ap2.jogjaprov.go.id/berita/detail/246-puncak-peringatan-hari-anak-nasional-han-d-i-yogyakarta-2018</link>
<pubDate>05 Agustus 2019</pubDate><media:content medium="image" url="https://x/y.jpg"></media:content></item>
<item><guid isPermaLink="false">trump-g7-summit</guid><title>Pemda DIY raih penghargaan</title>
<link>http://dp3ap2.jogjaprov.go.id/berita/detail/245-pemda-diy-raih-penghargaan-pada-peringatan-han-2018-di-surabaya</link>
<pubDate>05 Agustus 2019</pubDate></item></channel></rss>"""
    entries = parse_feed(body)
    assert [entry.url.rsplit("/", 1)[1][:3] for entry in entries] == ["246", "245"]
    assert {entry.time.isoformat() for entry in entries} == {"2019-08-05T00:00:00+07:00"}


def test_an_item_dated_only_by_atom_updated():
    # .NET's RSS (a parliament's bills feed): no pubDate, the item's time in `<a10:updated>`
    body = b"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:a10="http://www.w3.org/2005/Atom"><channel>
<item><title>Cyber Security and Resilience Bill</title><link>https://bills.parliament.uk/bills/9001</link>
<a10:updated>2026-08-24T09:12:00Z</a10:updated></item>
<item><title>Both</title><link>https://bills.parliament.uk/bills/9002</link><pubDate>Wed, 29 Aug 2007 00:00:00 -0700</pubDate>
<a10:updated>2007-08-29T13:57:17-07:00</a10:updated></item></channel></rss>"""
    first, second = parse_feed(body)
    assert first.time == datetime(2026, 8, 24, 9, 12, tzinfo=timezone.utc)
    assert second.time.isoformat() == "2007-08-29T00:00:00-07:00"  # the publication date comes first
