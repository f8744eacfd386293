"""RSS feeds and robots.txt of the ANTARA sandbox (agency-formats.md §1.3)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from sandbox.antara import dates
from sandbox.antara.model import Edition, Item

FEED_SIZE = 20
RSS_UTM = "?utm_source=antaranews&utm_medium=rss&utm_campaign=rss"


def rss(edition: Edition, items: list[Item], self_url: str, link_of: Callable[[Item], str], title: str,
        base: str) -> str:
    """RSS 2.0 in the 2020 form: dc/atom namespaces, `atom:link rel=self`, `guid isPermaLink=false`,
    `/berita/`, `/foto/` and `/video/` items mixed; item links carry tracking parameters."""
    entries = []
    for item in items:
        link = link_of(item) + RSS_UTM
        entries.append(
            f"<item><title>{escape(item.title)}</title><link>{escape(link)}</link>"
            f"<pubDate>{dates.rfc822(item.published)}</pubDate>"
            f"<description><![CDATA[<img src=\"{base}/img/small/{item.item_id}.jpg\" align=\"left\" border=\"0\">"
            f"{escape(item.title)} ...]]></description>"
            f"<dc:creator>{escape(item.reporter)}</dc:creator>"
            f"<guid isPermaLink=\"false\">{escape(link)}</guid></item>")
    built = dates.rfc822(items[0].published) if items else ""
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n'
            f"<channel><title>{escape(title)}</title><link>{escape(self_url.rsplit('/rss/', 1)[0])}/</link>"
            f'<atom:link href="{escape(self_url)}" rel="self" type="application/rss+xml" />'
            f"<language>{edition.language}</language><copyright>{items[0].published.year if items else ''} ANTARA News"
            f"</copyright><lastBuildDate>{built}</lastBuildDate>\n" + "\n".join(entries) + "\n</channel></rss>\n")


def robots() -> str:
    """No real robots.txt was seen (§1.3): a plain one without `Sitemap:` lines."""
    return "User-agent: *\nDisallow: /*/search\nDisallow: /*/api/\n"
