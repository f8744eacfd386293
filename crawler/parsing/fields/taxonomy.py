"""`category` / `category_path` (theme and WordPress category links, breadcrumbs, `article:section`, JSON-LD
`articleSection`, a `category-<slug>` class of the page, a channel heading's one link) and `tags` (tag lists, a
keywords list written as one comma-separated text, `article:tag`, elements named for tags after the body's start,
a `Tags:` line; a leading `#` is not part of a tag).

A category's path is its link's path: after `/category/` (WordPress) or `/search/label/` (Blogger), else the path segments
the link does not share with the article's URL (a section `/ekonomi/bisnis` of an article
`/berita/1/...`; under a mirror's edition prefix `/jatim/ekonomi` of `/jatim/berita/1/...`), without the words that
only lead to a section and numeric ids (`/kanal/news/nasional`, `/kategori/telko`, `/kanal/323/security`).
The deepest category link wins; a breadcrumb's link to the article itself is no category."""

from __future__ import annotations

import re
from itertools import chain
from urllib.parse import unquote, urlsplit

from lxml import etree

from crawler.parsing.html import Block, absolute, element_text, fold, named_words, text_before
from crawler.parsing.page import Page, before_body, inside
from crawler.parsing.text import TAGS_HEADING, is_link_list

_MAX_CATEGORY_DEPTH = 4
# Path words that lead to a section rather than name one (`/kanal/news/nasional`, `/kategori/telko`), and numeric
# ids (Detik's `/kanal/323/security`): no slugs of the path.
# What leads to a section's own name in a link: WordPress's category, a Blogger blog's label (`/search/label/EKBIS`).
_SECTION_PREFIXES = ("/category/", "/search/label/")
_ROUTING_SEGMENTS = frozenset({"kanal", "kategori", "category", "categories", "rubrik", "channel", "section"})
# Class words of a heading that names the article's section (channel, in Indonesian kanal or rubrik).
_CHANNEL_WORDS = frozenset({"channel", "kanal", "rubrik", "rubric"})
_MAX_CHANNEL_WORDS = 3
# `category-<slug>` in a class (WordPress's `category-nasional`; not a numeric id's `category-12`).
_CATEGORY_CLASS = re.compile(r"(?:^|\s)category-([a-z][a-z0-9-]{0,40})(?=\s|$)")
# Parts of a breadcrumb's class name, however a theme spells it: `breadcrumb`, `bread-crumbs`, `crumbs`, `breadcome`.
_CRUMB_PARTS = ("bread", "crumb")
_MIN_MENU_LINKS = 3
# What a breadcrumb prints between its links: an arrow, a guillemet or a slash, and spaces.
_TRAIL_SEPARATOR = re.compile(r"\s*(?:»|›|>|/|→|::)\s*")

_MAX_TAGS = 30
# An element named for a list of the article's tags (class and id words), found by these parts of its names.
_TAG_LIST_PARTS = ("tag", "topi", "keyword")
_CAMEL_WORD = re.compile(r"[A-Z]?[a-z]+")
_TAG_LIST_WORDS = frozenset({"tag", "tags", "tagging", "topik", "topic", "topics", "keyword", "keywords"})
# Tag lists of the page, not of the article: trending and popular tags, clouds, sidebars, menus (a footer may
# be the article's: WordPress lists its tags in `footer.entry-footer`).
_NOT_ARTICLE_TAGS = frozenset({"trending", "populer", "popular", "terpopuler", "hot", "cloud", "widget", "sidebar",
                               "menu", "navbar", "choices", "choice", "pilihan", "picks"})
_CHROME_TAGS = frozenset({"aside", "nav"})

# A link to one of the site's tag pages (`/tag/eka-ginanjar`, `/tags/covid-19?url=...`).
TAG_PAGE = re.compile(r"/tags?/[^/?#\s]+/?(?:[?#]|$)")
# The article's tag list inside the body container, which closes the article (Okezone 2020: `<div class="detail-tag">`
# of `/tag/` links in `#contentx`, then recommended stories, an ad box and a video player; Beritasatu 2020: `TAG:`
# over badge links). The list is the element holding two or more links to the site's tag pages and no
# text but theirs (`#` marks, separators, a `Tags:` label), after a paragraph's worth of the body's text; a tag
# link in a sentence (Kompas links its keywords) is no list.
_MIN_TAG_LINKS = 2
_MAX_TAG_LIST_EXTRA = 16
_TAG_LIST_LEVELS = 4
_MIN_TEXT_BEFORE_TAGS = 100
_INLINE_TAGS = frozenset({"strong", "b", "em", "i", "span", "u", "font", "mark"})
# How far above the first tag link after the body its list's holder may be (`<div><h5><a>..</a></h5>...</div>`).
_TAG_HOLDER_LEVELS = 2

_TAG_LIST = etree.XPath(
    "ancestor::*[contains(@class, 'tags') or contains(@class, 'tag-list') or contains(@class, 'post-tags')]"
)


def category(page: Page) -> tuple[str | None, list[str], str | None]:
    candidates: list[tuple[etree._Element, str]] = []
    for selectors, source in page.strategies("category"):
        candidates = [(e, source) for s in selectors for e in page.select(page.scope, s)
                      if isinstance(e, etree._Element) and e.get("href")]
        if candidates:
            break
    # Class names hold no space: one search of them joined finds one holding `bread` or `crumb`.
    if not candidates and any(part in " ".join(page.index.by_class) for part in _CRUMB_PARTS):
        candidates = [(e, "html") for e in _breadcrumb_links(page)]
    if not candidates:
        candidates = [(e, "html") for e in _separated_trail(page)]
    article_path = urlsplit(page.url).path
    best: tuple[int, str, list[str], str] | None = None
    for element, source in candidates:
        link = absolute(page.url, element.get("href"))
        if link is None:
            continue  # a crumb leading nowhere (`<a href="#">Detail Berita</a>`): the page's own, no section
        path = category_path(link, article_path)
        name = element_text(element)
        if link.split("#", 1)[0] == page.url or len(path) > _MAX_CATEGORY_DEPTH:
            continue  # the article's own crumb, or an article's path
        # Breadcrumbs run from home to the article: of equal depths, the later crumb.
        if name and (best is None or len(path) > best[0] or (source == "html" and len(path) == best[0])):
            best = (len(path), name, path, source)
    if best:
        return best[1], best[2], best[3]
    section = page.meta.get("article:section")
    if section:
        return section, [], "meta"
    section = page.jsonld.get("articleSection")
    section = section[-1] if isinstance(section, list) and section else section
    if isinstance(section, str) and (section := fold(section)):
        if ", " not in section:
            return section, [], "jsonld"
        # The post's categories joined into one text (All in One SEO's `"Badung, Politik, Top News"`): the one the
        # page marks by class, else the first.
        found = _class_category(page)
        return found if found[0] else (section.split(",", 1)[0].strip(), [], "jsonld")
    for named_by_markup in (_class_category, _channel_category):
        found = named_by_markup(page)
        if found[0]:
            return found
    return None, [], None


def _class_category(page: Page) -> tuple[str | None, list[str], str | None]:
    """The section a `category-<slug>` class of `<body>` or `<article>` names (WordPress themes and others mark
    the page so), called by the text of a link to that section (`/<slug>`, `/category/<slug>`), else by its slug."""
    slug = next((match[1] for element in (*page.index.by_tag["body"], *page.index.by_tag["article"])
                 if (match := _CATEGORY_CLASS.search(element.get("class") or ""))), None)
    if slug is None:
        return None, [], None
    for link in page.index.by_tag["a"]:
        href = link.get("href") or ""
        if href.rstrip("/").endswith(f"/{slug}") and (name := element_text(link)):
            return name, [slug], "html"
    return slug.replace("-", " ").title(), [slug], "html"


def _channel_category(page: Page) -> tuple[str | None, list[str], str | None]:
    """The section named by the one link of a channel heading before the body (`<h1 class="logo-channel"><a
    href="/nasional">Nasional</a></h1>`, a `kanal` or `rubrik` box)."""
    body_path = set() if page.container is None else {page.container, *page.container.iterancestors()}
    unlinked = None
    for element in page.index.with_class_part(*_CHANNEL_WORDS):
        if _CHANNEL_WORDS.isdisjoint(named_words(element)) or (body_path and not before_body(element, body_path)):
            continue
        links = [link for link in ([element] if element.tag == "a" else element.iter("a")) if link.get("href")]
        if len(links) == 1 and (name := element_text(links[0])) and len(name.split()) <= _MAX_CHANNEL_WORDS:
            link = absolute(page.url, links[0].get("href")) or ""
            if urlsplit(link).path.strip("/"):  # a channel menu's link home (`KAPANLAGI`) names the site
                return name, category_path(link, urlsplit(page.url).path), "html"
        if not links and unlinked is None and body_path and _inside_article(element, page) \
                and (name := element_text(element)) and len(name.split()) <= _MAX_CHANNEL_WORDS \
                and not any(c.isdigit() for c in name) and _CHANNEL_WORDS.isdisjoint(name.lower().split()):
            # The channel printed over the headline with no link (Viva 2015: `<div class="upperdeck-kanal">DUNIA`).
            unlinked = name
    return (unlinked, [], "html") if unlinked else (None, [], None)


def _inside_article(element: etree._Element, page: Page) -> bool:
    """`element` lies in the `<article>` that holds the body (no menu or sidebar of the page's)."""
    return page.scope.tag == "article" and inside(element, page.scope)


def _breadcrumb_links(page: Page) -> list[etree._Element]:
    """`//*[contains(@class, 'bread') or contains(@class, 'crumb')]//a[@href]`: the links in breadcrumb elements,
    in document order. The breadcrumbs come in document order, so an inner one's links repeat an outer one's.
    A crumbs element that is a menu of sections (`_is_section_menu`: Suara 2015's `breadcrumbs-menu` lists the
    channel's sections and its index) gives no links: a trail leads down to the article, a menu across."""
    crumbs = page.index.with_class_part(*_CRUMB_PARTS)
    owned = [[link for link in element.iterdescendants("a") if link.get("href") is not None] for element in crumbs]
    menus = {link for links in owned if _is_section_menu(links, page.url) for link in links}
    return list(dict.fromkeys(link for links in owned for link in links if link not in menus))


def _separated_trail(page: Page) -> list[etree._Element]:
    """The links of a breadcrumb trail no class names, told by its print: links from the home page on, one line of
    them before the body with only separators between them (Merdeka 2015: `<div><a href="/">MERDEKA.COM</a> »
    <a href="/peristiwa/">PERISTIWA</a></div>`)."""
    if page.container is None:
        return []
    body_path = {page.container, *page.container.iterancestors()}
    for home in page.index.by_tag["a"]:
        # A link home: `/`, or a scheme and host alone.
        href = (home.get("href") or "").strip()
        if href != "/" and not (href.startswith(("http://", "https://")) and href.rstrip("/").count("/") == 2):
            continue
        parent = home.getparent()
        if parent is None or len(parent) < 2 or parent[0] is not home or (parent.text or "").strip():
            continue
        links = _trail_links(list(parent))
        if links and (home.text or "").strip() and before_body(parent, body_path):
            return links[1:]
    return []


def _trail_links(children: list[etree._Element]) -> list[etree._Element] | None:
    """The links of `children` when they print as a trail: links, one separator between each two, written after
    the link or as an element of its own (Tribun 2015: `<a>Tribunnews.com</a> <span>»</span> <a>Metropolitan</a>`);
    None for anything else."""
    printed: list[str | etree._Element] = []  # the links, and "»" where a separator stands
    for child in children:
        if child.tag == "a":
            printed.append(child)
        elif len(child) or not _TRAIL_SEPARATOR.fullmatch(child.text or ""):
            return None
        else:
            printed.append("»")
        if tail := (child.tail or "").strip():
            if not _TRAIL_SEPARATOR.fullmatch(tail):
                return None
            printed.append("»")
    if len(printed) < 3 or len(printed) % 2 == 0:
        return None
    links = printed[::2]
    if any(isinstance(item, str) for item in links) or any(not isinstance(item, str) for item in printed[1::2]):
        return None
    return links


def _is_section_menu(links: list[etree._Element], url: str) -> bool:
    """`_MIN_MENU_LINKS` links or more to sections side by side: of one depth, none leading under another (a trail's
    crumbs lead each under the one before it)."""
    if len(links) < _MIN_MENU_LINKS:
        return False
    paths = [tuple(segment for segment in urlsplit(absolute(url, link.get("href")) or "").path.split("/") if segment)
             for link in links]
    paths = [path for path in paths if path]
    depths = [len(path) for path in paths]
    if not depths or max(depths.count(depth) for depth in depths) < _MIN_MENU_LINKS:
        return False
    return not any(len(other) > len(path) and other[:len(path)] == path for path in paths for other in paths)


def category_path(url: str, article_path: str = "") -> list[str]:
    """The section slugs of a category link (see the module's docstring)."""
    path = urlsplit(url).path
    for prefix in _SECTION_PREFIXES:
        marker = path.find(prefix)
        if marker >= 0:
            return [unquote(s) for s in path[marker + len(prefix):].split("/") if s and s != "feed"]
    if not article_path:
        return []
    segments = [unquote(s) for s in path.split("/") if s]
    shared = 0
    for mine, theirs in zip(segments, (s for s in article_path.split("/") if s)):
        if mine != theirs:
            break
        shared += 1
    return [s for s in segments[shared:] if s.lower() not in _ROUTING_SEGMENTS and not s.isdigit()]


def tags(page: Page, blocks: list[Block]) -> tuple[list[str], str | None]:
    chrome: dict[etree._Element, bool] = {}  # the page's elements known to be (or not) its chrome
    for selectors, source in page.strategies("tags"):
        names: list[str] = []
        for selector in selectors:
            for element in page.select(page.scope, selector):
                if not isinstance(element, etree._Element) or _is_body_keyword(element, page.container) or (
                        source == "wordpress" and _of_the_page(element, chrome, page.scope)):
                    continue
                if "category" in (element.get("rel") or "").split():
                    continue
                for name in _tag_names(element):
                    if name not in names:
                        names.append(name)
        if names:
            return names, source
    if page.meta_tags:
        # An early Yoast writes every tag in one `article:tag`, the names joined by commas.
        names = page.meta_tags if len(page.meta_tags) > 1 else [fold(name) for name in page.meta_tags[0].split(",")]
        return list(dict.fromkeys(name for name in names if name)), "meta"
    names = list(dict.fromkeys(name for link in _tag_list_links(page, chrome) for name in _tag_names(link)))
    if names:
        return names[:_MAX_TAGS], "html"
    names = list(dict.fromkeys(name for link in _tag_page_links(page, chrome) for name in _tag_names(link)))
    if names:
        return names[:_MAX_TAGS], "html"
    if page.container is not None and (listed := closing_tag_list(page.container)) is not None:
        names = list(dict.fromkeys(name for link in listed.iter("a") for name in _tag_names(link)))
        if names:
            return names[:_MAX_TAGS], "html"
    for number, block in enumerate(blocks):
        if TAGS_HEADING.match(block.text) and number + 1 < len(blocks) and is_link_list(blocks[number + 1]):
            return list(dict.fromkeys(link.text for link in blocks[number + 1].links)), "text"  # `TAG:` over links
        if block.text.lower().startswith(("tags:", "tag:")):
            names = [link.text for link in block.links] or [
                fold(n) for n in block.text.split(":", 1)[1].split(",") if fold(n)]
            return list(dict.fromkeys(names)), "text"
    return [], None


def _tag_list_links(page: Page, chrome: dict[etree._Element, bool]) -> list[etree._Element]:
    """The links of the article's tag lists, in document order: elements named for tags (`read-page--tags`,
    `tag-box`, `tagging`, `detail__body-tag`) after the body's start, outside the page's chrome and its
    trending or popular tag lists (a header's `Trending Tag` bar, a sidebar's tag cloud)."""
    body_path = set() if page.container is None else {page.container, *page.container.iterancestors()}
    links: dict[etree._Element, None] = {}
    for element in page.index.with_class_part(*_TAG_LIST_PARTS):
        if (_TAG_LIST_WORDS.isdisjoint(named_words(element)) and _TAG_LIST_WORDS.isdisjoint(_camel_words(element))) \
                or (body_path and before_body(element, body_path)):
            continue
        if _of_the_page(element, chrome, page.scope) or _headed_by_the_page(element):
            continue
        if element.tag == "a" and page.container is not None and _in_a_sentence(element, page.container):
            continue
        for link in ([element] if element.tag == "a" else element.iter("a")):
            # the list's own box may hold the site's (`kcm-read-topic > editor-choices`: Kompas's chosen topics)
            if link.get("href") and not _of_the_page(link, chrome, page.scope):
                links[link] = None
    return list(links)


def _in_a_sentence(link: etree._Element, container: etree._Element) -> bool:
    """A keyword linked to its tag page inside a sentence of the body (Kompas 2025's `<a class="inner-link-tag">` in
    its paragraphs): the block holding it says more than a tag list's label would."""
    if not inside(link, container):
        return False
    block = link.getparent()
    while block is not None and block is not container and block.tag in _INLINE_TAGS:
        block = block.getparent()
    return block is not None and len(element_text(block)) - len(element_text(link)) > _MAX_TAG_LIST_EXTRA


def _tag_page_links(page: Page, chrome: dict[etree._Element, bool]) -> list[etree._Element]:
    """The links to the site's tag pages in the list holding the first such link after the body, near it (below
    the body's grandparent) and outside the page's chrome, when no element is named for the list (Tribun 2020: `Tags`
    over `<h5 class="tagcloud3"><a href="/tag/eka-ginanjar">`): the links of the body's text (keywords linked to
    their tag pages) and of the page's header (trending tags) come before it, a sidebar's lie in another column."""
    container = page.container
    if container is None:
        return []
    body_path = {container, *container.iterancestors()}
    near = container
    for _ in range(_TAG_HOLDER_LEVELS):
        near = near.getparent() if near.getparent() is not None else near
    for link in near.iter("a"):
        href = link.get("href")
        if not href or "/tag" not in href or not TAG_PAGE.search(href) or inside(link, container) \
                or before_body(link, body_path) or _of_the_page(link, chrome, page.scope):
            continue
        holder = link
        for _ in range(_TAG_HOLDER_LEVELS):
            if (parent := holder.getparent()) is None or parent in body_path:
                break
            holder = parent
        return [tag for tag in holder.iter("a")
                if TAG_PAGE.search(tag.get("href") or "") and not _of_the_page(tag, chrome, page.scope)]
    return []


def _camel_words(element: etree._Element) -> list[str]:
    """The words of an element's class and id names written in camel case (`tagDetailList` -> tag, detail, list)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return [word.lower() for word in _CAMEL_WORD.findall(names)]


def _headed_by_the_page(element: etree._Element) -> bool:
    """A list headed by a trending or popular item of its own, or an item of one (Merdeka's
    `<div class="keyword-container"><ul><li class="hot-search">HOT SEARCH</li><li class="keyword-item">..`): the
    page's keywords, not the article's."""
    heading_items = element.itersiblings("li", preceding=True) if element.tag == "li" else ()
    return any(not _NOT_ARTICLE_TAGS.isdisjoint(named_words(node))
               for node in chain(heading_items, element.iterdescendants()) if isinstance(node.tag, str))


def _of_the_page(element: etree._Element, chrome: dict[etree._Element, bool], scope: etree._Element) -> bool:
    """`element` lies in the page's chrome or in a trending or popular list, not in the article (`scope`: the
    `<article>` holding the body, or the document; what lies in an article is no more looked at above it).
    `chrome`: the answers for elements asked before (the links of one list share their ancestors)."""
    walked = []
    answer = False
    for node in (element, *element.iterancestors()):
        if node is scope and scope.tag == "article":
            break
        if node in chrome:
            answer = chrome[node]
            break
        walked.append(node)
        if node.tag in _CHROME_TAGS or not _NOT_ARTICLE_TAGS.isdisjoint(named_words(node)):
            answer = True
            break
    for node in walked:  # an element inside chrome is chrome; one below none is none
        chrome[node] = answer
    return answer


def _tag_names(element: etree._Element) -> list[str]:
    """A tag link's name without its `#`; a keywords element (`itemprop=keywords`) lists several."""
    text = element_text(element)
    parts = text.split(",") if element.get("itemprop") == "keywords" else [text]
    return [name for part in parts if (name := fold(part).lstrip("#").strip())]


def _is_body_keyword(link: etree._Element, container: etree._Element | None) -> bool:
    """A keyword auto-linked inside the body text (not part of a tag list)."""
    return container is not None and inside(link, container) and not _TAG_LIST(link)


def closing_tag_list(container: etree._Element) -> etree._Element | None:
    """The article's tag list inside the body `container`, after its text (see `_MIN_TAG_LINKS`), or None."""
    for link in container.iter("a"):
        href = link.get("href")
        if not href or "/tag" not in href or not TAG_PAGE.search(href):
            continue
        holder = _tag_list(link, container)
        if holder is not None and text_before(holder, container, _MIN_TEXT_BEFORE_TAGS) >= _MIN_TEXT_BEFORE_TAGS:
            return holder
    return None


def _tag_list(link: etree._Element, container: etree._Element) -> etree._Element | None:
    """The outermost element below `container` around `link` that is a list of tag links only, or None."""
    found = None
    node = link
    for _ in range(_TAG_LIST_LEVELS):
        node = node.getparent()
        if node is None or node is container:
            break
        links = list(node.iter("a"))
        if not all(TAG_PAGE.search(other.get("href") or "") for other in links):
            break
        if len(element_text(node)) - sum(len(element_text(other)) for other in links) > _MAX_TAG_LIST_EXTRA:
            break
        if len(links) >= _MIN_TAG_LINKS:
            found = node
    return found
