"""One article page in, one exported item out: layered extraction.

Every field is tried with strategies in a fixed order and the first that finds
something wins; `Extraction.sources` records which one did (the spider counts them
as `extract/<field>/<strategy>`, so a theme change shows up in the crawl stats).
Strategy names: "profile" (the site profile's theme selectors), "wordpress"
(WordPress conventions: `h1.entry-title`, `.entry-content`, `rel="tag"`,
`rel="category tag"`, `time[datetime]`, `.entry-author`), "html" (generic markup:
any `<h1>`, `<title>`, breadcrumbs, figures), "meta" (`og:` / `article:` / `name=`
meta tags), "jsonld" (NewsArticle / Article, also inside `@graph`), "text" (text
patterns: the header byline, `Editor :`, `Tags:`), "body" (found while cleaning the
body: opinion bylines, the dateline), "density" (the element holding the most
`<p>` text, when no known body container matches), "dateline", "relative", "url".

`published_at`, in order of preference (the first that gives a time wins):

1. The visible header time with WIB/WITA/WIT (`Rana Setiawan - Jumat, 15 Februari 2019 -
   23:14 WIB`, 2018: `Monday, 19 March 2018 | 12:56 WIB`): what a reader sees, minute
   precision. A machine-readable timestamp (JSON-LD, `article:published_time`,
   `time[datetime]`) that agrees with it to the minute (read as WIB when its offset is
   `+00:00`) supplies the seconds. Outside a known header container only a time with its
   zone counts (tickers and "popular" lists show other articles' times); a header date
   without a clock comes after step 3.
2. JSON-LD `datePublished`, then `article:published_time`, with an explicit non-zero offset.
3. The entry's `time[datetime]`, then a `+00:00` / offset-less meta or JSON-LD value: MINA
   writes its WIB wall clock with a wrong `+00:00`, so the wall clock is kept and read as WIB.
4. The dateline's Gregorian date (long 2012-2017 datelines), at midnight WIB.
5. A relative header time (`6 hours ago`) counted back from `fetched_at`.

All times are written in WIB (`+07:00`). `modified_at` comes from
`article:modified_time`, JSON-LD `dateModified` or `time.updated`, read the same way
(explicit non-zero offsets converted, `+00:00` read as WIB), else null.

The image: `image.url` is the lead image (`og:image`, JSON-LD image, `.wp-post-image`,
the first figure outside the body text); `caption` is its figure caption without the photo
credit (captions inside the body text are dropped with the body's noise); `credit` is the
credit as written, with its parentheses if it has them (`(Foto: Hadis/MINA)`, `Photo: PIC`,
`(photo special)`), null when none is named.
"""

from __future__ import annotations

import copy
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import Any
from urllib.parse import unquote, urlsplit

import orjson
from lxml import etree

from crawler.parsing.dates import WIB, find_body_dates, parse_date, wall_clock_as_wib
from crawler.parsing.html import (
    Block,
    DocumentIndex,
    absolute,
    blocks_of,
    decode_html,
    element_text,
    fold,
    lines_before,
    parse_html,
)
from crawler.parsing.simhash import simhash_hex
from crawler.parsing.text import CleanBody, HeaderByline, clean_body, find_editor, parse_header_line
from crawler.parsing.urls import (
    article_id,
    article_root_url,
    bare_host,
    canonicalize_url,
    is_mina_host,
    page_number,
    same_site,
)
from crawler.profiles import MINA, Edition, SiteProfile
from crawler.schema import FIELD_NAMES, SCHEMA_VERSION

PROFILE: SiteProfile = MINA
_MAX_JSONLD_CHARS = 200_000
_MAX_HEADER_BLOCKS = 60
_MAX_META = 300
_MAX_DENSITY_PARAGRAPHS = 3000
_MAX_PAGE_LINK_CANDIDATES = 200

_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                            "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle"})
_WORDPRESS = {
    "title": ("h1.entry-title", "h1.post-title"),
    "body": (".entry-content", "[itemprop=articleBody]", ".post-content"),
    "header": (".entry-meta", ".entry-header", ".post-meta"),
    "author": (".entry-author a", ".entry-author", "a[rel~=author]", ".author.vcard a", ".byline .author"),
    "date": (".entry-header time[datetime]", ".entry-meta time[datetime]", "article time[datetime]",
             "time.entry-date[datetime]", "time[datetime]"),
    "category": ("a[rel~=category]",),
    "tags": (".tags-links a", ".post-tags a", ".entry-tags a", ".tags a", "a[rel~=tag]"),
    "image": ("img.wp-post-image",),
}
# Elements inside the body container that are never body text.
_NOT_BODY = etree.XPath(
    ".//*[self::figure or self::figcaption or (@class and (contains(@class, 'wp-caption')"
    " or contains(@class, 'sharedaddy') or contains(@class, 'jp-relatedposts') or contains(@class, 'page-links')"
    " or contains(@class, 'post-views') or contains(@class, 'share-buttons') or contains(@class, 'social-share')"
    " or contains(@class, 'adsbygoogle') or contains(@class, 'code-block')))]"
)
_TAG_LIST = etree.XPath(
    "ancestor::*[contains(@class, 'tags') or contains(@class, 'tag-list') or contains(@class, 'post-tags')]"
)
_PARAGRAPHS = etree.XPath("//p")
_LINK_TARGETS = etree.XPath("//a/@href", smart_strings=False)
_JSONLD_TYPE = "application/ld+json"
_PAGE_LINK = re.compile(r"/\d{1,3}/?(?:[?#].*)?$")
_HTML_LANG = etree.XPath("/html/@lang", smart_strings=False)
_H1 = etree.XPath("//h1[not(contains(@class, 'site-title')) and not(contains(@class, 'logo'))]")
_BREADCRUMB_LINKS = etree.XPath("//*[contains(@class, 'breadcrumb')]//a[contains(@href, '/category/')]")
_UPDATED_TIME = etree.XPath("//time[contains(concat(' ', normalize-space(@class), ' '), ' updated ')"
                            " and not(contains(@class, 'published')) and not(contains(@class, 'entry-date'))]"
                            "[@datetime]")
# Tag and class tests first: an `[.//img]` test on every element costs a search per element.
_FIGURES = etree.XPath(".//figure[.//img] | .//*[@class and contains(@class, 'wp-caption')"
                       " and contains(concat(' ', normalize-space(@class), ' '), ' wp-caption ')][.//img]")
_CAPTION_TEXT = etree.XPath(
    ".//*[self::figcaption or contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
)
_ARTICLE_ANCESTOR = etree.XPath("ancestor::article[1]")
_BODY = etree.XPath("/html/body")

_SITE_SUFFIX = re.compile(
    r"\s+[-|–—:]\s+(?:MINA(?:\s+News)?|Mi[’']?raj\s+(?:Islamic\s+)?News\s+Agency(?:\s*\(MINA\))?"
    r"|minanews\.net|mirajnews\.com|MINA\s+News\s+Agency)\s*$",
    re.IGNORECASE,
)
_CREDIT_IN_CAPTION = re.compile(
    r"\(\s*(?:(?:foto|photo|photos|sumber\s+foto|image|صورة)\s*:[^()]{1,120}"
    r"|(?:foto|photo)\s+(?:special|istimewa|ist|dok|doc|file)\.?)\s*\)"
    r"|(?:foto|photo|photos|sumber\s+foto)\s*:\s*[^()]{1,120}?\s*$",
    re.IGNORECASE,
)
_ARABIC_LETTER = re.compile(r"[\u0600-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_LANG_CODES = {"id": "id", "in": "id", "en": "en", "ar": "ar"}
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "src")
_LOGIN = re.compile(r"[a-z0-9_.-]{2,40}")
_ZONE = re.compile(r"\b(?:WIB|WITA|WIT)\b")
_CLOCK = re.compile(r"\d[:.]\d\d")


@dataclass
class Extraction:
    """The exported item, per field the strategy that found it, and the article's other pages."""

    item: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    page_links: list[str] = field(default_factory=list)


@dataclass
class _Page:
    root: etree._Element
    url: str
    meta: dict[str, str]
    meta_tags: list[str]
    jsonld: dict[str, Any]
    scope: etree._Element  # the <article> holding the body, else the whole document
    index: DocumentIndex
    container: etree._Element | None
    container_source: str | None

    def select(self, root: etree._Element, selector: str) -> list:
        return self.index.select(root, selector)

    def first(self, root: etree._Element, selectors: tuple[str, ...]) -> etree._Element | None:
        for selector in selectors:
            for element in self.select(root, selector):
                if isinstance(element, etree._Element):
                    return element
        return None


# -- public API ----------------------------------------------------------------


def parse_article(html: str | bytes, url: str, *, fetched_at: datetime | None = None) -> dict[str, Any]:
    """The exported item of an article page (a dict with `crawler.schema.FIELD_NAMES`, in order)."""
    return extract_article(html, url, fetched_at=fetched_at).item


def extract_article(html: str | bytes, url: str, *, fetched_at: datetime | None = None) -> Extraction:
    """The item and the strategy that found each field; total (never raises)."""
    fetched = _as_utc(fetched_at)
    url = url if isinstance(url, str) else ""
    try:
        return _extract(decode_html(html), url, fetched)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.Error):
        # Last line of defence for markup nobody anticipated: an item with what is certain.
        return Extraction(_item(url, canonicalize_url(url), _edition(url, None, ""), "", fetched, CleanBody([])))


def page_links(html: str | bytes, url: str) -> list[str]:
    """Absolute URLs of the other pages of a multi-page article (empty for a single page)."""
    root = parse_html(decode_html(html))
    if root is None or not isinstance(url, str):
        return []
    return _page_links(_LINK_TARGETS(root), url)


def _page_links(hrefs: list[str], url: str) -> list[str]:
    """Of a page's link targets `hrefs`, the other pages of the article at `url`, in page order."""
    candidates = dict.fromkeys(href for href in hrefs if _PAGE_LINK.search(href))
    if not candidates:
        return []
    article = article_root_url(url)
    current = page_number(url)
    pages: dict[int, str] = {}
    for href in list(candidates)[:_MAX_PAGE_LINK_CANDIDATES]:
        link = absolute(url, href)
        if link is None or article_root_url(link) != article:
            continue
        number = page_number(link)
        if number > 1 and number != current:
            pages.setdefault(number, link.split("#", 1)[0])
    return [pages[n] for n in sorted(pages)]


def merge_article_pages(items: list[dict]) -> dict:
    """Page 1's item with the later pages' paragraphs, related links and dates appended."""
    if not items:
        return {}
    merged = dict(items[0])
    paragraphs = [p for item in items for p in (item.get("body") or "").split("\n\n") if p]
    related = [entry for item in items for entry in item.get("related") or []]
    dates: list[dict] = []
    for item in items:
        dates += [d for d in item.get("mentioned_dates") or [] if d not in dates]
    body = "\n\n".join(paragraphs)
    merged.update(
        body=body,
        lead=paragraphs[0] if paragraphs else None,
        word_count=len(body.split()),
        content_hash=_content_hash(body),
        simhash=simhash_hex(body),
        related=related,
        mentioned_dates=dates,
        signature=items[-1].get("signature"),
    )
    return merged


# -- extraction ----------------------------------------------------------------


def _extract(html: str, url: str, fetched: datetime) -> Extraction:
    root = parse_html(html)
    if root is None:
        return Extraction(_item(url, canonicalize_url(url), _edition(url, None, ""), "", fetched, CleanBody([])))
    page = _load_page(root, url)
    sources: dict[str, str] = {}

    def found(name: str, value: Any, source: str | None) -> Any:
        if source and value not in (None, "", []):
            sources[name] = source
        return value

    title = found("title", *_title(page))
    blocks = blocks_of(page.container, url, skip=_skipped(page.container)) if page.container is not None else []
    cleaned = clean_body(blocks, title=title or None)
    if page.container_source and cleaned.paragraphs:
        sources["body"] = page.container_source
    header_lines, known_header = _header_lines(page)
    header = _header_byline(header_lines, known_header)
    html_lang = _html_lang(root)
    edition = _edition(url, html_lang, title + " ".join(cleaned.paragraphs[:2]))
    language = _LANG_CODES.get(html_lang or "", edition.language)
    canonical = found("canonical_url", *_canonical_url(page, edition))
    item = _item(url, canonical, edition, title, fetched, cleaned)
    item["language"] = language

    published, published_source = _published_at(page, header, cleaned, fetched, language)
    item["published_at"] = found("published_at", _iso(published), published_source)
    item["modified_at"] = found("modified_at", *_modified_at(page))
    author, author_source = (cleaned.byline_author, "body") if cleaned.byline_author else _author(page, header)
    item["author"] = found("author", author, author_source)
    editor = (header.editor if header and header.editor else None) or _editor(header_lines)
    item["editor"] = found("editor", editor, "text")
    category, category_path, category_source = _category(page)
    item["category"] = found("category", category, category_source)
    item["category_path"] = category_path
    item["tags"] = found("tags", *_tags(page, blocks))
    item["image"] = found("image", *_image(page))
    if cleaned.dateline is not None:
        item["dateline"] = found("dateline", cleaned.dateline.to_dict(), "body")
    item["mentioned_dates"] = _mentioned_dates(item["body"], published)
    hrefs = [href for link in page.index.by_tag["a"] if (href := link.get("href")) is not None]
    return Extraction(item, sources, _page_links(hrefs, url))


def _item(url: str, canonical: str, edition: Edition, title: str, fetched: datetime,
          cleaned: CleanBody) -> dict[str, Any]:
    body = "\n\n".join(cleaned.paragraphs)
    words = body.split()
    values: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": article_id(canonical),
        "url": url,
        "canonical_url": canonical,
        "agency": PROFILE.agency,
        "edition": edition.code,
        "language": edition.language,
        "title": title,
        "published_at": None,
        "modified_at": None,
        "author": None,
        "editor": None,
        "category": None,
        "category_path": [],
        "tags": [],
        "dateline": None,
        "lead": cleaned.paragraphs[0] if cleaned.paragraphs else None,
        "body": body,
        "word_count": len(words),
        "signature": cleaned.signature,
        "related": cleaned.related,
        "image": None,
        "mentioned_dates": [],
        "fetched_at": fetched.isoformat(timespec="seconds"),
        "content_hash": _words_hash(words),
        "simhash": simhash_hex(body),
        # Export bookkeeping, settled by the pipelines; a page on its own is a first sighting.
        "version": 1,
        "duplicate_of": None,
        "discovered_at": fetched.isoformat(timespec="seconds"),
    }
    return {name: values[name] for name in FIELD_NAMES}


def _load_page(root: etree._Element, url: str) -> _Page:
    meta: dict[str, str] = {}
    meta_tags: list[str] = []
    index = DocumentIndex(root)
    for element in index.tagged("meta", "content")[:_MAX_META]:
        key = (element.get("property") or element.get("name") or element.get("itemprop") or "").strip().lower()
        content = fold(element.get("content") or "")
        if not key or not content:
            continue
        if key == "article:tag":
            meta_tags.append(content)
        meta.setdefault(key, content)
    container, container_source = _body_container(root, index)
    scope = root
    if container is not None:
        ancestors = _ARTICLE_ANCESTOR(container)
        scope = ancestors[0] if ancestors else root
    return _Page(root, url, meta, meta_tags, _jsonld_article(index), scope, index, container, container_source)


def _jsonld_article(index: DocumentIndex) -> dict[str, Any]:
    """The first NewsArticle/Article object of the page's JSON-LD (also inside `@graph`)."""
    for script in index.by_tag["script"]:
        raw = script.text
        if not raw or script.get("type") != _JSONLD_TYPE or len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            data = orjson.loads(raw.strip().encode("utf-8", "replace"))
        except orjson.JSONDecodeError:
            continue
        pending = list(data) if isinstance(data, list) else [data]
        while pending:
            node = pending.pop(0)
            if not isinstance(node, dict):
                continue
            graph = node.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph[:100])
            kinds = node.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if any(isinstance(k, str) and k in _ARTICLE_TYPES for k in kinds):
                return node
    return {}


def _strategies(name: str) -> list[tuple[tuple[str, ...], str]]:
    return [(PROFILE.selectors.get(name, ()), "profile"), (_WORDPRESS.get(name, ()), "wordpress")]


def _body_container(root: etree._Element, index: DocumentIndex) -> tuple[etree._Element | None, str | None]:
    for selectors, source in _strategies("body"):
        for selector in selectors:
            for element in index.select(root, selector):
                if isinstance(element, etree._Element) and any(t.strip() for t in element.itertext()):
                    return element, source
    return _densest_paragraph_parent(root), "density"


def _densest_paragraph_parent(root: etree._Element) -> etree._Element | None:
    """The element whose `<p>` children hold the most text outside links (never `<body>` itself).

    Link text does not count: sidebars and "related" lists are paragraphs of links.
    """
    weights: dict[etree._Element, int] = {}
    for paragraph in _PARAGRAPHS(root)[:_MAX_DENSITY_PARAGRAPHS]:
        parent = paragraph.getparent()
        if parent is not None:
            own_text = len("".join(paragraph.itertext())) - sum(len("".join(a.itertext())) for a in paragraph.iter("a"))
            weights[parent] = weights.get(parent, 0) + own_text
    if not weights:
        return None
    best = max(weights, key=weights.__getitem__)
    if best.tag in ("body", "html"):
        holder = etree.Element("div")  # only the paragraphs, not the whole page
        for paragraph in best.iterchildren("p"):
            holder.append(_copy(paragraph))
        return holder
    return best


def _copy(element: etree._Element) -> etree._Element:
    clone = copy.deepcopy(element)
    clone.tail = None
    return clone


def _skipped(container: etree._Element) -> frozenset[etree._Element]:
    return frozenset(_NOT_BODY(container))


# -- fields --------------------------------------------------------------------


def _strip_site_name(title: str, site_name: str | None) -> str:
    title = _SITE_SUFFIX.sub("", title)
    if site_name:
        for separator in (" - ", " | ", " – ", " — "):
            suffix = separator + site_name
            if title.endswith(suffix) and len(title) > len(suffix):
                return title[: -len(suffix)].strip()
    return title.strip()


def _title(page: _Page) -> tuple[str, str | None]:
    for selectors, source in _strategies("title"):
        element = page.first(page.root, selectors)
        if element is not None and (text := element_text(element)):
            return _strip_site_name(text, page.meta.get("og:site_name")), source
    for element in _H1(page.scope) or _H1(page.root):
        if text := element_text(element):
            return text, "html"
    site_name = page.meta.get("og:site_name")
    if page.meta.get("og:title"):
        return _strip_site_name(page.meta["og:title"], site_name), "meta"
    headline = page.jsonld.get("headline")
    if isinstance(headline, str) and fold(headline):
        return _strip_site_name(fold(headline), site_name), "jsonld"
    for element in page.index.by_tag["title"]:
        if text := element_text(element):
            return _strip_site_name(text, site_name), "html"
    return "", None


def _header_lines(page: _Page) -> tuple[list[str], bool]:
    """Text lines of the article header (byline, date, editor), and whether a known header
    container held them (else they are the page's lines just before the body)."""
    for selectors, _ in _strategies("header"):
        lines = [b.text for s in selectors for e in page.select(page.scope, s)
                 if isinstance(e, etree._Element) for b in blocks_of(e, page.url)]
        if lines:
            return lines, True
    body = _BODY(page.root)
    return lines_before(body[0] if body else page.root, page.container, limit=_MAX_HEADER_BLOCKS), False


def _header_byline(lines: list[str], known_header: bool) -> HeaderByline | None:
    """The first byline of the header lines. Outside a known header container only a time
    with its zone counts: tickers (`6 hours ago`) and popular lists (`Rabu, 24 Desember
    2025 | 07:26`) sit there too."""
    for line in lines:
        if len(line) <= 300 and (header := parse_header_line(line)) is not None:
            if known_header or (not header.relative and _ZONE.search(header.when)):
                return header
    return None


def _editor(lines: list[str]) -> str | None:
    for line in lines:
        if editor := find_editor(line):
            return editor
    return None


def _author(page: _Page, header: HeaderByline | None) -> tuple[str | None, str | None]:
    profile = page.first(page.scope, PROFILE.selectors.get("author", ()))
    if profile is not None and (text := element_text(profile)):
        return text, "profile"
    # Relative-time headers show the writer's login (`sajadi`); a display name in the
    # metadata is then the better reading.
    header_login = header is not None and header.author is not None and _LOGIN.fullmatch(header.author)
    if header and header.author and not header_login:
        return header.author, "text"
    element = page.first(page.scope, _WORDPRESS["author"])
    if element is not None and (text := element_text(element)) and not header_login:
        return text, "wordpress"
    author = page.jsonld.get("author")
    for candidate in author if isinstance(author, list) else [author]:
        name = candidate.get("name") if isinstance(candidate, dict) else candidate
        if isinstance(name, str) and fold(name):
            return fold(name), "jsonld"
    name = page.meta.get("author") or page.meta.get("article:author")
    if name and not name.startswith(("http://", "https://")):
        return name, "meta"
    if header_login:
        return header.author, "text"
    return None, None


def _category(page: _Page) -> tuple[str | None, list[str], str | None]:
    candidates: list[tuple[etree._Element, str]] = []
    for selectors, source in _strategies("category"):
        candidates = [(e, source) for s in selectors for e in page.select(page.scope, s)
                      if isinstance(e, etree._Element) and e.get("href")]
        if candidates:
            break
    if not candidates and any("breadcrumb" in name for name in page.index.by_class):
        candidates = [(e, "html") for e in _BREADCRUMB_LINKS(page.root)]
    best: tuple[int, str, list[str], str] | None = None
    for element, source in candidates:
        path = _category_path(absolute(page.url, element.get("href")) or "")
        name = element_text(element)
        if name and (best is None or len(path) > best[0]):
            best = (len(path), name, path, source)
    if best:
        return best[1], best[2], best[3]
    section = page.meta.get("article:section")
    if section:
        return section, [], "meta"
    section = page.jsonld.get("articleSection")
    section = section[-1] if isinstance(section, list) and section else section
    if isinstance(section, str) and fold(section):
        return fold(section), [], "jsonld"
    return None, [], None


def _category_path(url: str) -> list[str]:
    path = urlsplit(url).path
    marker = path.find("/category/")
    if marker < 0:
        return []
    return [unquote(s) for s in path[marker + len("/category/"):].split("/") if s and s != "feed"]


def _tags(page: _Page, blocks: list[Block]) -> tuple[list[str], str | None]:
    for selectors, source in _strategies("tags"):
        names: list[str] = []
        for selector in selectors:
            for element in page.select(page.scope, selector):
                if not isinstance(element, etree._Element) or _is_body_keyword(element, page.container):
                    continue
                if "category" in (element.get("rel") or "").split():
                    continue
                name = element_text(element)
                if name and name not in names:
                    names.append(name)
        if names:
            return names, source
    if page.meta_tags:
        return list(dict.fromkeys(page.meta_tags)), "meta"
    for block in blocks:
        if block.text.lower().startswith(("tags:", "tag:")):
            names = [link.text for link in block.links] or [
                fold(n) for n in block.text.split(":", 1)[1].split(",") if fold(n)]
            return list(dict.fromkeys(names)), "text"
    return [], None


def _is_body_keyword(link: etree._Element, container: etree._Element | None) -> bool:
    """A keyword auto-linked inside the body text (not part of a tag list)."""
    return container is not None and _inside(link, container) and not _TAG_LIST(link)


def _image(page: _Page) -> tuple[dict | None, str | None]:
    """The lead image, with the caption and credit of its figure."""
    url, source = None, None
    if page.meta.get("og:image"):
        url, source = absolute(page.url, page.meta["og:image"]), "meta"
    if url is None:
        image = page.jsonld.get("image")
        image = image[0] if isinstance(image, list) and image else image
        image = image.get("url") if isinstance(image, dict) else image
        if isinstance(image, str):
            url, source = absolute(page.url, image), "jsonld"
    figures = _figures(page)
    # Figures inside the body text illustrate a paragraph; the lead image stands outside it.
    lead_figures = [f for f in figures if page.container is None or not _inside(f, page.container)]
    if url is None:
        element = page.first(page.scope, PROFILE.selectors.get("image", ()) + _WORDPRESS["image"])
        if element is not None:
            url, source = _image_src(page.url, element), "wordpress"
    if url is None and lead_figures:
        url, source = _image_src(page.url, lead_figures[0].find(".//img")), "html"
    if url is None:
        return None, None
    figure = _figure_of(url, figures, lead_figures)
    caption, credit = split_caption(_caption_text(figure)) if figure is not None else (None, None)
    return {"url": url, "caption": caption, "credit": credit}, source


def _figures(page: _Page) -> list[etree._Element]:
    """Figures (`<figure>`, `.wp-caption`) showing an image under the page's scope, in document order."""
    def showing_image(elements: list[etree._Element]) -> list[etree._Element]:
        return [e for e in elements if _below_scope(e, page) and next(e.iterdescendants("img"), None) is not None]

    figures = showing_image(page.index.by_tag["figure"])
    captioned = showing_image(page.index.by_class.get("wp-caption", []))
    if figures and captioned:  # both kinds: XPath merges them in document order
        return _FIGURES(page.scope)
    return figures or captioned


def _below_scope(element: etree._Element, page: _Page) -> bool:
    """`element` is a descendant of the page's scope."""
    return element is not page.root if page.scope is page.root else _inside(element, page.scope)


def _image_src(base_url: str, image: etree._Element | None) -> str | None:
    if image is None:
        return None
    for attribute in _LAZY_SRC:
        value = image.get(attribute)
        if value and not value.startswith("data:"):
            return absolute(base_url, value)
    return None


def _file_stem(url: str) -> str:
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return re.sub(r"-\d+x\d+(?=\.\w+$)", "", name)  # WordPress size variants name one image


def _figure_of(url: str, figures: list[etree._Element], lead_figures: list[etree._Element]) -> etree._Element | None:
    """The figure showing the image at `url` (any size variant), else the only lead figure."""
    stem = _file_stem(url)
    for figure in figures:
        for image in figure.iter("img"):
            src = _image_src(url, image)
            if src and _file_stem(src) == stem:
                return figure
    return lead_figures[0] if len(lead_figures) == 1 else None


def _inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def _caption_text(figure: etree._Element) -> str:
    captions = _CAPTION_TEXT(figure)
    return element_text(captions[0]) if captions else ""


def split_caption(text: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a figure caption: the photo credit is cut out of the caption."""
    text = fold(text)
    if not text:
        return None, None
    match = _CREDIT_IN_CAPTION.search(text)
    if not match:
        return text, None
    credit = fold(match.group(0))
    caption = fold(text[: match.start()] + " " + text[match.end():]).strip(" -–—|,") or None
    return caption, credit


def _html_lang(root: etree._Element) -> str | None:
    values = _HTML_LANG(root)
    return values[0].strip().lower()[:2] if values else None


def _edition(url: str, html_lang: str | None, sample: str) -> Edition:
    """Edition from the URL host, else `<html lang>`, else the script of the text."""
    edition = _host_edition(bare_host(url))
    if edition is None and html_lang in _LANG_CODES:
        edition = PROFILE.editions.get(_LANG_CODES[html_lang])
    if edition is None:
        arabic = len(_ARABIC_LETTER.findall(sample[:2000]))
        latin = len(_LATIN_LETTER.findall(sample[:2000]))
        edition = PROFILE.editions["ar" if arabic > latin else "id"]
    return edition


@lru_cache(maxsize=256)
def _host_edition(host: str) -> Edition | None:
    """The edition a host serves, None for a host of no edition."""
    edition = PROFILE.edition_for_url(f"https://{host}/")
    if edition is None and is_mina_host(host):  # legacy hosts: en./ar.mirajnews.com
        edition = PROFILE.editions.get(host.split(".", 1)[0], PROFILE.editions["id"])
    return edition


def _canonical_url(page: _Page, edition: Edition) -> tuple[str, str]:
    slash = None if is_mina_host(bare_host(page.url)) else edition.trailing_slash
    candidates = [(href, "html") for link in page.index.by_tag["link"]
                  if "canonical" in (link.get("rel") or "").split() and (href := link.get("href")) is not None]
    if page.meta.get("og:url"):
        candidates.append((page.meta["og:url"], "meta"))
    for href, candidate_source in candidates:
        link = absolute(page.url, href)
        if link and same_site(link, page.url):
            canonical, source = canonicalize_url(link, trailing_slash=slash), candidate_source
            break
    else:
        canonical, source = canonicalize_url(page.url, trailing_slash=slash), "url"
    if page_number(page.url) > 1:
        canonical = article_root_url(canonical, trailing_slash=slash)
    return canonical, source


# -- dates ---------------------------------------------------------------------


def _machine_time(value: Any) -> datetime | None:
    """An ISO 8601 timestamp from metadata (naive ones are WIB)."""
    if not isinstance(value, str):
        return None
    value = value.strip()[:40]
    if value.endswith(("Z", "z")):
        value = value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=WIB)


def _has_real_offset(moment: datetime) -> bool:
    offset = moment.utcoffset()
    return offset is not None and offset != timedelta(0)


def _as_wib(moment: datetime) -> datetime:
    """Explicit non-zero offsets are converted; MINA's `+00:00` is a WIB wall clock mislabelled."""
    return moment.astimezone(WIB) if _has_real_offset(moment) else wall_clock_as_wib(moment)


def _entry_time(page: _Page) -> datetime | None:
    for selectors, _ in _strategies("date"):
        for selector in selectors:
            for element in page.select(page.scope, selector):
                if isinstance(element, etree._Element) and (moment := _machine_time(element.get("datetime"))):
                    return moment
    return None


def _published_at(page: _Page, header: HeaderByline | None, cleaned: CleanBody, fetched: datetime,
                  language: str) -> tuple[datetime | None, str | None]:
    jsonld = _machine_time(page.jsonld.get("datePublished"))
    meta = _machine_time(page.meta.get("article:published_time"))
    entry = _entry_time(page)
    machine = [m for m in (jsonld, meta, entry) if m is not None]
    languages = [language, "en"] if language != "en" else ["en"]
    visible = None
    if header is not None and not header.relative:
        visible = parse_date(header.when, languages=languages)
        visible = visible.astimezone(WIB) if visible is not None and visible.tzinfo is not None else None
    if visible is not None and _CLOCK.search(header.when):
        for moment in machine:
            precise = _as_wib(moment)
            if precise.replace(second=0, microsecond=0) == visible.replace(second=0, microsecond=0):
                return precise, "text"
        return visible, "text"
    for moment, source in ((jsonld, "jsonld"), (meta, "meta")):
        if moment is not None and _has_real_offset(moment):
            return moment.astimezone(WIB), source
    for moment, source in ((entry, "wordpress"), (jsonld, "jsonld"), (meta, "meta")):
        if moment is not None:
            return wall_clock_as_wib(moment), source
    if visible is not None:  # a header date without its time
        return visible, "text"
    dateline_date = cleaned.dateline.date if cleaned.dateline is not None else None
    if dateline_date is not None:
        return datetime(dateline_date.year, dateline_date.month, dateline_date.day, tzinfo=WIB), "dateline"
    if header is not None and header.relative:
        relative = parse_date(header.when, base=fetched, languages=languages)
        if relative is not None:
            return relative.astimezone(WIB), "relative"
    return None, None


def _modified_at(page: _Page) -> tuple[str | None, str | None]:
    candidates: list[tuple[Callable[[], Any], str]] = [
        (lambda: page.meta.get("article:modified_time") or page.meta.get("og:updated_time"), "meta"),
        (lambda: page.jsonld.get("dateModified"), "jsonld"),
        (lambda: next((e.get("datetime") for e in _UPDATED_TIME(page.scope)), None), "wordpress"),
    ]
    for read, source in candidates:
        moment = _machine_time(read())
        if moment is not None:
            return _iso(_as_wib(moment)), source
    return None, None


def _mentioned_dates(body: str, published: datetime | None) -> list[dict[str, str]]:
    if not body:
        return []
    found = []
    for entry in find_body_dates(body, published):
        date = entry.get("date")
        text = entry.get("text")
        if date is None or not text:
            continue
        found.append({"text": text, "date": date if isinstance(date, str) else date.isoformat()[:10]})
    return found


# -- small helpers ---------------------------------------------------------------


def _as_utc(moment: datetime | None) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _iso(moment: datetime | None) -> str | None:
    return moment.astimezone(WIB).isoformat(timespec="seconds") if moment is not None else None


def _content_hash(body: str) -> str:
    return _words_hash(body.split())


def _words_hash(words: list[str]) -> str:
    """SHA-1 of the text lower-cased with its whitespace folded, given as its words."""
    return hashlib.sha1(" ".join(words).lower().encode("utf-8", "replace")).hexdigest()
