"""Is a fetched page an article, or a home, section, tag, author, archive or static page?

Decided on page evidence, never on the URL's shape alone:

* declared: JSON-LD types (`NewsArticle`, `Article`, `ReportageNewsArticle`... against `CollectionPage`,
  `ItemList`, `ProfilePage`, `AboutPage`, `WebPage` alone...) and `og:type` (`article`, `video.*`);
* the template: `<body class>` words themes print (`single`, `postid-N` on posts; `home`, `blog`,
  `archive`, `category`, `tag`, `author`, `search`, `date`, `paged` on listings; `page`, `error404`
  on static pages);
* the text: the densest text block of the page (what the body extractor reads) is a listing when it holds
  many headline links (links of several words, each a teaser of another page), or more `<time>`s than one
  article has, or when it is one of several entries alike, each a title link and a whole text (a blog's label
  page printing its posts in full); it is too short to be an article when it holds fewer than `MIN_ARTICLE_WORDS`
  words, unless it opens with a dateline (a dated flash) or the article goes on on other pages (`/slug/2`).

A listing template or a listing-shaped text block outweighs declared article metadata (themes print
`og:type=article` and a `NewsArticle` on every page more often than a `home` body class on an article);
a static template (`page`) does only on a page declaring no article. `og:type=website` says nothing. `page_kind` is pure and total (bad input gives the kind "unknown").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from collections.abc import Iterator
from typing import Any

from lxml import etree

from crawler.parsing.article import Extraction, other_pages, read_article
from crawler.parsing.html import decode_html, parse_html
from crawler.parsing.page import Page, jsonld_nodes, load_page, node_types
from crawler.parsing.profile import GENERIC, SiteProfile

ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "Report",
                           "LiveBlogPosting", "SatiricalArticle"})
LISTING_TYPES = frozenset({"CollectionPage", "ItemList", "SearchResultsPage", "ProfilePage", "Blog"})
# `WebPage` alone: what SEO plugins declare for a static page (a post gets an article type beside it).
STATIC_TYPES = frozenset({"AboutPage", "ContactPage", "FAQPage", "WebPage"})
MEDIA_TYPES = frozenset({"VideoObject", "ImageGallery", "MediaGallery", "ImageObject", "AudioObject"})

# `<body class>` words of common themes (WordPress body_class(), and the same words in other CMSs).
_ARTICLE_CLASSES = frozenset({"single", "single-post", "single-article", "post-template-default", "article-page",
                              "detail", "read", "page-article"})
_ARTICLE_CLASS_PREFIXES = ("postid-", "single-format-")
# Whole words only: `category-<slug>` and `tag-<slug>` also sit on the body of articles (their terms).
_LISTING_CLASSES = frozenset({"home", "blog", "archive", "category", "tag", "author", "search", "search-results",
                              "date", "paged", "listing", "front-page", "homepage", "tax"})
_STATIC_CLASSES = frozenset({"page", "page-template-default", "error404", "static-page"})

MIN_ARTICLE_WORDS = 20  # a body shorter than this is a caption, a teaser or a blurb (short news runs ~30 words)
HEADLINE_WORDS = 4  # a link this many words long is a headline (a teaser of another page)
_MANY_TEASERS = 8
_LINK_LIST_WORDS = 10  # words outside links per headline link below which a block is a list of links
_SOME_TEASERS = 5  # more than an article's inline `Baca juga` links
_TEASER_TEXT_WORDS = 60  # words outside links per excerpted teaser below which a block is a listing
_EXCERPT_WORDS = 8  # text after a headline link this long is its excerpt
_ALIKE_TEASERS = 3  # siblings of one shape: items of a list
_MANY_TIMES = 3  # <time> elements in one article's text block (published, updated, one more)
# Levels from the text block up to a whole entry of a full-text listing: Blogger nests the post's text four deep
# (`div.date-outer > div.date-posts > div.post-outer > div.post > div.post-body`).
_ENTRY_LEVELS = 4
_MAX_TYPES = 50
_WORD = re.compile(r"\w+")
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


@dataclass(frozen=True)
class PageKind:
    """`kind`: "article", "listing", "static", "media" (a video or photo story) or "unknown" (nothing readable); `reason`: the deciding evidence."""

    kind: str
    reason: str

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


@dataclass(frozen=True)
class TextBlock:
    """The densest text block of a page, measured."""

    words: int  # text outside links
    headline_links: int  # links of at least HEADLINE_WORDS words
    excerpted: int  # headline links followed by text of their own (a teaser's excerpt) before the next one
    times: int  # <time> elements
    opens_with_headline: bool = False  # its first text is a headline link: a teaser, not an article's text

    @property
    def is_listing(self) -> bool:
        # One teaser (the last page of a listing): a headline, then a few words of excerpt.
        if self.opens_with_headline and self.words < _TEASER_TEXT_WORDS:
            return True
        # A list of headlines with little text (a related list under an article has the article's text).
        if self.headline_links >= _MANY_TEASERS and self.words < _LINK_LIST_WORDS * self.headline_links:
            return True
        # Teasers, each a headline and its excerpt (inline `Baca juga` links are fewer, in longer text).
        if self.excerpted >= _SOME_TEASERS and self.words < _TEASER_TEXT_WORDS * self.excerpted:
            return True
        return self.times >= _MANY_TIMES


def page_kind(html: str | bytes, url: str, item: dict[str, Any] | None = None, *,
              profile: SiteProfile | None = None) -> PageKind:
    """The kind of the page `html` at `url`; `item` is what the extractor read from it (title, published_at,
    dateline, signature, word_count): an article has a title and a publication time or dateline or code."""
    try:
        root = parse_html(decode_html(html))
        if root is None or not isinstance(url, str):
            return PageKind("unknown", "no document")
        return judge(load_page(root, url, profile or GENERIC), item or {})
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.Error):
        return PageKind("unknown", "unreadable markup")


def read_page(html: str | bytes, url: str, *, profile: SiteProfile | None = None,
              fetched_at: datetime | None = None) -> tuple[Extraction, PageKind]:
    """The extraction of a fetched page and its kind (one call for a parsing worker)."""
    extraction, page = read_article(html, url, profile=profile, fetched_at=fetched_at)
    if page is None:
        return extraction, PageKind("unknown", "no document")
    try:
        return extraction, judge(page, extraction.item, extraction.page_links)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.Error):
        return extraction, PageKind("unknown", "unreadable markup")


def judge(page: Page, item: dict[str, Any], page_links: list[str] | None = None) -> PageKind:
    """The kind of the loaded `page` (its markup, and its body container as the extractor found it), whose
    extracted item is `item`; `page_links`: the other pages of its article, when the extractor found them."""
    index, container = page.index, page.container
    template = template_kind([value for body in index.by_tag["body"] if (value := body.get("class")) is not None])
    og_types = [value for meta in index.by_tag["meta"]
                if meta.get("property") == "og:type" and (value := meta.get("content")) is not None]
    declared = declared_kind(page.jsonld_objects, og_types)
    if template == "listing" or (template == "static" and declared != "article"):
        return PageKind(template, "body class")
    if declared in ("listing", "static", "media"):
        return PageKind(declared, "declared type")
    # A live blog is a list of timed updates by nature: its `<time>`s are no listing's.
    live_blog = "LiveBlogPosting" in jsonld_types(page.jsonld_objects)
    block = text_block(container) if container is not None else None
    if block is not None and is_listing_block(block, timed_updates=live_blog) and not (
            item.get("dateline") and _opens_with_words(block)):
        # A text opening with a dateline is an article's, whatever list of links follows it (a flash of two
        # paragraphs, `Kabupaten Bone Bolango (ANTARA) – ...`, and ten related headlines a plugin appends to it).
        return PageKind("listing", "headline links")
    if container is not None and in_full_text_entries(container):
        return PageKind("listing", "full-text entries")
    missing = _missing_article_part(item)
    if missing == "short text" and item.get("word_count") and (
            page_links if page_links is not None else other_pages(page)) and (
            _signed(item, declared) or len(headline_links(index.by_tag["a"])) < _MANY_TEASERS):
        # The first page of an article continued on others (`/slug/2`, `?page=2`): its length is the pages'
        # together. A listing's pages (`/terkini?page=2`) are linked alike: a page of teasers is one, unless it
        # shows an article's marks.
        return PageKind("article", declared or template or "paged body")
    if missing == "short text" and item.get("word_count") and item.get("dateline") and item.get("published_at"):
        # A flash (`Jakarta (ANTARA) - Gempa magnitudo 5,3 mengguncang ...`): no listing or static text opens
        # with a dateline.
        return PageKind("article", declared or template or "dateline")
    if missing is None:
        return PageKind("article", declared or template or "dated body")
    # No article: a page of teasers is a listing (an edition's home under an article-like path), else static.
    teasers = len(headline_links(index.by_tag["a"]))
    return PageKind("listing" if teasers >= _MANY_TEASERS else "static", missing)


def _signed(item: dict[str, Any], declared: str | None) -> bool:
    """The page says it is an article or shows an article's marks: an author, a dateline, a closing code."""
    return declared == "article" or any(item.get(name) for name in ("author", "dateline", "signature"))


def _missing_article_part(item: dict[str, Any]) -> str | None:
    """What an article would have and the extracted `item` lacks: a title, a time (or dateline or
    closing code), a body of real length."""
    if not item.get("title"):
        return "no title"
    if not any(item.get(name) for name in ("published_at", "dateline", "signature")):
        return "no date"
    if (item.get("word_count") or 0) < MIN_ARTICLE_WORDS:
        return "short text"
    return None


def template_kind(body_classes: list[str]) -> str | None:
    """"article", "listing" or "static" from `<body class>` words, None when they say nothing."""
    words = {word.lower() for value in body_classes[:1] for word in value.split()}
    if words & _ARTICLE_CLASSES or any(w.startswith(_ARTICLE_CLASS_PREFIXES) for w in words):
        return "article"
    if words & _LISTING_CLASSES:
        return "listing"
    if words & _STATIC_CLASSES:
        return "static"
    return None


def declared_kind(jsonld: list[Any], og_types: list[str]) -> str | None:
    """"article", "listing", "static" or "media" from the `@type`s of the page's parsed JSON-LD scripts `jsonld`
    and `og:type`, None when they say nothing.
    An article type anywhere wins (a `WebPage` or `ItemList` beside it is the page around the article)."""
    types = jsonld_types(jsonld)
    og = og_types[0].strip().lower() if og_types else ""
    if types & ARTICLE_TYPES or og == "article":
        return "article"
    if types & LISTING_TYPES:
        return "listing"
    if types & STATIC_TYPES:
        return "static"
    if types & MEDIA_TYPES or og.startswith(("video", "music")):
        return "media"
    return None  # `og:type=website` says nothing: outlets print it on articles too


def jsonld_types(jsonld: list[Any]) -> set[str]:
    """Every `@type` of the page's JSON-LD objects (top level and `@graph`), up to `_MAX_TYPES`."""
    found: set[str] = set()
    for node in jsonld_nodes(jsonld):
        found.update(node_types(node))
        if len(found) >= _MAX_TYPES:
            break
    return found


def headline_links(links) -> set[str]:
    """The targets of the links (`<a>` elements) at least HEADLINE_WORDS words long."""
    return {link.get("href") or "" for link in links
            if len(_WORD.findall("".join(link.itertext()))) >= HEADLINE_WORDS}


def text_block(container: etree._Element) -> etree._Element:
    """The densest paragraph's block: on a listing that is one teaser among its like (`div.item` beside
    `div.item`...), so the block is their parent, the list."""
    parent = container.getparent()
    if parent is None:
        return container
    alike = sum(1 for sibling in parent if sibling.tag == container.tag and sibling.get("class") == container.get("class"))
    return parent if alike >= _ALIKE_TEASERS else container


def is_listing_block(block: etree._Element, *, timed_updates: bool = False) -> bool:
    """`measure(block).is_listing`, without measuring the blocks that cannot be one: fewer headline links
    than teasers need, fewer `<time>`s than a list shows, and a first word outside links (an article's
    lead, before its `Baca juga` links). That is most articles, and a measure walks all their text.
    `timed_updates`: the page is a live blog, whose updates each show their time (`<time>14:56 WIB</time>`
    before an update's heading and text): its `<time>`s say nothing."""
    headlines = sum(1 for link in block.iter("a") if _is_headline(link))
    times = 0 if timed_updates else sum(1 for _ in block.iter("time"))
    if headlines >= _SOME_TEASERS or times >= _MANY_TIMES or (headlines and not _opens_with_words(block)):
        measured = measure(block)
        return (replace(measured, times=0) if timed_updates else measured).is_listing
    return False


def in_full_text_entries(container: etree._Element) -> bool:
    """Whether the text block is one of several entries alike, each a title link (to its own page) and then a
    whole text: a blog's home, label or archive page, or a theme's archive, printing the posts in full (`<div class='date-outer'>` after `<div class='date-outer'>` on a Blogger label page). An
    article's title is no link to another page, and its related entries are teasers, too short to be texts."""
    entry: etree._Element | None = container
    for _ in range(_ENTRY_LEVELS + 1):
        if entry is None or entry.tag in ("body", "html"):
            return False
        parent = entry.getparent()
        if parent is None:
            return False
        alike = [sibling for sibling in parent if sibling is not entry and _alike_entries(sibling, entry)]
        if alike and _is_full_text_entry(entry) and any(_is_full_text_entry(sibling) for sibling in alike):
            return True
        entry = parent
    return False


def _alike_entries(one: etree._Element, other: etree._Element) -> bool:
    """Two items of one list: the same tag, and the same first class word, ids and numbers aside (the item's own
    name: WordPress gives each post `post-9100 post type-post ... category-<slug>`, Blogger each day
    `date-outer`), or both `<article>`s. Parts of one page share at most a modifier (`kcm-read-top clearfix`
    above `kcm-read-body clearfix`), layout columns nothing (`col-md-8` beside `col-md-4`)."""
    if one.tag != other.tag:
        return False
    if one.tag == "article":
        return True
    name = _class_name(one)
    return name is not None and name == _class_name(other)


def _class_name(element: etree._Element) -> str | None:
    return next((word for word in (element.get("class") or "").lower().split()
                 if not any(character.isdigit() for character in word)), None)


def _is_full_text_entry(entry: etree._Element) -> bool:
    """A title link first (after a few words at most: a date header, a kind label), then a text of an
    article's length outside links. A blog post's title may be short (`<h3><a>Tujuan Ngeblog</a></h3>`): a
    link making a heading is a title of any length."""
    before = after = 0
    headed = False
    for link, text in _reading(entry):
        if link is not None:
            headed = headed or _is_headline(link) or _heads(link)
            continue
        count = _word_count(text)
        if headed:
            after += count
            if after >= MIN_ARTICLE_WORDS:
                return True
        else:
            before += count
            if before >= _EXCERPT_WORDS:
                return False
    return False


def _heads(link: etree._Element) -> bool:
    """The link is a heading's text (`<h2 class="entry-title"><a>...</a></h2>`, or a span between them)."""
    parent = link.getparent()
    return parent is not None and (parent.tag in _HEADINGS or (
        (grandparent := parent.getparent()) is not None and grandparent.tag in _HEADINGS))


def _opens_with_words(block: etree._Element) -> bool:
    """Whether a word outside links comes before any headline link, in the order `measure` reads the block
    (the text inside shorter links is not counted there either)."""
    for link, text in _reading(block):
        if link is not None:
            if _is_headline(link):
                return False
        elif text and _WORD.search(text):
            return True
    return False


def measure(container: etree._Element) -> TextBlock:
    words = headlines = excerpted = 0
    after_headline = 0  # words since the last headline link
    opens_with_headline = False
    for link, text in _reading(container):
        if link is not None:
            if _is_headline(link):
                opens_with_headline = opens_with_headline or (words == 0 and headlines == 0)
                headlines += 1
                after_headline = 0
            continue
        count = _word_count(text)
        words += count
        if headlines and after_headline < _EXCERPT_WORDS <= after_headline + count:
            excerpted += 1
        after_headline += count
    times = sum(1 for _ in container.iter("time"))
    return TextBlock(words, headlines, excerpted, times, opens_with_headline)


def _reading(block: etree._Element) -> Iterator[tuple[etree._Element | None, str | None]]:
    """The block in document order as a reader of its text meets it: (link, None) for a link outside another
    (its own text skipped), (None, text) for each text and tail outside links."""
    inside_link: etree._Element | None = None
    for event, element in etree.iterwalk(block, events=("start", "end")):
        if not isinstance(element.tag, str):
            continue
        if event == "start" and inside_link is None:
            if element.tag == "a":
                inside_link = element
                yield element, None
            else:
                yield None, element.text
        elif event == "end" and (inside_link is None or element is inside_link):
            inside_link = None
            if element is not block:
                yield None, element.tail


def _is_headline(link: etree._Element) -> bool:
    return len(_WORD.findall("".join(link.itertext()))) >= HEADLINE_WORDS


def _word_count(text: str | None) -> int:
    # Most text nodes between elements are line breaks and indentation: no search for those.
    return len(_WORD.findall(text)) if text and not text.isspace() else 0
