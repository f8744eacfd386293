"""The outlet sandbox site: URL routing, feed, sitemaps and ground truth (see sandbox/README.md, "The outlet").

| URL | what |
|---|---|
| `/robots.txt` | `Sitemap:` lines: the news sitemap first, then the archive sitemap |
| `/` | home: the 20 newest as teasers (headline, excerpt, time), a menu of sections, `<link rel=alternate>` feed |
| `/<section>` (`?page=N`) | section listing, 10 per page, `<link rel=next>` |
| `/label/<tag>`, `/profil/<author>` | tag and author listings (linked from articles) |
| `/<section>/d-<id>/<slug>`, `/read/YYYY/MM/DD/<id>/<slug>` | articles (four markup families); `?page=N`: a paged article's pages |
| `/rss/terbaru` | RSS 2.0, the 20 newest (only the home page's `<link rel=alternate>` names it) |
| `/sitemap-news.xml`, `/sitemap.xml` | Google News sitemap (the last 2 days), every article |
| `/tentang-kami`, `/redaksi`, ... | static pages: not articles |
"""

from __future__ import annotations

import math
import re
from email.utils import format_datetime
from html import escape
from typing import Any
from urllib.parse import parse_qs, urlsplit

from sandbox.calendars import iso_wib
from sandbox.outlet.model import NEWEST, OUTLET, SECTIONS, STATIC_PAGES, Article, generate
from sandbox.outlet.render import Renderer, author_slug, label_slug
from sandbox.site import Response

HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
PAGE_SIZE = 10
HOME_SIZE = 20
FEED_SIZE = 20
NEWS_SITEMAP_DAYS = 2
_DETAIL = re.compile(r"^/([a-z]+)/d-(\d+)/([a-z0-9-]+)/?$")
_READ = re.compile(r"^/read/(\d{4})/(\d{2})/(\d{2})/(\d+)/([a-z0-9-]+)/?$")


class OutletSite:
    """A seeded Indonesian outlet with no profile in the crawler (`scrapy crawl news`)."""

    name = "outlet"

    def __init__(self, articles: int = 300, seed: int = 0) -> None:
        self.seed = seed
        self.articles: list[Article] = generate(articles, seed)
        self.by_id = {a.article_id: a for a in self.articles}
        self.newest_first = list(reversed(self.articles))

    def popular(self) -> list[Article]:
        """The sidebar's "Terpopuler": a fixed handful of older articles (their times are no article's time)."""
        return self.newest_first[3:len(self.articles):7]

    # ----- routing -----
    def handle(self, raw_path: str, base: str) -> Response:
        parts = urlsplit(raw_path)
        path, query = parts.path or "/", parse_qs(parts.query)
        page = int(query["page"][0]) if query.get("page", [""])[0].isdigit() else 1
        render = Renderer(self, base.rstrip("/"))
        if path == "/robots.txt":
            return Response(200, "text/plain; charset=UTF-8",
                            (f"User-agent: *\nDisallow: /search\n\nSitemap: {base}/sitemap-news.xml\n"
                             f"Sitemap: {base}/sitemap.xml\n").encode())
        if path == "/":
            return self._html(render.listing(f"{OUTLET} - Berita Terkini", self.newest_first[:HOME_SIZE], 1, 1, "/",
                                             body_class="home"))
        if path == "/rss/terbaru":
            return Response(200, RSS, self.rss(render).encode())
        if path == "/sitemap.xml":
            return Response(200, XML, self.sitemap(render, self.articles).encode())
        if path == "/sitemap-news.xml":
            return Response(200, XML, self.news_sitemap(render).encode())
        article = self.find_article(path)
        if article is not None:
            if page > article.pages:
                return Response(404, HTML, render.not_found().encode())
            return self._html(render.article(article, page))
        listing = self.listing(path)
        if listing is not None:
            title, members = listing
            pages = max(1, math.ceil(len(members) / PAGE_SIZE))
            if page > pages:
                return Response(404, HTML, render.not_found().encode())
            shown = members[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
            return self._html(render.listing(title, shown, page, pages, path.rstrip("/")))
        for slug, name in STATIC_PAGES:
            if path.rstrip("/") == f"/{slug}":
                return self._html(render.static(slug, name))
        return Response(404, HTML, render.not_found().encode())

    @staticmethod
    def _html(page: str) -> Response:
        return Response(200, HTML, page.encode())

    def find_article(self, path: str) -> Article | None:
        match = _DETAIL.match(path) or _READ.match(path)
        if match is None:
            return None
        article = self.by_id.get(int(match.group(2) if match.re is _DETAIL else match.group(4)))
        return article if article is not None and article.path == path.rstrip("/") else None

    def listing(self, path: str) -> tuple[str, list[Article]] | None:
        """(title, members newest first) of a section, label or author listing at `path`."""
        parts = path.strip("/").split("/")
        if len(parts) == 1:
            for slug, name in SECTIONS:
                if parts[0] == slug:
                    return name, [a for a in self.newest_first if a.section[0] == slug]
        if len(parts) == 2 and parts[0] == "label":
            members = [a for a in self.newest_first if any(label_slug(t) == parts[1] for t in a.tags)]
            return (f"Label: {parts[1].replace('-', ' ')}", members) if members else None
        if len(parts) == 2 and parts[0] == "profil":
            members = [a for a in self.newest_first if author_slug(a.author) == parts[1]]
            return (f"Profil: {members[0].author}", members) if members else None
        return None

    # ----- feed and sitemaps -----
    def rss(self, render: Renderer) -> str:
        items = "\n".join(
            f"<item><title>{escape(a.title)}</title><link>{render.url(a)}</link>"
            f"<pubDate>{format_datetime(a.published)}</pubDate><guid>{render.url(a)}</guid></item>"
            for a in self.newest_first[:FEED_SIZE])
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f"<title>{OUTLET}</title><link>{render.base}/</link>\n{items}\n</channel></rss>\n")

    @staticmethod
    def sitemap(render: Renderer, articles: list[Article]) -> str:
        rows = "\n".join(f"<url><loc>{render.url(a)}</loc><lastmod>{a.published.isoformat()}</lastmod></url>"
                         for a in articles)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n'
                f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{rows}\n</urlset>\n')

    def news_sitemap(self, render: Renderer) -> str:
        recent = [a for a in self.newest_first if (NEWEST - a.published).days < NEWS_SITEMAP_DAYS]
        rows = "\n".join(
            f"<url><loc>{render.url(a)}</loc><news:news><news:publication><news:name>{OUTLET}</news:name>"
            f"<news:language>id</news:language></news:publication>"
            f"<news:publication_date>{a.published.isoformat()}</news:publication_date>"
            f"<news:title>{escape(a.title)}</news:title></news:news></url>" for a in recent)
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
                f'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n{rows}\n</urlset>\n')

    # ----- ground truth -----
    def truth_records(self, base_url: str):
        base = base_url.rstrip("/")
        for a in self.articles:
            yield truth_record(a, base)

    def truth(self, base_url: str) -> list[dict[str, Any]]:
        return list(self.truth_records(base_url))


# Printed editors: Kompas-like credits (`Editor:`) and Republika-like (`Red:`); the others print none.
_PRINTS_EDITOR = frozenset({"read", "column"})


def truth_record(a: Article, base: str) -> dict[str, Any]:
    """What a perfect extractor returns for `a` (field names of crawler/schema.py, as sandbox/truth.py)."""
    url = f"{base}{a.path}"
    paragraphs = [" ".join(p.split()) for p in a.paragraphs]
    return {
        "id_hint": a.article_id,
        "url": url,
        "urls": [url],
        "page_urls": [f"{url}?page={n}" for n in range(2, a.pages + 1)],
        "canonical_url": url,
        "template": a.template,
        "edition": None,
        "language": "id",
        "title": a.title,
        "published_at": iso_wib(a.published),
        "published_precision": "minute",
        "author": a.author,
        "editor": a.editor if a.template in _PRINTS_EDITOR else None,
        "category": a.section[1],
        "tags": list(a.tags),
        "dateline": {"raw": a.dateline[:-2] + (" --" if a.template == "column" else " -"), "place": a.dateline_place, "agency": a.dateline_agency, "date": None,
                     "hijri": None},
        "lead": paragraphs[0],
        "body": "\n\n".join(paragraphs),
    }
