"""A feed's title carrying HTML entities as text, inside CDATA or escaped twice: read as its characters."""

from __future__ import annotations

import pytest

from crawler.parsing.feeds import parse_feed, parse_sitemap


@pytest.mark.parametrize(("written", "title"), [
    # escaped twice by a CMS that escapes its titles before the feed's template escapes them again
    ("<title>&amp;#039;셀린&amp;#039; 열린다 &amp;quot;주 5일&amp;quot;</title>", "'셀린' 열린다 \"주 5일\""),
    ("<title>짐 비앙코 &amp;quot;연준이 패닉해야&amp;quot;</title>", "짐 비앙코 \"연준이 패닉해야\""),
    ("<title>Wyniki konkursu &amp;quot;elektroniku&amp;quot;</title>", "Wyniki konkursu \"elektroniku\""),
    # escaped inside a CDATA section, which the XML parser leaves as it is
    ("<title><![CDATA[Ekonomi &amp; piyasa: &quot;yeni dönem&quot;]]></title>", "Ekonomi & piyasa: \"yeni dönem\""),
    ("<title><![CDATA[R.I.P., &quot;Six Feet Under&quot;]]></title>", "R.I.P., \"Six Feet Under\""),
    ("<title><![CDATA[Jum&#8217;at Berkah &#8211; Sedekah]]></title>", "Jum’at Berkah – Sedekah"),
])
def test_entities_left_in_an_item_title_are_read(written, title):
    (entry,) = parse_feed(f"<rss><channel><item>{written}<link>https://contoh.co.id/a</link></item></channel></rss>"
                          .encode())
    assert entry.title == title


def test_an_atom_html_title_in_cdata():
    body = (b'<feed xmlns="http://www.w3.org/2005/Atom"><entry>'
            b'<link href="http://www.classicshell.net/forum/viewtopic.php?t=335&amp;p=1737#p1737"/>'
            b'<title type="html"><![CDATA[Re: Rename selected file with &quot;somethng&quot;]]></title>'
            b'<published>2013-03-05T13:13:41-07:00</published></entry></feed>')
    (entry,) = parse_feed(body)
    assert entry.title == 'Re: Rename selected file with "somethng"'


def test_a_news_sitemap_title_in_cdata():
    body = (b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            b'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>https://contoh.co.id/a</loc>'
            b'<news:news><news:title><![CDATA[Harga BBM naik &amp; warga mengeluh]]></news:title></news:news>'
            b'</url></urlset>')
    _, (entry,) = parse_sitemap(body)
    assert entry.title == "Harga BBM naik & warga mengeluh"


@pytest.mark.parametrize("title", [
    "Q&A: Kenaikan Harga BBM",  # an ampersand that starts no entity
    "AT&T dan Telkomsel",
    "Harga naik 5%&nbsp",  # no semicolon: no entity
    "Kode &xyz; tak dikenal",  # no such entity
    'Menengok penjual tali kapal di "rombengan" Pasar Angso Duo Jambi',
])
def test_titles_without_entities_stay(title):
    escaped = title.replace("&", "&amp;").replace('"', "&quot;")
    (entry,) = parse_feed(f"<rss><channel><item><title>{escaped}</title><link>https://contoh.co.id/a</link></item>"
                          f"</channel></rss>".encode())
    assert entry.title == title
