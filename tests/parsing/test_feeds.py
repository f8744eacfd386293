from datetime import datetime, timezone

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
