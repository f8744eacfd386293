"""MINA, Mi'raj News Agency: minanews.net (Indonesian), en. (English), ar. (Arabic).

The legacy mirajnews.com hosts still serve old links: they belong to the site (and to
their edition) but keep their own spelling, so ids of articles seen there never change.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from crawler.parsing.profile import Edition, SiteProfile, UrlRules
from crawler.sites.discovery import Discovery, Pagination

EDITIONS = {
    "id": Edition("id", "id", "https://minanews.net", trailing_slash=False, hosts=("mirajnews.com",)),
    "en": Edition("en", "en", "https://en.minanews.net", trailing_slash=True, hosts=("en.mirajnews.com",)),
    "ar": Edition("ar", "ar", "https://ar.minanews.net", trailing_slash=False, hosts=("ar.mirajnews.com",)),
}
DOMAINS = ("minanews.net", "en.minanews.net", "ar.minanews.net",
           "mirajnews.com", "www.mirajnews.com", "en.mirajnews.com", "ar.mirajnews.com")
HOSTS = frozenset(host.removeprefix("www.") for host in DOMAINS)

# WordPress: the feed, the home page as the newest-first listing, `/category/` listings paged `/page/N/`,
# Yoast's sitemap index when robots.txt names none; any other path may be a post.
DISCOVERY = Discovery(
    latest_feeds={"*": "/feed"},
    home="/",
    latest_listing="/",
    pagination=Pagination(segment="page"),
    section_paths=re.compile(r"^/category/(?!.*/page/)(?!.*/feed/?$)"),
    sitemap_fallback=("/sitemap_index.xml",),
    sitemap_skip_words=("page-sitemap", "category-", "tag-", "author-"),
    not_article_paths=re.compile(
        r"^/(?:tag|category|author|page|feed|search|wp-content|wp-json|wp-admin|wp-includes"
        r"|comments|sitemap|amp)(?:/|$)"
        r"|^/(?:wp-[a-z-]+|xmlrpc)\.php$"  # WordPress's login, XML-RPC and cron scripts
        r"|/(?:feed|page/\d+)/?$"
        r"|\.(?:xml|txt|jpe?g|png|gif|webp|svg|pdf|css|js|ico)$",
        re.IGNORECASE,
    ),
)

# WordPress's AMP copy of a post, `/<slug>/amp/`, is fetched and exported as the post (`?amp=1`, the plugin's
# other form, is dropped with the tracking parameters).
AMP_TO_POST = (r"(?<=[^/])/amp/?$", "")

_APOSTROPHE = "['’‘`]"

MINA = SiteProfile(
    name="mina",
    agency="MINA",
    editions=EDITIONS,
    domains=DOMAINS,
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
        path_rewrites=(AMP_TO_POST,),
    ),
    site_names=(
        r"MINA(?:\s+News)?",
        r"Mi[’']?raj\s+(?:Islamic\s+)?News\s+Agency(?:\s*\(MINA\))?",
        r"minanews\.net",
        r"mirajnews\.com",
        r"MINA\s+News\s+Agency",
    ),
    # `Mi’raj News Agency (MINA)` closes every article (truncated, or with `Islamic`, a parenthesis lost, a `#`
    # before it; in Arabic too).
    credit_lines=(
        rf"#?Mi{_APOSTROPHE}?raj\s+(?:Islamic\s+)?News\s+Agency(?:\s*\(?\s*MINA\s*\))?",
        # Arabic: the agency's full name, or its short one (`وكالة مينا للأنباء`, "MINA news agency").
        r"وكالة\s+(?:معراج\s+(?:الإسلامية\s+)?|مينا\s+)للأنباء(?:\s*\(\s*مينا\s*\))?",
    ),
    boilerplate_lines=(
        r"damai\s+di\s+palestina\s*=\s*damai\s+di\s+dunia",
        r"peace\s+in\s+palestine\s*=\s*peace\s+in\s+the\s+world",
    ),
    # Closing editorial codes: first part one letter (mostly T or L; R on English pages), LKG or TL, then staff
    # codes (`(T/RE1/P2)`, `(LKG/RE1)`, `(R/R04/RS5)`); a space may stand beside a slash (`(L /P009/R03)`, 2014).
    signature_codes=(r"(?:[A-Z]|LKG|TL)(?: ?/ ?[A-Za-z0-9][A-Za-z0-9-]{0,11}){1,4}",),
    # The site's own text misspells its name (`MINa`, `MlNA`, `MNA`): the dateline parser reads these as MINA.
    agency_typos=("MINA",),
)
