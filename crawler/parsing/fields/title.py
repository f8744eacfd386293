"""`title`: the theme's or WordPress's headline, else the article's `<h1>` reconciled with the
declared title (`og:title`, JSON-LD `headline`, `<title>`), else the declared title.

An `<h1>` that disagrees with the declared title is a section, channel or logo heading
(`Regional`, `News`) and is passed over. The site's name is cut from the end of a title: the
profile's `site_names`, else a last ` - ` / ` | ` / ` : ` part that names `og:site_name` or the host's
brand (`... - Kompas.com Regional` on regional.kompas.com, `... | Republika Online`); so is the page of a
paged article (`... - Halaman 2`, `... Halaman all`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsing.html import element_text, fold
from crawler.parsing.page import Page

_H1 = etree.XPath("//h1[not(contains(@class, 'site-title')) and not(contains(@class, 'logo'))"
                  " and not(ancestor::*[contains(@class, 'logo')])]")
# Visible headlines a template writes without an `<h1>` (Republika's photo pages: `div.jdl-pic`):
# `<h2>`, `<h3>` and elements whose class contains one of these parts, outside links.
_HEADLINE_TAGS = ("h2", "h3")
_HEADLINE_CLASS_PARTS = ("title", "judul", "jdl", "headline")
_LAST_PART = re.compile(r"\s+(?:[-|–—:]|::)\s+(?P<name>[^-|–—:]{2,60})$")
_NOT_ALNUM = re.compile(r"[\W_]+")
# The page of a paged article named after its title: `Judul - Halaman 2`, `Judul | Page 3`, `Judul (Halaman 2)`,
# Kompas's `Judul Halaman 2` and `Judul Halaman all` (the whole article on one page).
_PAGE_SUFFIX = re.compile(r"(?:\s*[-|–—:]\s*|\s*\(|\s+)(?:halaman|hal\.?|page)\s*(?:\d{1,3}|all)\)?\s*$",
                          re.IGNORECASE)
# Host labels that are no brand: public suffixes and service prefixes.
_NO_BRAND = frozenset({"www", "m", "com", "co", "id", "net", "org", "or", "go", "ac", "web", "news", "en", "amp"})
_MIN_AGREEMENT = 0.6  # the shorter title is at least this share of the longer one


@lru_cache(maxsize=64)
def _site_suffix(site_names: tuple[str, ...]) -> re.Pattern[str] | None:
    if not site_names:
        return None
    names = "|".join(f"(?:{name})" for name in site_names)
    return re.compile(rf"\s+[-|–—:]\s+(?:{names})\s*$", re.IGNORECASE)


def _squeeze(text: str) -> str:
    return _NOT_ALNUM.sub("", text.lower())


def host_brand(url: str) -> str:
    """The host's brand label (`kompas` of regional.kompas.com), empty when none stands out."""
    try:
        labels = (urlsplit(url).hostname or "").split(".")
    except ValueError:
        return ""
    brands = [label for label in labels[:-1] if label not in _NO_BRAND]
    return brands[-1] if brands else ""


def strip_site_name(title: str, site_names: tuple[str, ...], og_site_name: str | None, url: str = "") -> str:
    title = _site_name_cut(title, site_names, og_site_name, url)
    return _PAGE_SUFFIX.sub("", title).strip() or title


def site_name(og_site_name: str | None, title: str) -> str | None:
    """`og:site_name`, or its last part when a theme wrote the whole page title there (Okezone 2015:
    `<headline> :: Okezone News`)."""
    if not og_site_name:
        return None
    match = _LAST_PART.search(og_site_name)
    if match and title and _squeeze(og_site_name[: match.start()]) == _squeeze(title):
        return match["name"].strip()
    return og_site_name


def _site_name_cut(title: str, site_names: tuple[str, ...], og_site_name: str | None, url: str) -> str:
    suffix_pattern = _site_suffix(site_names)
    if suffix_pattern is not None:
        stripped = suffix_pattern.sub("", title)
        if stripped != title:
            return stripped.strip()
    match = _LAST_PART.search(title)
    if match:
        name = _squeeze(match["name"])
        site, brand = _squeeze(og_site_name or ""), host_brand(url)
        if name and ((site and (site in name or name in site)) or (len(brand) > 2 and brand in name)):
            return title[: match.start()].strip()
    return title.strip()


def _agrees(heading: str, declared: str) -> bool:
    """The same title, give or take a prefix or suffix (`<h1>` vs `og:title`)."""
    a, b = _squeeze(heading), _squeeze(declared)
    if not a or not b:
        return False
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and len(shorter) >= _MIN_AGREEMENT * len(longer)


def _declared(page: Page) -> tuple[str, str | None]:
    """The title the page declares in its metadata, the site's name cut off."""
    site_name, site_names = page.meta.get("og:site_name"), page.profile.site_names
    headline = page.jsonld.get("headline")
    candidates = [(page.meta.get("og:title"), "meta"), (headline if isinstance(headline, str) else None, "jsonld")]
    candidates += [(element_text(element), "html") for element in page.index.by_tag["title"][:1]]
    for text, source in candidates:
        if text and (text := fold(text)):
            return strip_site_name(text, site_names, site_name, page.url), source
    return "", None


def _headlines(page: Page) -> list[etree._Element]:
    """The page's visible headline candidates in document order (from the index: an XPath testing
    every element's class costs a millisecond on a large page)."""
    found = set(page.index.with_class_part(*_HEADLINE_CLASS_PARTS))
    found.update(page.root.iter(*_HEADLINE_TAGS))
    return [element for element in page.index.in_document_order(found)
            if element.tag != "a" and not any(ancestor.tag == "a" for ancestor in element.iterancestors())]


def title(page: Page) -> tuple[str, str | None]:
    site_name = page.meta.get("og:site_name")
    for selectors, source in page.strategies("title"):
        element = page.first(page.root, selectors)
        if element is not None and (text := element_text(element)):
            return strip_site_name(text, page.profile.site_names, site_name, page.url), source
    declared, declared_source = _declared(page)
    # `//h1` searches the whole document from any context node: one evaluation, not one per scope.
    for element in _H1(page.root):
        if (text := element_text(element)) and (not declared or _agrees(text, declared)):
            return text, "html"
    if declared:  # no `<h1>` states it: a visible headline that agrees is the title as the reader sees it
        for element in _headlines(page):
            if (text := element_text(element)) and len(text) > len(declared) and _agrees(text, declared):
                return text, "html"
    return declared, declared_source
