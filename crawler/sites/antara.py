"""ANTARA, Indonesia's national news agency (Perum LKBN ANTARA): antaranews.com.

Editions: `id` (www.antaranews.com; antaranews.com and m.antaranews.com serve the same
articles), `en` (en.antaranews.com) and the regional bureaus (`<region>.antaranews.com`),
each bureau with its own id sequence. `-a edition=all` crawls every edition listed here.
An article is its host's numeric id: `/berita/<id>/<any slug or none>`, its AMP copy
`/amp/berita/<id>/...` and tracking variants are one article.
"""

from __future__ import annotations

import re

from crawler.parsing.profile import Edition, SiteProfile, UrlRules
from crawler.sites.discovery import Discovery, Pagination

# Regional bureaus (agency-formats.md 1.1: those seen serving articles, and the `/terkini` listings of the others named
# in public code); each is an edition of its own.
BUREAUS = ("aceh", "ambon", "babel", "bali", "banten", "bengkulu", "gorontalo", "jabar", "jambi", "jateng", "jatim",
           "jogja", "kalbar", "kalsel", "kalteng", "kaltim", "kalut", "kepri", "kupang", "lampung", "makassar", "manado",
           "mataram", "megapolitan", "papua", "papuabarat", "papuatengah", "sulteng", "sultra", "sumbar", "sumsel",
           "sumut")
# Topical hosts that serve main-sequence articles (`otomotif.antaranews.com/berita/546646/...`, the hajj season's
# `infohaji.antaranews.com/video/5454675/...`): the main site's.
TOPICAL_HOSTS = tuple(f"{topic}.antaranews.com" for topic in ("otomotif", "pon", "pemilu", "ramadhan", "infohaji"))

EDITIONS = {
    "id": Edition("id", "id", "https://www.antaranews.com", trailing_slash=False,
                  hosts=("antaranews.com", "m.antaranews.com", *TOPICAL_HOSTS)),
    "en": Edition("en", "en", "https://en.antaranews.com", trailing_slash=False),
    **{bureau: Edition(bureau, "id", f"https://{bureau}.antaranews.com", trailing_slash=False)
       for bureau in BUREAUS},
}

# -- identity and discovery (hosts, URL rules, listings, feeds) --

MAIN_HOST = "www.antaranews.com"
DOMAINS = ("antaranews.com", MAIN_HOST, "m.antaranews.com", "en.antaranews.com", *TOPICAL_HOSTS,
           *(f"{bureau}.antaranews.com" for bureau in BUREAUS))
HOSTS = frozenset(host.removeprefix("www.") for host in DOMAINS)

# An AMP copy is fetched as its main page (same id and slug). Unanchored at the start: under a sandbox
# the edition is a path prefix (`/jatim/berita/..`).
AMP_TO_MAIN = (r"/amp/(berita|news)/(\d+)", r"/\1/\2")
# An article is its host's numeric id, `/berita/<id>` (`/news/<id>` in English), whatever slug follows:
# the exported canonical URL has none (slugs change with an edited title, listings cut long ones short), the
# request keeps the linked one. Videos, photo stories and infographics share the id sequence and the slug cuts:
# one key each, however linked. Press releases (`/rilis-pers/<id>/<slug>`, a text item of their own kind, on the
# bureaus too) are cut the same way.
ARTICLE_IDENTITY = (r"/(berita|news|video|foto|infografik|rilis-pers)/(\d+)(?:/[^/]*)?/?$", r"/\1/\2")

URL_RULES = UrlRules(
    hosts=HOSTS,
    https_hosts=frozenset({MAIN_HOST, *HOSTS}),
    # The bare, mobile and topical hosts serve the main site's articles (canonicalization drops `www.` first).
    host_aliases=tuple((host, MAIN_HOST) for host in ("antaranews.com", "m.antaranews.com", *TOPICAL_HOSTS)),
    trailing_slash=((MAIN_HOST, False), *((host, False) for host in HOSTS)),
    path_rewrites=(AMP_TO_MAIN,),
    identity_rewrites=(ARTICLE_IDENTITY,),
)

# Pages of the site that are neither articles nor section listings.
_NOT_SECTIONS = ("terkini", "tag", "search", "rss", "amp", "berita", "news", "video", "foto", "infografik", "img",
                 "indeks", "api", "tentang-kami", "redaksi", "pedoman-media-siber", "kode-etik", "kontak", "karir", "disclaimer")
_SLUG = r"[a-z0-9]+(?:-[a-z0-9]+)*"

DISCOVERY = Discovery(
    latest_feeds={"*": "/rss/terkini.xml", "en": "/rss/news.xml"},
    # Section feeds named in public code (agency-formats.md 1.3) that the bureaus' menus share.
    section_feeds={"*": tuple(f"/rss/{name}.xml" for name in (
        "politik", "hukum", "ekonomi", "metro", "olahraga", "humaniora", "dunia", "tekno")), "en": ()},
    home="/",
    latest_listing="/terkini",
    pagination=Pagination(query="page"),
    section_paths=re.compile(rf"^/(?!(?:{'|'.join(_NOT_SECTIONS)})(?:/|$)){_SLUG}(?:/{_SLUG})?/?$"),
    article_paths=re.compile(r"^/(?:(?:amp/)?(?:berita|news)|rilis-pers)/\d+(?:/[^/]*)?/?$"),
    media_paths=re.compile(r"^/(?:amp/)?(?:video|foto|infografik)/\d+(?:/|$)"),
)

# -- extraction (selectors, site names, credit lines) --

# Three template generations (agency-formats.md 1.4): A 2015-17 (`div.bjbrt`, `#content_news`, `<br><br>`
# paragraphs), B 2018-22 (`header.post-header`, `div.post-content`), C 2023-26 (`wrap__article-detail-*`, a
# Bootstrap template sold to many sites: its classes do not identify ANTARA).
SELECTORS = {
    "title": ("h1.wrap__article-detail-title", "header.post-header h1.post-title", "h1.title"),
    "body": ("div.wrap__article-detail-content", "div.post-content", "#content_news"),
    "header": ("div.wrap__article-detail-info", "header.post-header", "div.bjbrt div.date", "div.bjbrt div.byline"),
    # Template A has no breadcrumb: the section is the active main-menu item (`ul#topnav > li.active`), the
    # sub-section its sub-menu's active link (`div.menu_bg a.active`): the deeper link wins.
    "category": ("ul#topnav > li.active > a", "div.menu_bg a.active"),
    "tags": ("ul.blog-tags a", "footer.post-meta .tags-wrapper a", "span[itemprop=keywords]"),
}

# `<title> - ANTARA News`, regional `- ANTARA News Jawa Timur`, English `- ANTARA News` / `- ANTARA`.
SITE_NAMES = (r"ANTARA(?:\s+News)?(?:\s+[A-Z][a-z]+){0,3}", r"antaranews\.com")

# The copyright line closes the article (`Copyright © ANTARA 2024`, `COPYRIGHT © ANTARA News Jawa Timur 2014`,
# `COPYRIGHT © 2016`); the credit block glued to it (`Pewarta: … Editor : … Copyright © …`) is read as
# printed credits by the body cleaner.
CREDIT_LINES = (r"(?:copyright\s*)?©\s*(?:ANTARA(?:\s+News)?(?:\s+[A-Za-z]+){0,3}\s+)?\d{4}",)

# The editorial code closing an older article (2011-13): the reporter's code (a capital and three digits) or an
# asterisk, then the editors' codes, a capital and three digits or a desk's letter and initials (`(C003)`, `(*/T007)`,
# `(Y009/H-KWR)`).
SIGNATURE_CODES = (r"(?:\*(?=/)|[A-Z]\d{3})(?:/(?:[A-Z]\d{3}|[A-Z]-[A-Z]{2,4})){0,3}",)

# Every token of 1.6 means ANTARA: `ANTARA News`, `Antara <Region>` (regional brands),
# `Antara/<wire service>` (press releases).
AGENCY_ALIASES = {"ANTARA": (r"ANTARA\s+News", r"Antara\s*/\s*[A-Z][\w .&-]{1,40}", r"Antara\s+[A-Z][a-z]+")}

ANTARA = SiteProfile(
    name="antara",
    agency="ANTARA",
    editions=EDITIONS,
    domains=DOMAINS,
    url_rules=URL_RULES,
    selectors=SELECTORS,
    site_names=SITE_NAMES,
    credit_lines=CREDIT_LINES,
    signature_codes=SIGNATURE_CODES,
    agency_aliases=AGENCY_ALIASES,
)
