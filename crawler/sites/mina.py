"""MINA, Mi'raj News Agency: minanews.net (Indonesian), en. (English), ar. (Arabic).

The legacy mirajnews.com hosts still serve old links: they belong to the site (and to
their edition) but keep their own spelling, so ids of articles seen there never change.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsing.profile import Edition, SiteProfile, UrlRules

EDITIONS = {
    "id": Edition("id", "id", "https://minanews.net", trailing_slash=False, hosts=("mirajnews.com",)),
    "en": Edition("en", "en", "https://en.minanews.net", trailing_slash=True, hosts=("en.mirajnews.com",)),
    "ar": Edition("ar", "ar", "https://ar.minanews.net", trailing_slash=False, hosts=("ar.mirajnews.com",)),
}
DOMAINS = ("minanews.net", "en.minanews.net", "ar.minanews.net",
           "mirajnews.com", "www.mirajnews.com", "en.mirajnews.com", "ar.mirajnews.com")
HOSTS = frozenset(host.removeprefix("www.") for host in DOMAINS)

_APOSTROPHE = "['’‘`]"

MINA = SiteProfile(
    name="mina",
    agency="MINA",
    editions=EDITIONS,
    domains=DOMAINS,
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
    url_rules=UrlRules(
        hosts=HOSTS,
        https_hosts=HOSTS,
        # Only the current edition hosts have a slash form; legacy links keep theirs.
        trailing_slash=tuple((urlsplit(e.base_url).hostname, e.trailing_slash) for e in EDITIONS.values()),
    ),
    site_names=(
        r"MINA(?:\s+News)?",
        r"Mi[’']?raj\s+(?:Islamic\s+)?News\s+Agency(?:\s*\(MINA\))?",
        r"minanews\.net",
        r"mirajnews\.com",
        r"MINA\s+News\s+Agency",
    ),
    # `Mi’raj News Agency (MINA)` closes every article (truncated, or with `Islamic`; in Arabic too).
    credit_lines=(
        rf"Mi{_APOSTROPHE}?raj\s+(?:Islamic\s+)?News\s+Agency(?:\s*\(\s*MINA\s*\))?",
        r"وكالة\s+معراج\s+(?:الإسلامية\s+)?للأنباء(?:\s*\(\s*مينا\s*\))?",
    ),
    boilerplate_lines=(
        r"damai\s+di\s+palestina\s*=\s*damai\s+di\s+dunia",
        r"peace\s+in\s+palestine\s*=\s*peace\s+in\s+the\s+world",
    ),
    # The site's own text misspells its name (`MINa`, `MlNA`, `MNA`): the dateline parser reads these as MINA.
    agency_typos=("MINA",),
)
