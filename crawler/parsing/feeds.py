"""Discovery documents: robots.txt sitemap lines, XML sitemaps (with news extensions), RSS/Atom feeds.

Pure and safe: lxml with entity resolution and network access off, so a hostile
sitemap cannot expand entities or fetch anything.  Bad XML gives what could be
recovered, never an exception.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime

from lxml import etree

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True,
    remove_comments=True, remove_pis=True,
)
_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Entry:
    """A URL from a sitemap or feed, with the time the document gives for it."""

    url: str
    time: datetime | None = None  # lastmod, news publication date, or pubDate
    title: str | None = None


def robots_sitemaps(text: str) -> list[str]:
    """`Sitemap:` URLs named in a robots.txt, in order."""
    return _SITEMAP_LINE.findall(text or "")


def _root(body: bytes):
    if not body or not body.strip():
        return None
    try:
        return etree.fromstring(body.strip(), _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _iso_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _rfc822_time(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text.strip())
    except (TypeError, ValueError, IndexError):
        return _iso_time(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def parse_sitemap(body: bytes) -> tuple[str | None, list[Entry]]:
    """(`"sitemapindex"` or `"urlset"` or None, entries). News sitemaps give the publication date."""
    root = _root(body)
    if root is None:
        return None, []
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        return None, []
    entries = []
    for element in root:
        if _local(element.tag) not in ("sitemap", "url"):
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        moment = _iso_time(_child_text(element, "publication_date")) or _iso_time(
            _child_text(element, "lastmod"))
        entries.append(Entry(loc, moment, _child_text(element, "title")))
    return kind, entries


def parse_feed(body: bytes) -> list[Entry]:
    """Items of an RSS 2.0 or Atom feed, in document order."""
    root = _root(body)
    if root is None:
        return []
    entries = []
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            link = _child_text(element, "link")
            moment = _rfc822_time(_child_text(element, "pubdate"))
        elif name == "entry":
            link = next((child.get("href") for child in element
                         if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate"),
                        None)
            moment = _iso_time(_child_text(element, "published") or _child_text(element, "updated"))
        else:
            continue
        if link:
            entries.append(Entry(link.strip(), moment, _child_text(element, "title")))
    return entries
