"""Machine-readable documents: RSS feeds, Yoast-style sitemaps, the news sitemap, robots.txt, wp-json."""

from __future__ import annotations

import json
from datetime import timedelta
from typing import TYPE_CHECKING
from xml.sax.saxutils import escape

from sandbox.calendars import iso_utc, rfc822
from sandbox.model import Article
from sandbox.words import STATIC_PAGES

if TYPE_CHECKING:
    from sandbox.site import Site

SITEMAP_SIZE = 1000
NEWS_WINDOW = timedelta(days=2)
XML_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
FEED_TITLES = {"id": "MINA - Kantor Berita Islam Mi'raj", "en": "MINA - Mi'raj News Agency", "ar": "MINA - وكالة معراج"}


def rss(site: Site, base: str, edition: str, items: list[Article], self_path: str) -> str:
    entries = []
    for a in items:
        campaign = a.slug
        link = site.article_url(base, a, slash=a.listing_slash) + f"?utm_source=rss&utm_medium=rss&utm_campaign={campaign}"
        content = site.content(a)
        description = " ".join(content.paragraphs[0].split()[:40]) if content.paragraphs else ""
        categories = "".join(f"<category><![CDATA[{name}]]></category>"
                             for name in (*a.category.parent_names, a.category.name, *a.tags))
        entries.append(
            f"<item>\n<title>{escape(a.shown_title)}</title>\n<link>{escape(link)}</link>\n"
            f"<comments>{escape(site.article_url(base, a, slash=a.listing_slash))}#respond</comments>\n"
            f"<dc:creator><![CDATA[{a.author.name}]]></dc:creator>\n<pubDate>{rfc822(a.published)}</pubDate>\n"
            f"{categories}\n<guid isPermaLink=\"false\">{base}/{edition}/?p={a.post_id}</guid>\n"
            f"<description><![CDATA[{description} [&#8230;]]]></description>\n</item>\n")
    last = rfc822(max((a.modified for a in items), default=site.now))
    return (XML_HEAD + '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:atom="http://www.w3.org/2005/Atom" xmlns:sy="http://purl.org/rss/1.0/modules/syndication/" '
            'xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n<channel>\n'
            f"<title>{escape(FEED_TITLES[edition])}</title>\n"
            f'<atom:link href="{base}{self_path}" rel="self" type="application/rss+xml" />\n'
            f"<link>{base}/{edition}/</link>\n<description>Kantor Berita Islam</description>\n"
            f"<lastBuildDate>{last}</lastBuildDate>\n<language>{'id-ID' if edition == 'id' else edition}</language>\n"
            "<sy:updatePeriod>hourly</sy:updatePeriod>\n<sy:updateFrequency>1</sy:updateFrequency>\n"
            "<generator>https://wordpress.org/?v=5.2.4</generator>\n" + "".join(entries) + "</channel>\n</rss>\n")


def post_sitemap_count(site: Site, edition: str) -> int:
    return max(1, -(-len(site.by_edition[edition]) // SITEMAP_SIZE))


def sitemap_index(site: Site, base: str, edition: str) -> str:
    oldest_first = site.by_edition[edition]
    parts = []
    for n in range(post_sitemap_count(site, edition)):
        chunk = oldest_first[n * SITEMAP_SIZE:(n + 1) * SITEMAP_SIZE]
        lastmod = max((site.articles[i].modified for i in chunk), default=site.now)
        name = "post-sitemap.xml" if n == 0 else f"post-sitemap{n + 1}.xml"
        parts.append(f"<sitemap><loc>{base}/{edition}/{name}</loc><lastmod>{iso_utc(lastmod)}</lastmod></sitemap>")
    for name in ("page-sitemap.xml", "category-sitemap.xml", "news-sitemap.xml"):
        parts.append(f"<sitemap><loc>{base}/{edition}/{name}</loc><lastmod>{iso_utc(site.now)}</lastmod></sitemap>")
    return (XML_HEAD + '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(parts) + "\n</sitemapindex>\n")


def _urlset(rows: list[str], news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    images = ' xmlns:image="http://www.google.com/schemas/sitemap-image/1.1"'
    return (XML_HEAD + f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{images}{ns}>\n'
            + "\n".join(rows) + "\n</urlset>\n")


def post_sitemap(site: Site, base: str, edition: str, number: int) -> str | None:
    """The `number`-th (1-based) post sitemap: 1000 articles, oldest first, lastmod = modified time."""
    if not 1 <= number <= post_sitemap_count(site, edition):
        return None
    chunk = site.by_edition[edition][(number - 1) * SITEMAP_SIZE:number * SITEMAP_SIZE]
    rows = []
    for i in chunk:
        a = site.articles[i]
        loc = site.sitemap_url(base, a)
        image = (f"<image:image><image:loc>{base}/{edition}{a.image.path}</image:loc></image:image>"
                 if a.image else "")
        rows.append(f"<url><loc>{escape(loc)}</loc><lastmod>{iso_utc(a.modified)}</lastmod>{image}</url>")
    return _urlset(rows)


def page_sitemap(base: str, edition: str) -> str:
    rows = [f"<url><loc>{base}/{edition}/{slug}</loc><lastmod>2019-01-15T03:00:00+00:00</lastmod></url>"
            for slug, _ in STATIC_PAGES[edition]]
    return _urlset(rows)


def category_sitemap(site: Site, base: str, edition: str) -> str:
    rows = [f"<url><loc>{base}/{edition}/category/{'/'.join(c.path)}/</loc></url>" for c in site.categories[edition]]
    return _urlset(rows)


def news_sitemap(site: Site, base: str, edition: str) -> str:
    """Google News sitemap: the edition's articles of the last two days before the newest one."""
    newest = site.now
    rows = []
    for a in site.newest(edition, 1000):
        if newest - a.published > NEWS_WINDOW:
            break
        rows.append(
            f"<url><loc>{escape(site.sitemap_url(base, a))}</loc><news:news><news:publication>"
            f"<news:name>MINA</news:name><news:language>{edition}</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
            f"<news:title>{escape(a.shown_title)}</news:title></news:news></url>")
    return _urlset(rows, news=True)


def robots(base: str) -> str:
    sitemaps = "".join(f"Sitemap: {base}/{e}/sitemap_index.xml\n" for e in ("id", "en", "ar"))
    return ("User-agent: *\nDisallow: /wp-admin/\nDisallow: /*/wp-admin/\nAllow: /*/wp-admin/admin-ajax.php\n"
            "Disallow: /?s=\nDisallow: /*/?s=\nDisallow: /*/search/\nDisallow: /*/wp-json/\n\n"
            "User-agent: MJ12bot\nDisallow: /\n\n" + sitemaps)


def wp_json(base: str, edition: str) -> str:
    return json.dumps({"name": "MINA", "description": "Kantor Berita Islam Mi'raj", "url": f"{base}/{edition}",
                       "home": f"{base}/{edition}", "gmt_offset": 7, "timezone_string": "Asia/Jakarta",
                       "namespaces": ["oembed/1.0", "wp/v2"], "routes": {}}, ensure_ascii=False)

