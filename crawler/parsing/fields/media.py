"""`image`: the lead image (`og:image`, JSON-LD image, the theme's or WordPress's post image,
the first figure outside the body text or opening its container before any text, else a bare photo opening the
body's text); `caption` is its figure caption without the photo credit (captions inside the body text are dropped
with the body's noise); `credit` is the credit as written, with its parentheses if it has them
(`(Foto: Hadis/MINA)`, `Photo: PIC`, `(photo special)`, a wire credit closing the caption:
`ANTARA FOTO/<name>/<codes>/<yy>.`, `(ANTARA/<name>)`), null when none is named. An image outside any figure
takes its caption from a sibling (or its parent's sibling, or a child of the block after its parent) whose class or
id says `caption`, else from a `copyright` line beside it naming the photo before its sign; the page's `<img>`
showing another rendition of the declared image (a name sharing a long opening) stands for it."""

from __future__ import annotations

import os
import re

from lxml import etree

from crawler.parsing.agencies import agency_name
from crawler.parsing.html import PHOTO_WORDS, absolute, element_text, fold, named_words, text_before
from crawler.parsing.page import WORDPRESS, Page, inside

_CREDIT_IN_CAPTION = re.compile(
    r"\(\s*(?:(?:foto|photo|photos|sumber\s+foto|image|صورة)\s*:[^()]{1,120}"
    r"|(?:foto|photo)\s+(?:special|istimewa|ist|dok|doc|file)\.?|ist|istimewa|dok)\s*\)"
    r"|(?:foto|photo|photos|sumber\s+foto)\s*:\s*[^()]{1,120}?\s*$"
    # The label outside the parentheses of its source, closing the caption (Detik: `Foto: (Getty Images)`).
    r"|(?:foto|photo|photos|sumber\s+foto)\s*:\s*\([^()]{1,120}\)\s*$"
    # A copyright sign and its holder closing the caption, after a space or a slash (KapanLagi:
    # `Charlotte Church © istimewa`, `Brandon Salim/©KapanLagi.com®/M. Akrom Sukarya`).
    r"|(?:\s*/\s*|(?<=\s)|^)©\s*[^\s©][^©]{0,80}$",
    re.IGNORECASE,
)
# A wire credit closing a caption (case-sensitive: the agency is written in capitals).
_WIRE_CREDIT = re.compile(
    r"(?:(?<=\s)|^)\(?[A-Z][A-Z.]{2,20}(?:\s+(?:FOTO|PHOTO))?\s*/\s*[A-Z][^()/]{1,60}(?:/[^()/]{1,20}){0,5}\)?\.?$"
)
# The caption beside the image, beside its frame, or inside the block right after its frame (Republika's Ihram:
# `<div class="img-set"><img> <div class="def">credit</div></div><div class="set-cp"><div class="caption">...`).
_NEAR_CAPTION = etree.XPath(
    "(../*|../../*|../following-sibling::*[1]/*)[contains(@class, 'caption') or contains(@id, 'caption')]"
)
_NEAR_COPYRIGHT = etree.XPath("../*[contains(@class, 'copyright')]")
_LAZY_SRC = ("data-src", "data-lazy-src", "data-original", "src")
# Tag and class tests first: an `[.//img]` test on every element costs a search per element.
_FIGURES = etree.XPath(".//figure[.//img] | .//*[@class and contains(@class, 'wp-caption')"
                       " and contains(concat(' ', normalize-space(@class), ' '), ' wp-caption ')][.//img]")
_CAPTION_TEXT = etree.XPath(
    ".//*[self::figcaption or contains(concat(' ', normalize-space(@class), ' '), ' wp-caption-text ')]"
)
_SIZE_VARIANT = re.compile(r"-\d+x\d+(?=\.\w+$)")
# A caption that is only a credit: an agency and its photographer.
_AGENCY_CREDIT = re.compile(r"\(?(?P<agency>[A-Z][A-Za-z.]{1,20})\s*/\s*[A-Z][\w .'-]{1,60}?\)?")
_RENDITION_OPENING = 12
_ICON_PIXELS = 100  # an image this narrow or low is an icon, a button or a logo
_CREDIT_WORDS = frozenset({"author", "credit", "credits", "source", "sumber", "photographer", "fotografer"})


def image(page: Page) -> tuple[dict | None, str | None]:
    """The lead image, with the caption and credit of its figure."""
    url, source = None, None
    if page.meta.get("og:image"):
        url, source = absolute(page.url, page.meta["og:image"]), "meta"
    if url is None:
        declared = page.jsonld.get("image")
        declared = declared[0] if isinstance(declared, list) and declared else declared
        declared = declared.get("url") if isinstance(declared, dict) else declared
        if isinstance(declared, str):
            url, source = absolute(page.url, declared), "jsonld"
    figures = _figures(page)
    # Figures inside the body text illustrate a paragraph; the lead image stands outside it, or opens the body's
    # container before any of its text (a WordPress theme's `<figure class="entry-thumbnail">` in `entry-content`).
    container = page.container
    lead_figures = [f for f in figures if container is None or not inside(f, container)
                    or not text_before(f, container, 1)]
    if url is None:
        element = page.first(page.scope, page.profile.selectors.get("image", ()) + WORDPRESS["image"])
        if element is not None:
            url, source = _image_src(page.url, element), "wordpress"
    if url is None and lead_figures:
        url, source = _image_src(page.url, lead_figures[0].find(".//img")), "html"
    if url is None and container is not None:
        url, source = _image_src(page.url, _opening_image(container)), "html"
    if url is None:
        return None, None
    figure = _figure_of(url, figures, lead_figures)
    caption_text = _caption_text(figure) if figure is not None else _caption_near(page, url)
    caption, credit = split_caption(caption_text) if caption_text or figure is not None else _photo_block(page, url)
    if figure is None and caption_text and credit is None:
        # The credit printed over the photo, the caption beside it (Ihram: `Republika/ Wihdan Hidayat` in the
        # photo's frame, `Calon jamaah haji mengikuti pemeriksaan ...` under it).
        framed_caption, framed_credit = _photo_block(page, url)
        credit = framed_credit if framed_caption is None else None
    return {"url": url, "caption": caption, "credit": credit}, source


def split_caption(text: str) -> tuple[str | None, str | None]:
    """(caption, credit) of a figure caption: the photo credit is cut out of the caption."""
    text = fold(text)
    if not text:
        return None, None
    agency_credit = _AGENCY_CREDIT.fullmatch(text)
    if agency_credit and agency_name(agency_credit["agency"]) is not None:
        return None, text  # the caption is only its credit: `Antara/Teresia May`
    match = _CREDIT_IN_CAPTION.search(text) or _WIRE_CREDIT.search(text)
    if not match:
        return text, None
    credit = fold(match.group(0)).lstrip("/ ")  # the slash before `©` parts the two, in neither
    caption = fold(text[: match.start()] + " " + text[match.end():]).strip(" -–—|,") or None
    return caption, credit


def _opening_image(container: etree._Element) -> etree._Element | None:
    """A bare `<img>` opening the body's container before any of its text, no icon (a pasted story's photo:
    `<p><img src=".../a69fa662-..._169.jpeg" width="650" height="364" /></p><p>Jakarta, CNN Indonesia -- ...`)."""
    element = next(container.iter("img"), None)
    if element is None or text_before(element, container, 1):
        return None
    sizes = [element.get(name, "").strip() for name in ("width", "height")]
    if any(size.isdigit() and int(size) < _ICON_PIXELS for size in sizes):
        return None
    return element


def _figures(page: Page) -> list[etree._Element]:
    """Figures (`<figure>`, `.wp-caption`) showing an image under the page's scope, in document order."""
    def showing_image(elements: list[etree._Element]) -> list[etree._Element]:
        return [e for e in elements if _below_scope(e, page) and next(e.iterdescendants("img"), None) is not None]

    figures = showing_image(page.index.by_tag["figure"])
    captioned = showing_image(page.index.by_class.get("wp-caption", []))
    if figures and captioned:  # both kinds: XPath merges them in document order
        return _FIGURES(page.scope)
    return figures or captioned


def _below_scope(element: etree._Element, page: Page) -> bool:
    """`element` is a descendant of the page's scope."""
    return element is not page.root if page.scope is page.root else inside(element, page.scope)


def _image_src(base_url: str, element: etree._Element | None) -> str | None:
    if element is None:
        return None
    for attribute in _LAZY_SRC:
        value = element.get(attribute)
        if value and not value.startswith("data:"):
            return absolute(base_url, value)
    return None


def _file_stem(url: str) -> str:
    name = url.split("?", 1)[0].rsplit("/", 1)[-1]
    return _SIZE_VARIANT.sub("", name)  # WordPress size variants name one image


def _figure_of(url: str, figures: list[etree._Element], lead_figures: list[etree._Element]) -> etree._Element | None:
    """The figure showing the image at `url` (any size variant), else the only lead figure."""
    stem = _file_stem(url)
    for figure in figures:
        for element in figure.iter("img"):
            src = _image_src(url, element)
            if src and _file_stem(src) == stem:
                return figure
    return lead_figures[0] if len(lead_figures) == 1 else None


def _images_showing(page: Page, url: str) -> list[etree._Element]:
    """The `<img>` elements showing the image at `url` (any size variant), else those showing another rendition of
    it: the declared image is often a crop or resize of the page's photo under a name that only shares its opening
    (Okezone: `...-dengan-istri-UWr3JLezl2.jpg` declared, `...-dengan-istri-Nfwqdn9gXj.jpg` shown; Kompas:
    `0322335Wuling-saleh-husinp.jpg` declared, `0322335Wuling-saleh-husin780x390.jpg` shown)."""
    stem = _file_stem(url)
    sources = [(element, _image_src(page.url, element)) for element in page.index.by_tag["img"]]
    same = [element for element, src in sources if src and _file_stem(src) == stem]
    return same or [element for element, src in sources if src and _renditions(_file_stem(src), stem)]


def _renditions(name: str, other: str) -> bool:
    """Two file names of one photo's renditions: they share an opening of at least 12 characters that is two
    thirds of the shorter name (without its extension), not cut inside a number (`ronaldo-1` and `ronaldo-11` are
    two photos of a series); `foto-1.jpg` and `foto-2.jpg` share too little."""
    name, other = name.rsplit(".", 1)[0], other.rsplit(".", 1)[0]
    shared = len(os.path.commonprefix((name, other)))
    if shared < max(_RENDITION_OPENING, 2 * min(len(name), len(other)) / 3):
        return False
    rests = (name[shared:shared + 1], other[shared:shared + 1])
    return not (name[shared - 1].isdigit() and any(rest.isdigit() for rest in rests))


def _caption_near(page: Page, url: str) -> str:
    """The caption standing beside the `<img>` showing `url` outside any figure (`#caption_news`), or a copyright
    line beside it that names the photo before its sign (KapanLagi: `<img ...><br /><div class="copyright">Dian
    Sastrowardoyo © KapanLagi.com®/</div>`; a line that is only the sign and its holder, a page footer's, is none)."""
    for element in _images_showing(page, url)[:1]:
        captions = _NEAR_CAPTION(element)
        if captions:
            return element_text(captions[0])
        for line in _NEAR_COPYRIGHT(element):
            text = element_text(line)
            if "©" in text and not text.startswith("©"):
                return text
        return ""
    return ""


def _photo_block(page: Page, url: str) -> tuple[str | None, str | None]:
    """(caption, credit) of an element named for a photo holding the `<img>` showing `url` and its text
    (Kompas: `<div class="photo"><img> <span class="author">KOMPAS.COM/MASRIADI</span> Penyidik ...</div>`):
    the credit is the child named for a credit, the caption the rest."""
    for element in _images_showing(page, url):
        block = element.getparent()
        if block is None or PHOTO_WORDS.isdisjoint(named_words(block)):
            continue
        credits = [child for child in block if isinstance(child.tag, str) and child is not element
                   and not _CREDIT_WORDS.isdisjoint(named_words(child))]
        text = element_text(block)
        if not credits:
            return split_caption(text)
        credit = element_text(credits[0])
        return fold(text.replace(credit, " ", 1)) or None, credit or None
    return None, None


def _caption_text(figure: etree._Element) -> str:
    captions = _CAPTION_TEXT(figure)
    return element_text(captions[0]) if captions else ""
