"""The sandbox site: article models, URL routing, mutation hooks and ground truth."""

from __future__ import annotations

import random
import re
import threading
import zlib
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

from sandbox import content as content_mod
from sandbox import feeds
from sandbox.content import Content
from sandbox.datelines import FORCED_FORMS
from sandbox.model import NEWEST, Article, generate, slugify
from sandbox.page_cache import PageCache
from sandbox.render import Renderer
from sandbox.truth import truth_record, whitespace
from sandbox.words import STATIC_PAGES, Category

EDITIONS = ("id", "en", "ar")
PAGE_SIZE = 10
CONTENT_CACHE = 1024
PIXEL_GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,"
             b"\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
LISTING = re.compile(r"^/(category|tag|author)/(.+?)/?$")
MONTH_ARCHIVE = re.compile(r"^/(\d{4}/\d{2})/?$")
PAGED = re.compile(r"^(.*?)/page/(\d+)/?$")
POST_SITEMAP = re.compile(r"^/post-sitemap(\d*)\.xml$")
HTML = "text/html; charset=UTF-8"
XML = "application/xml; charset=UTF-8"


@dataclass
class Response:
    status: int
    content_type: str
    body: bytes
    headers: dict[str, str] = field(default_factory=dict)


class Site:
    """All articles of a seeded MINA-like site; pages are rendered per request from cheap models."""

    def __init__(self, articles: int = 300, seed: int = 0) -> None:
        self.seed = seed
        self.redesigned = False
        self._error_share = 0.0
        self._error_status = 503
        self._failed_once: set[str] = set()
        self.factory, self.articles = generate(articles, seed)
        self.categories: dict[str, list[Category]] = self.factory.categories
        self._lock = threading.RLock()
        self._cache: OrderedDict[int, Content] = OrderedDict()
        self._pages = PageCache()
        self.by_edition: dict[str, list[int]] = {e: [] for e in EDITIONS}  # oldest first
        self.routes: dict[tuple[str, str], tuple[int, int]] = {}  # (edition, unquoted path) -> (index, page)
        self.listings: dict[tuple[str, str, str], list[int]] = {}  # (edition, kind, key) -> oldest first
        self.by_post_id: dict[int, int] = {}
        self._tag_slugs: dict[str, str] = {}
        self.title_index: dict[str, int] = {}
        self._name_seed_inserts()
        for article in self.articles:
            self._register(article)
        self.initial_by_edition = {e: list(v) for e, v in self.by_edition.items()}
        early = [a.index for a in self.articles
                 if a.published.year == 2012 and a.edition != "ar" and a.writer is None and not a.is_seed]
        self.forced_datelines = dict(zip(early, FORCED_FORMS))

    # ----- building -----
    def _name_seed_inserts(self) -> None:
        """The seed text's `Baca Juga:` headlines become real, newer articles of the id edition."""
        titles = content_mod.seed_titles()
        recent = [a for a in reversed(self.articles) if a.edition == "id" and not a.is_seed and a.writer is None]
        for title, article in zip(titles, recent[::7]):
            article.title = title
            article.slug = self.factory._unique_slug("id", slugify(title, "id"))
            self.title_index[title] = article.index

    def _register(self, a: Article) -> None:
        e = a.edition
        self.by_edition[e].append(a.index)
        self.by_post_id[a.post_id] = a.index
        for page in range(1, a.pages + 1):
            forms = {a.path(page=page)} if a.legacy_path else {a.path(True, page), a.path(False, page)}
            for path in forms:
                self.routes[(e, unquote(path))] = (a.index, page)
        cat = a.category
        for depth in range(1, len(cat.path) + 1):
            self.listings.setdefault((e, "category", "/".join(cat.path[:depth])), []).append(a.index)
        for tag in a.tags:
            self.listings.setdefault((e, "tag", unquote(self.tag_slug(tag))), []).append(a.index)
        self.listings.setdefault((e, "author", a.author.login), []).append(a.index)
        self.listings.setdefault((e, "date", f"{a.published:%Y/%m}"), []).append(a.index)

    def tag_slug(self, tag: str) -> str:
        slug = self._tag_slugs.get(tag)
        if slug is None:
            slug = self._tag_slugs[tag] = slugify(tag, "ar" if re.search(r"[\u0600-\u06ff]", tag) else "id")
        return slug

    # ----- queries used by the renderers -----
    @property
    def now(self) -> datetime:
        """The site's clock: the newest article's publication time."""
        return self.articles[-1].published if self.articles else NEWEST

    def newest(self, edition: str, count: int) -> list[Article]:
        ids = self.by_edition[edition]
        return [self.articles[i] for i in ids[:-count - 1:-1]]

    def top_categories(self, edition: str) -> list[Category]:
        seen, out = set(), []
        for c in self.categories[edition]:
            if c.path[0] not in seen:
                seen.add(c.path[0])
                out.append(c)
        return out

    def neighbours(self, article: Article, count: int) -> list[Article]:
        ids = self.listings[(article.edition, "category", "/".join(article.category.path))]
        return [self.articles[i] for i in ids if i != article.index][-count:]

    def article_url(self, base: str, a: Article, slash: bool | None = None, page: int = 1) -> str:
        return f"{base}/{a.edition}{a.path(slash, page)}"

    def sitemap_url(self, base: str, a: Article) -> str:
        slash = (not a.listing_slash) if a.sitemap_other_form else a.primary_slash
        return self.article_url(base, a, slash=slash)

    def author_name(self, article: Article, content: Content) -> str:
        """The byline writer; on relative-header pages the account's display name is its login (`sajadi`)."""
        if content.byline:
            return content.byline[0]
        return article.author.login if article.relative_header else article.author.name

    def content(self, article: Article) -> Content:
        with self._lock:
            cached = self._cache.get(article.index)
            if cached is not None:
                self._cache.move_to_end(article.index)
                return cached
        candidates = [i for i in self.initial_by_edition[article.edition][-400:] if i != article.index]
        built = content_mod.compose(article, self.seed, candidates, self.forced_datelines.get(article.index),
                                     self.title_index)
        if article.body_override is not None:
            built = content_mod.overridden(built, article.body_override)
        with self._lock:
            self._cache[article.index] = built
            if len(self._cache) > CONTENT_CACHE:
                self._cache.popitem(last=False)
        return built

    # ----- mutation hooks -----
    def _resolve(self, ref: int | str) -> Article:
        if isinstance(ref, int):
            return self.articles[ref]
        text = str(ref)
        if text.isdigit():
            return self.articles[self.by_post_id[int(text)]]
        path = urlsplit(text).path
        edition, _, rest = path.lstrip("/").partition("/")
        index, _ = self.routes[(edition, unquote("/" + rest))]
        return self.articles[index]

    def modify(self, ref: int | str, *, title: str | None = None, body: str | list[str] | None = None,
               modified: datetime | None = None) -> Article:
        """Edit an article (index, post id as a string, or its URL): new title/body, later modified time."""
        with self._lock:
            article = self._resolve(ref)
            if title is not None:
                article.title_override = title
            if body is not None:
                paragraphs = body.split("\n\n") if isinstance(body, str) else list(body)
                article.body_override = tuple(whitespace(p) for p in paragraphs if p.strip())
            article.modified = modified or max(article.modified, self.now) + timedelta(hours=1)
            # A modified post states its modification time, as WordPress SEO plugins do.
            article.meta = replace(article.meta, article_times=article.theme == "current" or article.meta.article_times)
            self._cache.pop(article.index, None)
            self._changed()
            return article

    def redesign(self) -> None:
        """Switch the current theme to other class names (a site redesign): theme selectors stop
        matching while WordPress conventions and metadata stay; content and truth are unchanged."""
        with self._lock:
            self.redesigned = True
            self._changed()

    def transient_errors(self, share: float, status: int = 503) -> None:
        """Answer `status` to the first request of about `share` of all paths (chosen by a stable
        hash of the path); the retry succeeds. `share=0` turns it off."""
        with self._lock:
            self._error_share, self._error_status = share, status
            self._failed_once.clear()

    def _fails_now(self, raw_path: str) -> bool:
        if not self._error_share or zlib.crc32(raw_path.encode()) % 10_000 >= self._error_share * 10_000:
            return False
        with self._lock:
            if raw_path in self._failed_once:
                return False
            self._failed_once.add(raw_path)
            return True

    def add_articles(self, count: int) -> list[Article]:
        """Publish `count` new articles, each a few minutes to an hour after the current newest one."""
        with self._lock:
            rng = random.Random(f"{self.seed}:added:{len(self.articles)}")
            added = []
            moment = self.now
            for _ in range(count):
                moment = moment + timedelta(seconds=rng.randrange(300, 3600))
                edition = rng.choices(EDITIONS, (70, 25, 5))[0]
                article = self.factory.make(len(self.articles), edition, moment)
                self.articles.append(article)
                self._register(article)
                added.append(article)
            self._changed()
            return added

    def _changed(self) -> None:
        """Every page may show a change (listings, related links, feeds): forget all answers."""
        self._pages.clear()

    # ----- ground truth -----
    def truth(self, base_url: str) -> list[dict]:
        base = base_url.rstrip("/")
        return [truth_record(self, base, a) for a in self.articles]

    def truth_record(self, base: str, article: Article) -> dict:
        return truth_record(self, base, article)

    def truth_records(self, base_url: str) -> Iterator[dict]:
        """Records one at a time (20,000 records are ~80 MB of JSON)."""
        base = base_url.rstrip("/")
        return (truth_record(self, base, a) for a in self.articles)

    # ----- routing -----
    def handle(self, raw_path: str, base: str) -> Response:
        """Answer one GET for `raw_path` (path and query as requested) on a server reachable at `base`.

        The answer is the caller's to change (fault modes do): cached answers are handed out as copies.
        """
        if self._fails_now(raw_path):
            page = f"<html><body><h1>{self._error_status} Service Unavailable</h1></body></html>"
            return Response(self._error_status, HTML, page.encode(), {"Retry-After": "1"})
        return self._pages.answer((raw_path, base), lambda: self._answer(raw_path, base))

    def _answer(self, raw_path: str, base: str) -> Response:
        split = urlsplit(raw_path)
        path, query = split.path or "/", parse_qs(split.query)
        renderer = Renderer(self, base)
        if path == "/":
            return Response(200, HTML, renderer.landing().encode())
        if path == "/robots.txt":
            return Response(200, "text/plain; charset=UTF-8", feeds.robots(base).encode())
        edition, _, rest = path.lstrip("/").partition("/")
        if edition not in EDITIONS:
            return Response(404, HTML, renderer.not_found("id").encode())
        if not rest and not path.endswith("/"):
            return Response(301, HTML, b"", {"Location": f"{base}/{edition}/"})
        rest = "/" + rest
        with self._lock:
            return self._route(renderer, edition, rest, query, base)

    def _route(self, r: Renderer, e: str, rest: str, query: dict[str, list[str]], base: str) -> Response:
        if rest == "/":
            if "p" in query:
                return self._shortlink(r, e, query["p"][0])
            if "s" in query:
                return self._search(r, e, query["s"][0])
            return Response(200, HTML, r.home_page(e).encode())
        found = self.routes.get((e, unquote(rest)))
        if found:
            article = self.articles[found[0]]
            return Response(200, HTML, r.article_page(article, found[1]).encode(),
                            {"Link": f"<{base}/{e}/?p={article.post_id}>; rel=shortlink"})
        if rest in ("/feed", "/feed/"):
            return Response(200, "application/rss+xml; charset=UTF-8",
                            feeds.rss(self, base, e, self.newest(e, 10), f"/{e}/feed").encode())
        xml = self._xml(e, rest, base)
        if xml is not None:
            return Response(200, XML, xml.encode())
        if rest.startswith("/wp-json"):
            return Response(200, "application/json; charset=UTF-8", feeds.wp_json(base, e).encode())
        if rest.startswith("/wp-content/"):
            return Response(200, "image/gif", PIXEL_GIF)
        for slug, name in STATIC_PAGES[e]:
            if rest.strip("/") == slug:
                return Response(200, HTML, r.static_page(e, name).encode())
        listing = self._listing(r, e, rest, base)
        if listing is not None:
            return listing
        return Response(404, HTML, r.not_found(e).encode())

    def _xml(self, e: str, rest: str, base: str) -> str | None:
        if rest == "/sitemap_index.xml":
            return feeds.sitemap_index(self, base, e)
        if rest == "/page-sitemap.xml":
            return feeds.page_sitemap(base, e)
        if rest == "/category-sitemap.xml":
            return feeds.category_sitemap(self, base, e)
        if rest == "/news-sitemap.xml":
            return feeds.news_sitemap(self, base, e)
        m = POST_SITEMAP.match(rest)
        if m:
            return feeds.post_sitemap(self, base, e, int(m.group(1) or 1))
        return None

    def _shortlink(self, r: Renderer, e: str, value: str) -> Response:
        index = self.by_post_id.get(int(value)) if value.isdigit() else None
        if index is None or self.articles[index].edition != e:
            return Response(404, HTML, r.not_found(e).encode())
        article = self.articles[index]
        return Response(301, HTML, b"", {"Location": r.link(article)})

    def _search(self, r: Renderer, e: str, words: str) -> Response:
        needle = words.lower().strip()
        hits = [a for a in self.newest(e, 200) if needle and needle in a.shown_title.lower()][:PAGE_SIZE]
        return Response(200, HTML, r.listing_page(e, f"Search: {words}", hits, f"/{e}/?s={words}&", 1, 1).encode())

    def _listing(self, r: Renderer, e: str, rest: str, base: str) -> Response | None:
        page = 1
        feed = False
        paged = PAGED.match(rest)
        if paged:
            rest, page = paged.group(1), int(paged.group(2))
        elif re.search(r"/feed/?$", rest):
            rest, feed = re.sub(r"/feed/?$", "", rest), True
        month = MONTH_ARCHIVE.match(rest)
        m = LISTING.match(rest)
        if month and not feed:
            kind, key, base_path = "date", month.group(1), f"/{e}/{month.group(1)}/"
        elif m:
            kind, key, base_path = m.group(1), unquote(m.group(2)), f"/{e}/{m.group(1)}/{m.group(2)}/"
        else:
            return None
        ids = self.listings.get((e, kind, key))
        if not ids:
            return None
        if feed:
            if kind != "category":
                return None
            items = [self.articles[i] for i in ids[:-11:-1]]
            return Response(200, "application/rss+xml; charset=UTF-8",
                            feeds.rss(self, base, e, items, f"{base_path}feed").encode())
        pages = -(-len(ids) // PAGE_SIZE)
        if page < 1 or page > pages:
            return None
        newest_first = ids[::-1]
        items = [self.articles[i] for i in newest_first[(page - 1) * PAGE_SIZE:page * PAGE_SIZE]]
        if kind == "date":
            return Response(200, HTML, r.archive_page_2018(e, key, items, base_path, page, pages).encode())
        return Response(200, HTML, r.listing_page(e, self._heading(e, kind, key), items, base_path, page, pages,
                                                  f"{base_path}feed" if kind == "category" else None).encode())

    def _heading(self, e: str, kind: str, key: str) -> str:
        if kind == "category":
            return next((c.name for c in self.categories[e] if "/".join(c.path) == key),
                        next((c.parent_names[0] for c in self.categories[e] if c.path[0] == key and c.parent_names), key))
        if kind == "tag":
            return next((t for t, s in self._tag_slugs.items() if unquote(s) == key), key)
        return next((a.author.name for a in self.articles if a.author.login == key), key)
