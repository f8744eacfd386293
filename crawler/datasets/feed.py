"""Atom 1.0 feeds (RFC 4287) of the newest articles: `OUTPUT_DIR/feeds/<site>.xml` and `feeds/all.xml`.

An entry is one article: id its canonical URL (stable across runs and versions), title, link to
the page, updated (modification, else publication, else fetch time), published, author (the
article's, else its agency or site), summary (the lead) and categories (site, edition, category).
A feed keeps the `limit` newest entries by publication time. Updating a feed merges the entries
already in its file with the new ones (a newer version of an article replaces its entry), so a
run that found nothing leaves the file as it was; the file is replaced atomically, under a lock
on its folder, so runs of several sites can update `all.xml` at the same time.
"""

from __future__ import annotations

import uuid
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from crawler.runtime.paths import folder_lock, write_atomically

ATOM = "http://www.w3.org/2005/Atom"
ElementTree.register_namespace("", ATOM)
ALL_SITES = "all"  # the feed across sites: feeds/all.xml
DEFAULT_ENTRIES = 100


def _tag(name: str) -> str:
    return f"{{{ATOM}}}{name}"


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    link: str
    updated: str  # RFC 3339
    published: str | None = None
    author: str = ""
    summary: str | None = None
    categories: tuple[str, ...] = field(default=())

    @property
    def newness(self) -> datetime:
        return datetime.fromisoformat(self.published or self.updated)


def entry_of(article: dict, site: str | None = None) -> Entry:
    """The feed entry of an article line (`site`: the site when the line does not name it)."""
    site = article.get("site") or site
    return Entry(
        id=article["canonical_url"], title=article["title"], link=article["url"],
        updated=article.get("modified_at") or article.get("published_at") or article["fetched_at"],
        published=article.get("published_at"),
        author=article.get("author") or article.get("agency") or site or "unknown",
        summary=article.get("lead") or None,
        categories=tuple(term for term in (site, article.get("edition"), article.get("category")) if term))


def merged(previous: Iterable[Entry], new: Iterable[Entry], limit: int) -> list[Entry]:
    """The `limit` newest of both, each id once (the new entry wins), newest first."""
    by_id = {entry.id: entry for entry in previous}
    by_id.update((entry.id, entry) for entry in new)
    return sorted(by_id.values(), key=lambda entry: entry.newness, reverse=True)[:max(limit, 0)]


def feed_id(name: str) -> str:
    """A stable feed id, the same on every machine for the same feed name."""
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'news-crawler/feeds/{name}')}"


def feed_title(name: str) -> str:
    return "Newest articles of every site" if name == ALL_SITES else f"Newest articles: {name}"


def render_feed(name: str, entries: list[Entry], updated: str) -> bytes:
    """The Atom document; `updated`: the feed's time when it has no entry (else its newest update)."""
    feed = ElementTree.Element(_tag("feed"))
    _text(feed, "id", feed_id(name))
    _text(feed, "title", feed_title(name))
    _text(feed, "updated", max((entry.updated for entry in entries), key=datetime.fromisoformat, default=updated))
    _text(feed, "generator", "news-crawler")
    for entry in entries:
        element = ElementTree.SubElement(feed, _tag("entry"))
        _text(element, "id", entry.id)
        _text(element, "title", entry.title)
        ElementTree.SubElement(element, _tag("link"), rel="alternate", type="text/html", href=entry.link)
        _text(element, "updated", entry.updated)
        if entry.published:
            _text(element, "published", entry.published)
        _text(ElementTree.SubElement(element, _tag("author")), "name", entry.author)
        if entry.summary:
            _text(element, "summary", entry.summary)
        for term in entry.categories:
            ElementTree.SubElement(element, _tag("category"), term=term)
    ElementTree.indent(feed)
    return ElementTree.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ElementTree.Element, name: str, text: str) -> None:
    ElementTree.SubElement(parent, _tag(name)).text = text


def read_entries(path: Path) -> list[Entry]:
    """The entries of a feed file written by `render_feed`; ValueError when it is not one."""
    try:
        root = ElementTree.parse(path).getroot()
    except ElementTree.ParseError as error:
        raise ValueError(f"{path}: not an XML feed ({error})") from None
    if root.tag != _tag("feed"):
        raise ValueError(f"{path}: not an Atom feed")
    return [Entry(id=element.findtext(_tag("id"), ""), title=element.findtext(_tag("title"), ""),
                  link=element.find(_tag("link")).get("href", ""), updated=element.findtext(_tag("updated"), ""),
                  published=element.findtext(_tag("published")),
                  author=element.findtext(f"{_tag('author')}/{_tag('name')}", ""),
                  summary=element.findtext(_tag("summary")),
                  categories=tuple(category.get("term") for category in element.iterfind(_tag("category"))))
            for element in root.iterfind(_tag("entry"))]



def update_feed(path: Path, name: str, new: Iterable[Entry], limit: int, now: str) -> bool:
    """Merge `new` into the feed file at `path` (created when missing); False when nothing changed
    (the file is then left untouched). A file that is not a feed is replaced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with folder_lock(path.parent):
        previous: list[Entry] = []
        if path.exists():
            try:
                previous = read_entries(path)
            except ValueError:
                previous = []
        entries = merged(previous, new, limit)
        if path.exists() and entries == previous:
            return False
        write_atomically(path, render_feed(name, entries, now))
        return True
