"""`body`, `lead`, `signature`, `related`, `dateline` and an opinion byline: the body
container's blocks (figures and pictures, share bars, ads and credit tables skipped), or a photo story's captions,
cleaned by `crawler.parsing.text` with the site's own endings from its profile."""

from __future__ import annotations

import re
from datetime import datetime

from lxml import etree

from crawler.parsing.fields.taxonomy import closing_tag_list
from crawler.parsing.html import PHOTO_WORDS, Block, blocks_of, element_text, named_words
from crawler.parsing.page import Page, in_chrome, inside
from crawler.parsing.text import CleanBody, clean_body, is_link_list
from crawler.parsing.urls import same_site

# Elements inside the body container that are never body text: figures, and elements whose class contains one
# of these parts (captions, share bars, related posts, ads, a photo gallery with its captions and voting box,
# an embedded post: its text is the embed's, a script makes it a card)...
# A photo story's own gallery, with no paragraph beside it, is read by `caption_blocks`.
_NOT_BODY_TAGS = ("figure", "figcaption")
_NOT_BODY_CLASS_PARTS = ("wp-caption", "sharedaddy", "jp-relatedposts", "page-links", "post-views", "share-buttons",
                         "social-share", "adsbygoogle", "code-block", "vote", "gallery",
                         "twitter-tweet", "instagram-media", "tiktok-embed")
# ...and a credit table's rows (`<td>Penulis</td><td>: <name></td>`): read by `people`, not body text.
_MAX_CREDIT_LABEL = 19
# ...and a picture set between the paragraphs without a figure: an element named for a photo (`pic`, `foto`,
# `image`...) within this many levels above an image, holding no paragraph and no more text than a caption
# (Detik's `<div class="pic_artikel_sisip"><div class="pic"><img>caption Foto: credit</div>`).
_PICTURE_LEVELS = 3
_MAX_PICTURE_TEXT = 400
_XML_SPACE = re.compile(r"[ \t\r\n]+")  # what XPath's normalize-space() folds
# A paragraph that is a list bullet and a link to another story of the site: a "read also" insert whose label the
# style sheet prints (Tribun's `<p class="baca"><strong> &bull; <a>headline</a></strong></p>`, labelled by `:before`).
_BULLETS = "·•‣▪►»›"


def body_blocks(page: Page) -> list[Block]:
    """The text blocks of the body container (empty when the page has none)."""
    if page.container is None:
        return []
    return blocks_of(page.container, page.url, skip=_not_body(page))


def _not_body(page: Page) -> frozenset[etree._Element]:
    """The elements below the body container that are no body text (from the page's index and the container's
    own name-filtered iteration: an XPath testing every element's class costs more than the rest of the walk)."""
    container = page.container
    found = {element for element in container.iter(*_NOT_BODY_TAGS) if element is not container}
    found.update(element for element in page.index.class_part_elements(*_NOT_BODY_CLASS_PARTS)
                 if inside(element, container))
    found.update(row for row in container.iter("tr") if _is_credit_row(row))
    found.update(picture for image in container.iter("img") if (picture := _picture(image, container)) is not None)
    found.update(_tag_list_and_after(container))
    # A label only screen readers get is no text a reader sees (Al Jazeera's related box between the paragraphs:
    # `<span class="screen-reader-text">list 1 of 3</span>` before each link, `end of list` after them).
    found.update(element for element in page.index.screen_reader_only() if inside(element, container))
    return frozenset(found)


def _tag_list_and_after(container: etree._Element) -> list[etree._Element]:
    """The article's tag list inside `container` and the elements after it there: the article ends before it
    (see `taxonomy.closing_tag_list`)."""
    holder = closing_tag_list(container)
    if holder is None:
        return []
    rest = [holder]
    node = holder
    while node is not container and (parent := node.getparent()) is not None:
        rest.extend(sibling for sibling in node.itersiblings() if isinstance(sibling.tag, str))
        node = parent
    return rest


def _picture(image: etree._Element, container: etree._Element) -> etree._Element | None:
    """The outermost element named for a photo around `image` below `container` that is only a picture and its
    caption, or None."""
    picture = None
    for level, ancestor in enumerate(image.iterancestors()):
        if ancestor is container or level == _PICTURE_LEVELS:
            break
        if not PHOTO_WORDS.isdisjoint(named_words(ancestor)):
            if next(ancestor.iter("p"), None) is not None or len(element_text(ancestor)) > _MAX_PICTURE_TEXT:
                break
            picture = ancestor
    return picture


def _is_teaser(caption: etree._Element, text: str) -> bool:
    """A caption that is mostly a link: a grid of other stories' headlines, not a photo's caption."""
    return 2 * sum(len(element_text(link)) for link in caption.iter("a")) >= len(text)


def _is_credit_row(row: etree._Element) -> bool:
    cells = row.findall("td")
    return (len(cells) == 2 and len(_xml_normalized(cells[0])) <= _MAX_CREDIT_LABEL
            and _xml_normalized(cells[1]).startswith(":"))


def _xml_normalized(element: etree._Element) -> str:
    return _XML_SPACE.sub(" ", "".join(element.itertext())).strip(" \t\r\n")


def body(blocks: list[Block], page: Page, title: str, published: datetime | None) -> CleanBody:
    inserts = [block for block in blocks if _is_bulleted_insert(block, page.url)]
    if inserts:
        blocks = [block for block in blocks if block not in inserts]
    cleaned = clean_body(blocks, title=title or None, profile=page.profile, published=published)
    if inserts:
        cleaned.related[:0] = [{"title": link.text, "url": url} for block in inserts for link in block.links
                               if (url := link.url)]
    return cleaned


def _is_bulleted_insert(block: Block, page_url: str) -> bool:
    return (block.text != "" and block.text[0] in _BULLETS and is_link_list(block)
            and all((url := link.url) and url != page_url and same_site(url, page_url) for link in block.links))


def caption_blocks(page: Page) -> list[Block]:
    """The captions of the page's photo gallery as blocks, in order: the text of a photo story, whose body
    container holds no paragraphs (its densest text is then a newsletter box or a footer line). The gallery is
    the element whose figures' captions hold the most text, outside the page's chrome."""
    galleries: dict[etree._Element, list[str]] = {}
    for caption in page.root.iter("figcaption"):
        figure = caption.getparent()
        holder = figure.getparent() if figure is not None else None
        if holder is not None and (text := element_text(caption)) and not _is_teaser(caption, text) \
                and not in_chrome(holder):
            galleries.setdefault(holder, []).append(text)
    if not galleries:
        return []
    captions = max(galleries.values(), key=lambda texts: sum(map(len, texts)))
    return [Block(text) for text in dict.fromkeys(captions)]
