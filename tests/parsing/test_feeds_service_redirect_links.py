"""A feed service's copy of a feed: its redirect in `<link>`, the article's URL in `<guid>`; the article is read."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from crawler.parsing.feeds import parse_feed

WIB = timezone(timedelta(hours=7))

# Detik's feed as Feedsportal served it (2015-11-05; descriptions shortened): the redirect's path spells the
# article's address (`0Linet0Bdetik0N0Cread...` = `http://inet.detik.com/read...`), which the guid gives.
FEEDSPORTAL = b"""
<?xml version='1.0' encoding='UTF-8'?><?xml-stylesheet type='text/xsl' href='http://detik.feedsportal.com/xsl/eng/rss.xsl'?>
<rss xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:taxo="http://purl.org/rss/1.0/modules/taxonomy/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" version="2.0">
<channel>
<title>news.detik</title>
<link>http://news.detik.com/</link>
<description>Detik.com sindikasi</description>
<language>en</language><pubDate>Thu, 05 Nov 2015 03:12:42 GMT</pubDate><lastBuildDate>Thu, 05 Nov 2015 03:12:42 GMT</lastBuildDate><ttl>30</ttl><image><title>news.detik</title><url>http://rss.detik.com/images/rsslogo_detikcom.gif</url><link>http://news.detik.com/</link></image>
<item>
<title>Google Umbar Kelemahan Galaxy S6 Edge</title>
<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f909e/sc/3/l/0Linet0Bdetik0N0Cread0C20A150C110C0A50C10A0A260C30A626230C3230Cgoogle0Eumbar0Ekelemahan0Egalaxy0Es60Eedge/story01.htm</link>
<description>&lt;img src="http://images.detik.com/content/2015/11/05/323/anda.jpg" align="left" hspace="7" width="100" /&gt;Galaxy S6 Edge ...</description>
<enclosure url="http://images.detik.com/content/2015/11/05/323/anda.jpg" length="10240" type="image/jpg" />
<pubDate>Thu, 05 Nov 2015 03:08:58 GMT</pubDate>
<guid isPermaLink="false">http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge</guid>
</item>
<item><title>Roma Menang Dramatis, Garcia: Tak Membosankan Bukan?</title><link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f90a5/sc/3/l/0Lsport0Bdetik0N0Csepakbola0Cread0C20A150C110C0A50C0A955130C30A626180C10A330Croma0Emenang0Edramatis0Egarcia0Etak0Emembosankan0Ebukan/story01.htm</link><description>AS Roma ...</description><pubDate>Thu, 05 Nov 2015 02:55:13 GMT</pubDate><guid isPermaLink="false">http://sport.detik.com/sepakbola/read/2015/11/05/095513/3062618/1033/roma-menang-dramatis-garcia-tak-membosankan-bukan</guid></item>
</channel>
</rss>
"""


def test_the_guid_on_the_feeds_site_is_read_for_the_services_redirect():
    entries = parse_feed(FEEDSPORTAL, "http://detik.feedsportal.com/c/33613/f/656082/index.rss")
    assert [entry.url for entry in entries] == [
        "http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-kelemahan-galaxy-s6-edge",
        "http://sport.detik.com/sepakbola/read/2015/11/05/095513/3062618/1033/"
        "roma-menang-dramatis-garcia-tak-membosankan-bukan",
    ]
    assert entries[0].title == "Google Umbar Kelemahan Galaxy S6 Edge"
    assert entries[0].time.astimezone(WIB) == datetime(2015, 11, 5, 10, 8, 58, tzinfo=WIB)


def _item_feed(channel_link: str, item: str) -> bytes:
    return f"<rss version=\"2.0\"><channel><title>t</title>{channel_link}<item><title>x</title>{item}</item>" \
           f"</channel></rss>".encode()


def test_without_a_channel_link_the_feeds_own_url_names_the_site():
    item = ("<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/sc/3/l/0Lnews0Bdetik0N0Cread/story01.htm"
            "</link><guid isPermaLink=\"false\">http://news.detik.com/read/2015/11/05/095406/3062615/1148/"
            "as-dan-inggris-yakin-ledakan-bom-jatuhkan-pesawat-rusia</guid>")
    (entry,) = parse_feed(_item_feed("", item), "http://rss.detik.com/index.php/detikcom")
    assert entry.url == ("http://news.detik.com/read/2015/11/05/095406/3062615/1148/"
                         "as-dan-inggris-yakin-ledakan-bom-jatuhkan-pesawat-rusia")


@pytest.mark.parametrize(("channel_link", "item", "base_url", "url"), [
    # WordPress: the permalink in <link>, the post's `?p=` address in the guid, both on the site
    ("<link>https://minanews.net</link>",
     "<link>https://minanews.net/israeli-settlers-break-into-al-aqsa/</link>"
     "<guid isPermaLink=\"false\">https://minanews.net/?p=123456</guid>", None,
     "https://minanews.net/israeli-settlers-break-into-al-aqsa/"),
    # FeedBurner's origLink comes first, as before
    ("<link>https://www.antaranews.com</link>",
     "<link>http://feedproxy.google.com/~r/antaranews/~3/abc/</link>"
     "<feedburner:origLink xmlns:feedburner=\"http://rssnamespace.org/feedburner/ext/1.0\">"
     "https://www.antaranews.com/berita/1357722/x</feedburner:origLink>"
     "<guid isPermaLink=\"false\">https://www.antaranews.com/berita/1357722/x</guid>", None,
     "https://www.antaranews.com/berita/1357722/x"),
    # a guid that is no URL
    ("<link>https://news.detik.com</link>",
     "<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm</link><guid>4b3f77b7</guid>", None,
     "http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm"),
    # an aggregator's item: the link and the guid both off the aggregator's site
    ("<link>https://kabar.example.id</link>",
     "<link>https://www.antaranews.com/berita/1357722/x</link>"
     "<guid>https://www.antaranews.com/berita/1357722/x?from=kabar</guid>", None,
     "https://www.antaranews.com/berita/1357722/x"),
    # the feed's site unknown (no channel link, no feed URL): the link as written
    ("", "<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm</link>"
         "<guid>http://news.detik.com/read/2015/11/05/095406/3062615/1148/x</guid>", None,
     "http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm"),
    # the feed's URL on the service itself names no site of the guid's
    ("", "<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm</link>"
         "<guid>http://news.detik.com/read/2015/11/05/095406/3062615/1148/x</guid>",
     "http://detik.feedsportal.com/c/33613/f/656082/index.rss",
     "http://detik.feedsportal.com/c/33613/f/656082/s/4b3f77b7/story01.htm"),
])
def test_links_that_stay(channel_link, item, base_url, url):
    (entry,) = parse_feed(_item_feed(channel_link, item), base_url)
    assert entry.url == url
