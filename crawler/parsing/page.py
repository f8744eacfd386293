"""An article page loaded once for every field extractor: tree, index, metadata, body container.

`Page.strategies(field)` gives the selector lists tried first for a field, with the
strategy name the extractors report: the site profile's theme selectors ("profile"),
then WordPress conventions ("wordpress").
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import orjson
from lxml import etree

from crawler.parsing.html import DocumentIndex, fold, named_words
from crawler.parsing.profile import SiteProfile

_MAX_JSONLD_CHARS = 200_000
_MAX_META = 300
_MAX_DENSITY_PARAGRAPHS = 3000
_NESTED_SHARE = 0.5
_JSONLD_TYPE = "application/ld+json"
_ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "BlogPosting", "ReportageNewsArticle",
                            "AnalysisNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle"})
WORDPRESS = {
    "title": ("h1.entry-title", "h1.post-title"),
    "body": (".entry-content", "[itemprop=articleBody]", ".post-content"),
    "header": (".entry-meta", ".entry-header", ".post-meta"),
    "author": (".entry-author a", ".entry-author", "a[rel~=author]", ".author.vcard a", ".byline .author"),
    "date": (".entry-header time[datetime]", ".entry-meta time[datetime]", "article time[datetime]",
             "time.entry-date[datetime]", "time[datetime]", "abbr.published[title]", "abbr.updated[title]"),
    "category": ("a[rel~=category]",),
    "tags": (".tags-links a", ".post-tags a", ".entry-tags a", ".tags a", "a[rel~=tag]"),
    "image": ("img.wp-post-image",),
}
_PARAGRAPHS = etree.XPath("//p")
_LINE_BREAKS = etree.XPath("//br")
_TEXT_DIVS = etree.XPath("//div[text()[normalize-space()]]")
# Page chrome never holds an article's text: a listing whose teasers are all links would otherwise
# get the footer's or the sidebar's few sentences as its "body". Tags, and words of class and id names.
_CHROME_TAGS = frozenset({"footer", "nav", "aside"})
_CHROME_WORDS = frozenset({"footer", "sidebar", "menu", "navbar", "nav", "widget", "comment", "comments"})


@dataclass
class Page:
    root: etree._Element
    url: str
    profile: SiteProfile
    meta: dict[str, str]
    meta_tags: list[str]
    jsonld: dict[str, Any]  # the article's object
    jsonld_objects: list[Any]  # every JSON-LD script's value, parsed once for every reader
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

    def strategies(self, name: str) -> list[tuple[tuple[str, ...], str]]:
        return _strategies(self.profile, name)


def _strategies(profile: SiteProfile, name: str) -> list[tuple[tuple[str, ...], str]]:
    return [(profile.selectors.get(name, ()), "profile"), (WORDPRESS.get(name, ()), "wordpress")]


def load_page(root: etree._Element, url: str, profile: SiteProfile) -> Page:
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
    container, container_source = _body_container(root, index, profile)
    scope = root
    if container is not None:
        scope = next(container.iterancestors("article"), root)
    objects = jsonld_objects(script.text for script in index.by_tag["script"] if script.get("type") == _JSONLD_TYPE)
    return Page(root, url, profile, meta, meta_tags, _jsonld_article(objects), objects, scope, index, container,
                container_source)


def inside(element: etree._Element, container: etree._Element) -> bool:
    return any(ancestor is container for ancestor in element.iterancestors())


def before_body(element: etree._Element, body_path: set[etree._Element]) -> bool:
    """`element` comes before the body container (`body_path`: it and its ancestors) in document order."""
    node = element
    while node is not None and node not in body_path:
        if any(sibling in body_path for sibling in node.itersiblings()):
            return True
        node = node.getparent()
    return False


def jsonld_objects(texts: Iterable[str | None]) -> list[Any]:
    """The values of JSON-LD script texts, parsed (empty, oversized and invalid texts skipped)."""
    objects = []
    for raw in texts:
        if not raw or len(raw) > _MAX_JSONLD_CHARS:
            continue
        try:
            objects.append(orjson.loads(raw.strip().encode("utf-8", "replace")))
        except orjson.JSONDecodeError:
            continue
    return objects


def jsonld_nodes(objects: list[Any]) -> Iterator[dict[str, Any]]:
    """Every JSON-LD object of the parsed scripts `objects`, the members of an `@graph` (the first 100) after
    the object holding it, in order."""
    for data in objects:
        pending = list(data) if isinstance(data, list) else [data]
        while pending:
            node = pending.pop(0)
            if not isinstance(node, dict):
                continue
            graph = node.get("@graph")
            if isinstance(graph, list):
                pending.extend(graph[:100])
            yield node


def node_types(node: dict[str, Any]) -> list[str]:
    kinds = node.get("@type")
    return [k for k in (kinds if isinstance(kinds, list) else [kinds]) if isinstance(k, str)]


def _jsonld_article(objects: list[Any]) -> dict[str, Any]:
    """The first NewsArticle/Article object of the page's JSON-LD (also inside `@graph`)."""
    for node in jsonld_nodes(objects):
        if any(kind in _ARTICLE_TYPES for kind in node_types(node)):
            return node
    return {}


def _body_container(root: etree._Element, index: DocumentIndex,
                    profile: SiteProfile) -> tuple[etree._Element | None, str | None]:
    for selectors, source in _strategies(profile, "body"):
        for selector in selectors:
            for element in index.select(root, selector):
                if isinstance(element, etree._Element) and any(t.strip() for t in element.itertext()):
                    return element, source
    return _densest_paragraph_parent(root), "density"


def _densest_paragraph_parent(root: etree._Element) -> etree._Element | None:
    """The element whose `<p>` children and `<br>`-separated lines hold the most text outside
    links (never `<body>` itself).

    Link text does not count: sidebars and "related" lists are paragraphs of links. Bodies
    written as `text<br><br>text` count their own text (between and before the breaks), bodies written as bare
    `<div>text</div>` blocks the divs' own text.
    """
    weights: dict[etree._Element, int] = {}
    for division in _TEXT_DIVS(root)[:_MAX_DENSITY_PARAGRAPHS]:
        parent = division.getparent()
        if parent is not None and (text := division.text):
            weights[parent] = weights.get(parent, 0) + len(text.strip())
    lined: set[etree._Element] = set()
    for line_break in _LINE_BREAKS(root)[:_MAX_DENSITY_PARAGRAPHS]:
        parent = line_break.getparent()
        if parent is not None and parent not in lined:
            # All its own text: the lines between breaks, and the first one's (`<b>JAKARTA</b> - Text<br><br>`).
            lined.add(parent)
            own = sum(len(text.strip()) for text in (parent.text, *(child.tail for child in parent)) if text)
            if own:
                weights[parent] = weights.get(parent, 0) + own
    for paragraph in _PARAGRAPHS(root)[:_MAX_DENSITY_PARAGRAPHS]:
        parent = paragraph.getparent()
        if parent is not None:
            own_text = len("".join(paragraph.itertext())) - sum(len("".join(a.itertext())) for a in paragraph.iter("a"))
            weights[parent] = weights.get(parent, 0) + own_text
    weights = {element: weight for element, weight in weights.items() if not in_chrome(element)}
    if not weights:
        return None
    # A text block inside a container with much text of its own is part of it (`<div>`
    # paragraphs, one of them holding `<br>` lines): the container gets its weight too. A
    # little text beside a body (a slogan, an ad label, a photo caption) does not make its parent the body.
    totals = dict(weights)
    for element, weight in weights.items():
        parent = element.getparent()
        if parent in totals and weights[parent] >= _NESTED_SHARE * weight:
            totals[parent] += weight
    best = max(totals, key=totals.__getitem__)
    if best.tag in ("body", "html"):
        paragraphs = list(best.iterchildren("p"))
        if not paragraphs:  # its weight is a child's own text (`<body><div>Text<p>Text</p></div>`): that child
            inner = [element for element in totals if element.tag not in ("body", "html")]
            return max(inner, key=totals.__getitem__) if inner else None
        holder = etree.Element("div")  # only the paragraphs, not the whole page
        for paragraph in paragraphs:
            holder.append(_copy(paragraph))
        return holder
    return best


def in_chrome(element: etree._Element) -> bool:
    """`element` is, or lies in, a footer, navigation, sidebar, widget or comment section."""
    for node in (element, *element.iterancestors()):
        if node.tag in _CHROME_TAGS:
            return True
        if not _CHROME_WORDS.isdisjoint(named_words(node)):
            return True
    return False


def _copy(element: etree._Element) -> etree._Element:
    clone = copy.deepcopy(element)
    clone.tail = None
    return clone
