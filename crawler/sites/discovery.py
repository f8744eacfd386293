"""How a site's articles are found: the data `crawler.spiders.base.NewsSpider` crawls by.

Paths are relative to an edition's root (`/feed` under `https://en.minanews.net` or under a
sandbox's `http://127.0.0.1:8000/en`); patterns are matched against such relative paths.
A run reads, per edition:

* full and backfill runs: robots.txt `Sitemap:` lines (else `sitemap_fallback`), every feed,
  the home page (and the section listings it links), the latest listing and its pages;
* monitor polls: the latest feed and the latest listing only, whose pages are followed,
  newest first, until a page of known articles.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_NOTHING = re.compile(r"(?!)")
_EVERYTHING = re.compile(r"")


@dataclass(frozen=True)
class Pagination:
    """How page N of a listing is spelled: `?page=N` (`query`) or `/page/N/` (a path `segment`)."""

    query: str | None = None  # the page-number parameter (`page`)
    segment: str | None = None  # the path word before the page number (`page`)

    def page_url(self, listing_url: str, number: int) -> str:
        """The URL of page `number` of the listing at `listing_url` (any page of it), in the slash form
        `listing_url` is written in: a site whose listings end without a slash (`/berita`, `/berita/page/2`: WordPress
        with such permalinks, Sitefinity) numbers its pages without one too.
        The home page (`/`) cannot tell: its pages get the slash."""
        parts = urlsplit(self.first_page(listing_url))
        if self.query:
            query = [*parse_qsl(parts.query, keep_blank_values=True), (self.query, str(number))]
            return urlunsplit(parts._replace(query=urlencode(query)))
        written = urlsplit(listing_url).path
        slash = "/" if written.endswith("/") or not written else ""
        return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}/{self.segment}/{number}{slash}"))

    def first_page(self, url: str) -> str:
        """`url` without its page number (`/berita/page/2/` → `/berita/`, `/berita/page/2` → `/berita`)."""
        parts = urlsplit(url)
        if self.query:
            query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != self.query]
            return urlunsplit(parts._replace(query=urlencode(query)))
        path = re.sub(rf"/{re.escape(self.segment or '')}/\d+(/?)$", r"\1", parts.path) or "/"
        return urlunsplit(parts._replace(path=path))

    def number(self, url: str) -> int | None:
        """The page number `url` names, None when it names none."""
        parts = urlsplit(url)
        if self.query:
            value = dict(parse_qsl(parts.query)).get(self.query, "")
        else:
            match = re.search(rf"/{re.escape(self.segment or '')}/(\d+)/?$", parts.path)
            value = match.group(1) if match else ""
        return int(value) if value.isdigit() else None


@dataclass(frozen=True)
class Discovery:
    # The feed of an edition's newest items, per edition code ("*": every other edition).
    latest_feeds: Mapping[str, str]
    # More feeds (sections), read by full and backfill runs, per edition code ("*": every other edition).
    section_feeds: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    home: str = "/"  # links the section listings
    # The listing of every item of an edition, newest first: monitor polls walk it until known articles.
    latest_listing: str = "/"
    pagination: Pagination = Pagination(segment="page")
    # Section listings linked from the home page (full and backfill runs follow them).
    section_paths: re.Pattern[str] = _NOTHING
    # Sitemaps tried when robots.txt names none.
    sitemap_fallback: tuple[str, ...] = ()
    # Sitemaps of a sitemap index whose file name holds one of these words list no articles.
    sitemap_skip_words: tuple[str, ...] = ()
    # Article pages: paths matching `article_paths` and not `not_article_paths`.
    article_paths: re.Pattern[str] = _EVERYTHING
    not_article_paths: re.Pattern[str] = _NOTHING
    # Items that are no text articles (videos, photo stories): never fetched, counted.
    media_paths: re.Pattern[str] = _NOTHING
    # Read the feeds the home page advertises (`<link rel="alternate" type="application/rss+xml">`).
    autodiscover_feeds: bool = False
    # Section listings are the home page's navigation links (nav, header, menus) whose path is a section path,
    # not any link whose path is one (a site of unknown layout: its article slugs are shallow paths too).
    menu_sections: bool = False

    def feeds(self, edition: str, *, sections: bool) -> list[str]:
        latest = self.latest_feeds.get(edition, self.latest_feeds.get("*"))
        more = self.section_feeds.get(edition, self.section_feeds.get("*", ())) if sections else ()
        return [path for path in (latest, *more) if path]

    def is_article_path(self, path: str) -> bool:
        return bool(self.article_paths.search(path)) and not self.not_article_paths.search(path)

    def is_section_path(self, path: str) -> bool:
        return bool(self.section_paths.search(path))


# Any site, no profile (`scrapy crawl news`): its advertised feeds and the usual feed paths (a missing
# one costs one 404), robots.txt sitemaps else the usual ones, the home page and its menu's sections.
# Every same-site link may be an article: the page itself says whether it is (crawler.parsing.page_kind).
ANY_SITE = Discovery(
    latest_feeds={"*": "/feed"},
    section_feeds={"*": ("/rss", "/rss.xml", "/feed.xml", "/atom.xml", "/index.xml")},
    home="/",
    latest_listing="/",
    pagination=Pagination(segment="page"),
    # One or two slug segments (`/politik`, `/news/nasional`).
    section_paths=re.compile(r"^/[a-z0-9]+(?:[-_][a-z0-9]+)*(?:/[a-z0-9]+(?:[-_][a-z0-9]+)*)?/?$", re.IGNORECASE),
    # Yoast News SEO's `news-sitemap.xml`, Detik's `sitemap_news.xml`, Tribun's `sitemap-news.xml`.
    sitemap_fallback=("/sitemap.xml", "/sitemap_index.xml", "/news-sitemap.xml", "/sitemap-news.xml",
                      "/sitemap_news.xml"),
    # WordPress SEO plugins' sitemaps of pages, terms, authors, media attachments and Web Stories hold no articles.
    sitemap_skip_words=("page-sitemap", "category", "tag", "author", "section", "video", "image", "attachment",
                        "web-story"),
    not_article_paths=re.compile(
        r"^/(?:tag|tags|topik|category|kategori|author|penulis|page|feed|rss|search|cari|wp-content|wp-json"
        r"|wp-admin|wp-includes|comments|sitemap|amp|login|register|cdn-cgi)(?:/|$)"
        # WordPress's own scripts at the root (`/wp-login.php?redirect_to=…`, `/xmlrpc.php?rsd`): no posts.
        r"|^/(?:wp-[a-z-]+|xmlrpc)\.php$"
        r"|/(?:feed|rss|page/\d+)/?$"
        r"|\.(?:xml|rss|txt|json|jpe?g|png|gif|webp|svg|pdf|css|js|ico|mp4|mp3|zip)$",
        re.IGNORECASE,
    ),
    autodiscover_feeds=True,
    menu_sections=True,
)
