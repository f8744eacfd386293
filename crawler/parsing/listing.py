"""The links of a listing page (home, category, tag or author page), for discovery."""

from __future__ import annotations

from urllib.parse import urljoin

from lxml import etree

from crawler.parsing.html import decode_html, parse_html

_HREFS = etree.XPath("//a/@href", smart_strings=False)
_NEXT_LINK = etree.XPath('//link[@rel="next"]/@href', smart_strings=False)
_NEXT_ANCHOR = etree.XPath('//a[contains(concat(" ", normalize-space(@class), " "), " next ")]/@href'
                           ' | //a[@rel="next"]/@href', smart_strings=False)


def listing_links(html: str | bytes, url: str) -> tuple[list[str], str | None]:
    """Every link target of the page (absolute, unique, in page order) and its next page, if any.

    The next page is the `<link rel="next">` WordPress puts in the head, else an `a.next` /
    `a[rel=next]` pagination link.
    """
    root = parse_html(decode_html(html))
    if root is None or not isinstance(url, str):
        return [], None
    links = list(dict.fromkeys(urljoin(url, href.strip()) for href in _HREFS(root) if href.strip()))
    following = [href.strip() for href in _NEXT_LINK(root) + _NEXT_ANCHOR(root) if href.strip()]
    return links, (urljoin(url, following[0]) if following else None)
