"""`title`: the theme's or WordPress's headline, any `<h1>`, `og:title`, JSON-LD, `<title>`;
the site's name cut from the end (the profile's `site_names`, else `og:site_name`)."""

from __future__ import annotations

import re
from functools import lru_cache

from lxml import etree

from crawler.parsing.html import element_text, fold
from crawler.parsing.page import Page

_H1 = etree.XPath("//h1[not(contains(@class, 'site-title')) and not(contains(@class, 'logo'))]")
_SEPARATORS = (" - ", " | ", " – ", " — ")


@lru_cache(maxsize=64)
def _site_suffix(site_names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not site_names:
        return None
    names = "|".join(f"(?:{name})" for name in site_names)
    return re.compile(rf"\s+[-|–—:]\s+(?:{names})\s*$", re.IGNORECASE)


def strip_site_name(title: str, site_names: tuple[str, ...], og_site_name: str | None) -> str:
    suffix_pattern = _site_suffix(site_names)
    if suffix_pattern is not None:
        title = suffix_pattern.sub("", title)
    if og_site_name:
        for separator in _SEPARATORS:
            suffix = separator + og_site_name
            if title.endswith(suffix) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    return title.strip()


def title(page: Page) -> tuple[str, str | None]:
    site_name = page.meta.get("og:site_name")
    site_names = page.profile.site_names
    for selectors, source in page.strategies("title"):
        element = page.first(page.root, selectors)
        if element is not None and (text := element_text(element)):
            return strip_site_name(text, site_names, site_name), source
    for element in _H1(page.scope) or _H1(page.root):
        if text := element_text(element):
            return text, "html"
    if page.meta.get("og:title"):
        return strip_site_name(page.meta["og:title"], site_names, site_name), "meta"
    headline = page.jsonld.get("headline")
    if isinstance(headline, str) and fold(headline):
        return strip_site_name(fold(headline), site_names, site_name), "jsonld"
    for element in page.index.by_tag["title"]:
        if text := element_text(element):
            return strip_site_name(text, site_names, site_name), "html"
    return "", None
