"""`body`, `lead`, `signature`, `related`, `dateline` and an opinion byline: the body
container's blocks (figures, share bars, ads and credit tables skipped) cleaned by `crawler.parsing.text`
with the site's own endings from its profile."""

from __future__ import annotations

from datetime import datetime

from lxml import etree

from crawler.parsing.html import Block, blocks_of
from crawler.parsing.page import Page
from crawler.parsing.text import CleanBody, clean_body

# Elements inside the body container that are never body text.
_NOT_BODY = etree.XPath(
    ".//*[self::figure or self::figcaption or (@class and (contains(@class, 'wp-caption')"
    " or contains(@class, 'sharedaddy') or contains(@class, 'jp-relatedposts') or contains(@class, 'page-links')"
    " or contains(@class, 'post-views') or contains(@class, 'share-buttons') or contains(@class, 'social-share')"
    " or contains(@class, 'adsbygoogle') or contains(@class, 'code-block')))]"
    # A credit table's rows (`<td>Penulis</td><td>: <name></td>`): read by `people`, not body text.
    " | .//tr[count(td) = 2][string-length(normalize-space(td[1])) < 20][starts-with(normalize-space(td[2]), ':')]"
)


def body_blocks(page: Page) -> list[Block]:
    """The text blocks of the body container (empty when the page has none)."""
    if page.container is None:
        return []
    return blocks_of(page.container, page.url, skip=frozenset(_NOT_BODY(page.container)))


def body(blocks: list[Block], page: Page, title: str, published: datetime | None) -> CleanBody:
    return clean_body(blocks, title=title or None, profile=page.profile, published=published)
