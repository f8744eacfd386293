"""Site profiles: what one news site looks like, in one screen.

A profile names the site's editions and hosts, which URL paths are listings
rather than articles, and the theme-specific selectors tried before the generic
WordPress / metadata / text strategies in `crawler.parsing.article`.
Pure data: imported by the spiders and by the parsers alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Edition:
    code: str  # "id", "en", "ar"
    language: str
    base_url: str  # the real site's root, no trailing slash
    trailing_slash: bool  # the edition's canonical article URLs end in "/"


@dataclass(frozen=True)
class SiteProfile:
    name: str
    agency: str
    editions: dict[str, Edition]
    # Hosts that belong to the site (the spider never leaves them); legacy hosts included.
    domains: tuple[str, ...]
    # Path patterns that are never articles (listings, feeds, uploads, WordPress internals).
    not_article_paths: re.Pattern[str]
    # Theme selectors per field, tried first, in order (CSS; `::attr()`/`::text` allowed).
    selectors: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def edition_for_url(self, url: str) -> Edition | None:
        host = (urlsplit(url).hostname or "").lower()
        for edition in self.editions.values():
            if urlsplit(edition.base_url).hostname == host:
                return edition
        return None


MINA = SiteProfile(
    name="mina",
    agency="MINA",
    editions={
        "id": Edition("id", "id", "https://minanews.net", trailing_slash=False),
        "en": Edition("en", "en", "https://en.minanews.net", trailing_slash=True),
        "ar": Edition("ar", "ar", "https://ar.minanews.net", trailing_slash=False),
    },
    domains=("minanews.net", "en.minanews.net", "ar.minanews.net",
             "mirajnews.com", "www.mirajnews.com", "en.mirajnews.com", "ar.mirajnews.com"),
    not_article_paths=re.compile(
        r"^/(?:tag|category|author|page|feed|search|wp-content|wp-json|wp-admin|wp-includes"
        r"|comments|sitemap|amp)(?:/|$)"
        r"|/(?:feed|page/\d+)/?$"
        r"|\.(?:xml|txt|jpe?g|png|gif|webp|svg|pdf|css|js|ico)$",
        re.IGNORECASE,
    ),
    # Guesses for the live theme (JNews- and Newspaper-style class names); the generic
    # WordPress, metadata and text strategies follow when none of them matches.
    selectors={
        "title": ("h1.jeg_post_title", "h1.tdb-title-text"),
        "body": (".jeg_post_content .content-inner", ".td-post-content"),
        "header": (".jeg_meta_container", ".td-post-header .td-module-meta-info"),
        "author": (".jeg_meta_author a", ".td-post-author-name a"),
        "category": (".jeg_meta_category a", ".td-category a"),
        "tags": (".jeg_post_tags a", ".td-tags a"),
    },
)

PROFILES: dict[str, SiteProfile] = {MINA.name: MINA}
