"""The ANTARA sandbox site: items, URL routing, cached answers and ground truth (see sandbox/README.md)."""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from datetime import datetime
from urllib.parse import parse_qs, urlsplit

from sandbox.antara import feeds, words
from sandbox.antara.content import Content, compose
from sandbox.antara.model import EDITIONS, NEWEST, Edition, Item, generate
from sandbox.antara.render import POPULAR_UTM, RELATED_UTM, Renderer
from sandbox.antara.truth import truth_record
from sandbox.page_cache import PageCache
from sandbox.site import PIXEL_GIF, Response

PAGE_SIZE = 20
CONTENT_CACHE = 1024
RENDERERS = 16  # base URLs (Host headers) whose renderer, with its per-edition chrome, is kept
ITEM_PATH = re.compile(r"^/(amp/)?(berita|news|video|foto)/(\d+)(?:/([^/]*))?/?$")
HTML = "text/html; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"


class AntaraSite:
    """A seeded ANTARA-like site: editions /id, /en and the bureaus /jatim, /bali on one server."""

    name = "antara"

    def __init__(self, articles: int = 300, seed: int = 0) -> None:
        self.seed = seed
        self.items: list[Item] = generate(articles, seed)
        self.articles: list[Item] = [i for i in self.items if i.is_article]
        self._lock = threading.RLock()
        self._content: OrderedDict[int, Content] = OrderedDict()
        self._pages = PageCache()  # rendered answers, as MINA's site keeps them
        self._renderers: dict[str, Renderer] = {}
        self.by_edition: dict[str, list[int]] = {code: [] for code in EDITIONS}  # item indexes, oldest first
        self.articles_by_edition: dict[str, list[int]] = {code: [] for code in EDITIONS}
        self.by_id: dict[tuple[str, str, int], int] = {}  # (edition, directory, id) -> item index
        self.by_section: dict[tuple[str, str], list[int]] = {}  # (edition, section slug path) -> oldest first
        self.by_tag: dict[tuple[str, str], list[int]] = {}
        for item in self.items:
            code = item.edition.code
            self.by_edition[code].append(item.index)
            if item.is_article:
                self.articles_by_edition[code].append(item.index)
            self.by_id[(code, item.directory, item.item_id)] = item.index
            for depth in range(1, len(item.section.path) + 1):
                self.by_section.setdefault((code, "/".join(item.section.path[:depth])), []).append(item.index)
            for tag in item.tags:
                self.by_tag.setdefault((code, tag.replace(" ", "-")), []).append(item.index)
        self._position = {i: n for ids in self.articles_by_edition.values() for n, i in enumerate(ids)}

    # ----- queries used by renderers and truth -----
    @property
    def now(self) -> datetime:
        return self.items[-1].published if self.items else NEWEST

    def newest(self, code: str, count: int, articles_only: bool = False) -> list[Item]:
        ids = (self.articles_by_edition if articles_only else self.by_edition)[code]
        return [self.items[i] for i in ids[:-count - 1:-1]]

    def neighbours(self, item: Item, count: int) -> list[Item]:
        ids = self.by_section[(item.edition.code, item.section.path[0])]
        return [self.items[i] for i in ids if i != item.index and self.items[i].is_article][-count:]

    def content(self, item: Item) -> Content:
        with self._lock:
            cached = self._content.get(item.index)
            if cached is not None:
                self._content.move_to_end(item.index)
                return cached
        if item.is_article:
            position = self._position[item.index]
            candidates = self.articles_by_edition[item.edition.code][max(0, position - 60):position]
        else:
            candidates = []
        built = compose(item, self.seed, candidates)
        with self._lock:
            self._content[item.index] = built
            if len(self._content) > CONTENT_CACHE:
                self._content.popitem(last=False)
        return built

    def article_url(self, base: str, item: Item, slug: str | None = None, amp: bool = False) -> str:
        return f"{base}/{item.edition.code}{item.path(slug, amp)}"

    def variant_urls(self, base: str, item: Item) -> list[str]:
        """Every URL serving the article, canonical first (README: URL map)."""
        canonical = self.article_url(base, item)
        return [canonical, self.article_url(base, item, slug=""), self.article_url(base, item, amp=True),
                canonical + RELATED_UTM, canonical + POPULAR_UTM, canonical + feeds.RSS_UTM]

    # ----- ground truth -----
    def truth(self, base_url: str) -> list[dict]:
        return list(self.truth_records(base_url))

    def truth_records(self, base_url: str):
        base = base_url.rstrip("/")
        return (truth_record(self, base, item) for item in self.articles)

    # ----- routing -----
    def handle(self, raw_path: str, base: str) -> Response:
        """Answer one GET (path and query as requested) for a server reachable at `base`."""
        return self._pages.answer((raw_path, base), lambda: self._answer(raw_path, base))

    def _answer(self, raw_path: str, base: str) -> Response:
        split = urlsplit(raw_path)
        path, query = split.path or "/", parse_qs(split.query)
        r = self._renderer(base)
        if path == "/":
            return Response(200, HTML, r.landing().encode())
        if path == "/robots.txt":
            return Response(200, "text/plain; charset=UTF-8", feeds.robots().encode())
        if path.startswith("/img/"):
            return Response(200, "image/gif", PIXEL_GIF)
        code, _, rest = path.lstrip("/").partition("/")
        edition = EDITIONS.get(code)
        if edition is None:
            return Response(404, HTML, r.not_found().encode())
        if not rest and not path.endswith("/"):
            return Response(301, HTML, b"", {"Location": f"{base}/{code}/"})
        return self._route(r, edition, "/" + rest, query) or Response(404, HTML, r.not_found(edition).encode())

    def _renderer(self, base: str) -> Renderer:
        """The renderer for `base`, kept: it builds each edition's menus, sidebar and footer once."""
        renderer = self._renderers.get(base)
        if renderer is None:
            if len(self._renderers) >= RENDERERS:
                self._renderers.clear()
            renderer = self._renderers[base] = Renderer(self, base)
        return renderer

    def _route(self, r: Renderer, edition: Edition, rest: str, query: dict[str, list[str]]) -> Response | None:
        if rest == "/":
            return Response(200, HTML, r.home(edition).encode())
        found = ITEM_PATH.match(rest)
        if found:
            return self._item(r, edition, bool(found.group(1)), found.group(2), int(found.group(3)))
        if rest.startswith("/rss/"):
            return self._feed(r, edition, rest[len("/rss/"):].removesuffix(".xml"))
        trimmed = rest.strip("/")
        for slug, title in words.STATIC_PAGES:
            if trimmed == slug:
                return Response(200, HTML, r.static(edition, title).encode())
        page_values = query.get("page", ["1"])
        page = int(page_values[0]) if page_values[0].isdigit() else 0
        if trimmed == "terkini":
            return self._listing(r, edition, "Berita Terkini", self.by_edition[edition.code], "/terkini", page)
        if trimmed.startswith("tag/"):
            ids = self.by_tag.get((edition.code, trimmed[4:]))
            return self._listing(r, edition, f"Tag: {trimmed[4:]}", ids, f"/{trimmed}", page) if ids else None
        ids = self.by_section.get((edition.code, trimmed))
        if ids:
            name = next(s.name for s in edition.sections if s.slug_path == trimmed)
            return self._listing(r, edition, name, ids, f"/{trimmed}", page)
        return None

    def _item(self, r: Renderer, edition: Edition, amp: bool, directory: str, item_id: int) -> Response | None:
        index = self.by_id.get((edition.code, directory, item_id))
        if index is None:
            return None
        item = self.items[index]
        if item.is_article:
            page = r.amp(item, self.content(item)) if amp else r.article(item, self.content(item))
            return Response(200, HTML, page.encode())
        return None if amp else Response(200, HTML, r.media(item).encode())

    def _feed(self, r: Renderer, edition: Edition, name: str) -> Response | None:
        latest = "news" if edition.language == "en" else "terkini"
        if name == latest:
            ids = self.by_edition[edition.code]
        elif any(s.slug_path == name for s in edition.sections if len(s.path) == 1):
            ids = self.by_section.get((edition.code, name), [])
        else:
            return None
        items = [self.items[i] for i in ids[:-feeds.FEED_SIZE - 1:-1]]
        self_url = f"{r.base}/{edition.code}/rss/{name}.xml"
        title = f"ANTARA News - {'Berita Terkini' if name == 'terkini' else name.title()}"
        return Response(200, RSS, feeds.rss(edition, items, self_url, r.link, title, r.base).encode())

    def _listing(self, r: Renderer, edition: Edition, heading: str, ids: list[int], path: str,
                 page: int) -> Response | None:
        pages = max(1, -(-len(ids) // PAGE_SIZE))
        if page < 1 or page > pages:
            return None
        newest_first = ids[::-1][(page - 1) * PAGE_SIZE:page * PAGE_SIZE]
        html = r.listing(edition, heading, [self.items[i] for i in newest_first], path, page, pages)
        return Response(200, HTML, html.encode())
