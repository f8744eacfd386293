"""`author` and `editor`: the header byline (`<Author> [Editor : <name>] - <when>`), theme and
WordPress author markup, JSON-LD and meta authors; an opinion byline in the body wins (see
`crawler.parsing.text`)."""

from __future__ import annotations

import re

from lxml import etree

from crawler.parsing.html import blocks_of, element_text, fold, lines_before
from crawler.parsing.page import WORDPRESS, Page
from crawler.parsing.text import HeaderByline, find_editor, parse_header_line

_MAX_HEADER_BLOCKS = 60
_BODY = etree.XPath("/html/body")
_LOGIN = re.compile(r"[a-z0-9_.-]{2,40}")
_ZONE = re.compile(r"\b(?:WIB|WITA|WIT)\b")


def header_lines(page: Page) -> tuple[list[str], bool]:
    """Text lines of the article header (byline, date, editor), and whether a known header
    container held them (else they are the page's lines just before the body)."""
    for selectors, _ in page.strategies("header"):
        lines = [b.text for s in selectors for e in page.select(page.scope, s)
                 if isinstance(e, etree._Element) for b in blocks_of(e, page.url)]
        if lines:
            return lines, True
    body = _BODY(page.root)
    return lines_before(body[0] if body else page.root, page.container, limit=_MAX_HEADER_BLOCKS), False


def header_byline(lines: list[str], known_header: bool) -> HeaderByline | None:
    """The first byline of the header lines. Outside a known header container only a time
    with its zone counts: tickers (`6 hours ago`) and popular lists (`Rabu, 24 Desember
    2025 | 07:26`) sit there too."""
    for line in lines:
        if len(line) <= 300 and (header := parse_header_line(line)) is not None:
            if known_header or (not header.relative and _ZONE.search(header.when)):
                return header
    return None


def editor(header: HeaderByline | None, lines: list[str]) -> str | None:
    if header is not None and header.editor:
        return header.editor
    for line in lines:
        if name := find_editor(line):
            return name
    return None


def author(page: Page, header: HeaderByline | None) -> tuple[str | None, str | None]:
    profile = page.first(page.scope, page.profile.selectors.get("author", ()))
    if profile is not None and (text := element_text(profile)):
        return text, "profile"
    # Relative-time headers show the writer's login (`sajadi`); a display name in the
    # metadata is then the better reading.
    header_login = header is not None and header.author is not None and _LOGIN.fullmatch(header.author)
    if header and header.author and not header_login:
        return header.author, "text"
    element = page.first(page.scope, WORDPRESS["author"])
    if element is not None and (text := element_text(element)) and not header_login:
        return text, "wordpress"
    named = page.jsonld.get("author")
    for candidate in named if isinstance(named, list) else [named]:
        name = candidate.get("name") if isinstance(candidate, dict) else candidate
        if isinstance(name, str) and fold(name):
            return fold(name), "jsonld"
    name = page.meta.get("author") or page.meta.get("article:author")
    if name and not name.startswith(("http://", "https://")):
        return name, "meta"
    if header_login:
        return header.author, "text"
    return None, None
