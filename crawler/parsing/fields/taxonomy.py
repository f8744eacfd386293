"""`category` / `category_path` (theme and WordPress category links, breadcrumbs,
`article:section`, JSON-LD `articleSection`) and `tags` (tag lists, `article:tag`, a `Tags:` line)."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from lxml import etree

from crawler.parsing.html import Block, absolute, element_text, fold
from crawler.parsing.page import Page, inside

_BREADCRUMB_LINKS = etree.XPath("//*[contains(@class, 'breadcrumb')]//a[contains(@href, '/category/')]")
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
    if not candidates and any("breadcrumb" in name for name in page.index.by_class):
        candidates = [(e, "html") for e in _BREADCRUMB_LINKS(page.root)]
    best: tuple[int, str, list[str], str] | None = None
    for element, source in candidates:
        path = category_path(absolute(page.url, element.get("href")) or "")
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


def category_path(url: str) -> list[str]:
    path = urlsplit(url).path
    marker = path.find("/category/")
    if marker < 0:
        return []
    return [unquote(s) for s in path[marker + len("/category/"):].split("/") if s and s != "feed"]


def tags(page: Page, blocks: list[Block]) -> tuple[list[str], str | None]:
    for selectors, source in page.strategies("tags"):
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
    return container is not None and inside(link, container) and not _TAG_LIST(link)
