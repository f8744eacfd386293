"""HTML helpers shared by the extractors: decoding, parsing, text of elements, blocks.

Text is always taken by joining an element's text nodes first and folding the
whitespace afterwards, so markup inside a word (`Ok<img/>tober`) cannot split it.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urljoin

from cssselect import SelectorError
from lxml import etree
from parsel.csstranslator import HTMLTranslator

MAX_HTML_CHARS = 2_000_000
# Bounds that keep hostile or broken pages cheap; real articles stay far below them.
MAX_BLOCKS = 2000
MAX_LINKS_PER_BLOCK = 20
MAX_WALKED_ELEMENTS = 20_000
MAX_BLOCK_SCAN = 2000  # characters of a block a pattern looks at
_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.I)
_CHARSET_SCAN = 4096  # bytes of a page where its charset declaration is looked for
_CHARSET_REACH = len(b"<meta") + 200
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]{0,200}\?>")
_RAW_OPEN = re.compile(r"<(style|script)\b([^>]{0,500})>", re.IGNORECASE)
_RAW_CLOSE = {name: re.compile(rf"</{name}\s*>", re.IGNORECASE) for name in ("style", "script")}
# Invisible characters MINA's templates leave in text (zero-width spaces, BOM, the Hangul
# filler U+3164 after the English views counter): folded like whitespace.
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u3164]")
# ...and letters set in the mathematical alphabets, bold or italic, that a font generator makes for a blog (a dateline
# `𝐏𝐄𝐌𝐀𝐋𝐀𝐍𝐆,𝐑𝐉𝐒𝐍𝐄𝐖𝐒.𝐈𝐃 – Di sudut kota ...`): read as the plain letters they stand for, one character for one, so
# a text's offsets stay. One search finds either.
STYLED_LETTERS = {code: plain for code in range(0x1D400, 0x1D800)
                  if len(plain := unicodedata.normalize("NFKC", chr(code))) == 1 and plain != chr(code)}
_FOLDED = re.compile("[\u200b-\u200d\u2060\ufeff\u3164\U0001D400-\U0001D7FF]")

_SKIPPED_TAGS = frozenset({
    "script", "style", "noscript", "template", "iframe", "form", "button", "select",
    "svg", "canvas", "video", "audio", "object", "embed", "head", "ins",
})
# ...and, for blocks and lines, a `<title>` in the body: a pasted page's (Detik's rating widget is a whole document
# inside the gallery, `<title>Form Rating</title>` and all). The document's own title is read by `element_text`.
_NO_BLOCK_TEXT = _SKIPPED_TAGS | {"title"}
_SCREEN_READER_CLASSES = ("sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "blind")
BLOCK_TAGS = frozenset({
    "p", "div", "section", "article", "main", "header", "footer", "aside", "nav",
    "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd",
    "blockquote", "pre", "figure", "figcaption", "table", "thead", "tbody", "tr", "td",
    "th", "hr", "center", "address", "details", "summary",
})
# Plain lxml elements (not lxml.html's): their Python-level class lookup costs a third of a parse.
_BREAKS = BLOCK_TAGS | {"br"}  # elements whose edges separate words
# Smart strings: each knows its element. (`//@class` costs a third more: it steps through every node.)
_CLASS_ATTRIBUTES = etree.XPath("descendant-or-self::*/@class")
# Element names the extractors look up (metadata, links, times, figures): indexed by `DocumentIndex`.
INDEXED_TAGS = ("html", "body", "meta", "link", "script", "title", "h1", "article", "a", "time", "figure", "img")
# No id table (`collect_ids`): nothing looks elements up by id, and building it costs ~5% of a parse.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, collect_ids=False)
_TRANSLATOR = HTMLTranslator()
_COMPOUND = re.compile(
    r"(?P<tag>[a-z][a-z0-9]*|\*)?(?P<classes>(?:\.-?[_a-zA-Z][\w-]*)*)"
    r"(?P<attributes>(?:\[[-\w]+(?:~?=[\"']?[^\]\"']*[\"']?)?\])*)"
)
_XML_NAME = re.compile(r"[A-Za-z_][-\w]*")
_ATTRIBUTE = re.compile(r"\[(?P<name>[-\w]+)(?:(?P<operator>~?=)[\"']?(?P<value>[^\]\"']*)[\"']?)?\]")
_NAME_WORDS = re.compile(r"[a-z]+")
# Words of the class and id names of an element holding a photo, its caption or its credit.
PHOTO_WORDS = frozenset({"photo", "foto", "caption", "figure", "image", "img", "gambar", "picture", "pic"})


def fold(text: str) -> str:
    """Whitespace (and invisible filler characters) folded to single spaces, stripped; letters of the mathematical
    alphabets read as plain ones."""
    if not text.isascii() and _FOLDED.search(text):  # isascii() is a flag look-up
        text = _INVISIBLE.sub(" ", text).translate(STYLED_LETTERS)
    return " ".join(text.split())


def decode_html(html: str | bytes) -> str:
    """Text of a page given as str or bytes (meta charset, else UTF-8; bad bytes replaced)."""
    if isinstance(html, str):
        return html[:MAX_HTML_CHARS]
    if not isinstance(html, (bytes, bytearray)):
        return ""
    data = bytes(html[: MAX_HTML_CHARS * 2])
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    else:
        # A declaration holds `charset` at most this far after its `<meta`: the search starts there.
        first = data[:_CHARSET_SCAN].lower().find(b"charset")
        match = _META_CHARSET.search(data, max(0, first - _CHARSET_REACH), _CHARSET_SCAN) if first >= 0 else None
        if match:
            try:
                encoding = codecs.lookup(match.group(1).decode("ascii")).name
            except (LookupError, UnicodeDecodeError):
                encoding = "utf-8"
    return data.decode(encoding, errors="replace")[:MAX_HTML_CHARS]


def _without_raw_blocks(text: str) -> str:
    """`text` without `<style>` and `<script>` elements (JSON-LD scripts kept): they hold no
    article text, and on a typical page they are most of the bytes the parser would read."""
    parts: list[str] = []
    position = 0
    while (opening := _RAW_OPEN.search(text, position)) is not None:
        closing = _RAW_CLOSE[opening.group(1).lower()].search(text, opening.end())
        if closing is None:
            break
        keep = "ld+json" in opening.group(2)
        parts.append(text[position : closing.end() if keep else opening.start()])
        position = closing.end()
    if not parts:
        return text
    parts.append(text[position:])
    return "".join(parts)


def parse_html(text: str) -> etree._Element | None:
    """The document root, or None when there is nothing to parse."""
    text = _without_raw_blocks(_XML_DECLARATION.sub("", text, count=1))
    if not text.strip():
        return None
    try:
        root = etree.fromstring(text, parser=_PARSER)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError, TypeError):
        return None
    return root


@lru_cache(maxsize=512)
def css_xpath(selector: str) -> etree.XPath | None:
    """A compiled XPath for a CSS selector (`::attr(x)` / `::text` suffixes allowed); None if invalid."""
    try:
        return etree.XPath(_TRANSLATOR.css_to_xpath(selector))
    except (SelectorError, etree.XPathSyntaxError, ValueError, TypeError):
        return None


def select(root: etree._Element, selector: str) -> list:
    """Results of a CSS selector under `root` (elements or strings), through XPath."""
    xpath = css_xpath(selector)
    if xpath is None:
        return []
    try:
        result = xpath(root)
    except (etree.XPathError, ValueError):
        return []
    return result if isinstance(result, list) else [result]


@dataclass(frozen=True)
class _Compound:
    """One compound selector: `tag.class1.class2[attr][attr=value][attr~=word]`."""

    tag: str | None
    classes: tuple[str, ...]
    attributes: tuple[tuple[str, str | None, str | None], ...]  # (name, operator, value)

    def matches(self, element: etree._Element) -> bool:
        if self.tag is not None and element.tag != self.tag:
            return False
        if self.classes:
            present = (element.get("class") or "").split()
            if any(name not in present for name in self.classes):
                return False
        for name, operator, value in self.attributes:
            actual = element.get(name)
            if actual is None or (operator == "=" and actual != value) or (
                    operator == "~=" and value not in actual.split()):
                return False
        return True


@lru_cache(maxsize=512)
def _descendant_chain(selector: str) -> tuple[_Compound, ...] | None:
    """`A B C` (descendant combinators between simple compounds) parsed; None for anything else."""
    chain = []
    for part in selector.split():
        match = _COMPOUND.fullmatch(part)
        if match is None or not part:
            return None
        tag = match["tag"] if match["tag"] != "*" else None
        classes = tuple(name for name in match["classes"].split(".") if name)
        attributes = tuple((a["name"], a["operator"], a["value"]) for a in _ATTRIBUTE.finditer(match["attributes"]))
        chain.append(_Compound(tag, classes, attributes))
    return tuple(chain) or None


@lru_cache(maxsize=512)
def _names_of(selector: str) -> tuple[frozenset[str], frozenset[str]]:
    """The element names and the class names a descendant chain selector requires."""
    chain = _descendant_chain(selector) or ()
    return (frozenset(c.tag for c in chain if c.tag is not None),
            frozenset(name for c in chain for name in c.classes))


class DocumentIndex:
    """Elements of a document by class name and, for `INDEXED_TAGS`, by element name.

    Two scans build it: one XPath for the class attributes, one `iter()` whose name tests lxml
    does in C. Theme and WordPress selectors are `tag.class[attr]` chains; answering them from
    the index costs a dictionary look-up instead of an XPath scan of the whole tree per
    selector, and a selector naming a class or element the document lacks costs nothing. A
    chain's last compound is looked up by its class, else (`.post-tags a`) among the
    descendants of the elements the rest of the chain selects, else by its element name and
    first attribute (`a[rel~=tag]`: the indexed `<a>` with a `rel`, one list for all such
    selectors), else by that attribute alone (one XPath scan per attribute name). Other
    selectors go through XPath.
    """

    def __init__(self, root: etree._Element) -> None:
        self.root = root
        self.by_class: dict[str, list[etree._Element]] = {}
        # One traversal, its name tests done by lxml, collects the elements extractors look for.
        self.by_tag: dict[str, list[etree._Element]] = {tag: [] for tag in INDEXED_TAGS}
        self._has_tag: dict[str, bool] = {}
        self._by_attribute: dict[str, list[etree._Element]] = {}
        self._tagged: dict[tuple[str, str], list[etree._Element]] = {}
        self._positions: dict[etree._Element, int] | None = None
        self._class_names: str | None = None
        for names in _CLASS_ATTRIBUTES(root):
            element = names.getparent()
            for name in names.split():
                self.by_class.setdefault(name, []).append(element)
        for element in root.iter(*INDEXED_TAGS):
            self.by_tag[element.tag].append(element)

    def has_tag(self, tag: str) -> bool:
        if tag in self.by_tag:
            return bool(self.by_tag[tag])
        if tag not in self._has_tag:
            self._has_tag[tag] = next(self.root.iter(tag), None) is not None
        return self._has_tag[tag]

    def tagged(self, tag: str, attribute: str) -> list[etree._Element]:
        """The document's `tag` elements (one of `INDEXED_TAGS`) carrying `attribute`, in document order."""
        key = (tag, attribute)
        if key not in self._tagged:
            self._tagged[key] = [e for e in self.by_tag[tag] if e.get(attribute) is not None]
        return self._tagged[key]

    def screen_reader_only(self) -> set[etree._Element]:
        """The elements a theme hides from the eye and keeps for screen readers (`<dt class="blind">Reporter</dt>`,
        `<span class="sr-only">`): labels a reader of the page never sees."""
        return {element for name in _SCREEN_READER_CLASSES for element in self.by_class.get(name, ())}

    def with_class_part(self, *parts: str) -> list[etree._Element]:
        """The document's elements whose class attribute contains one of `parts` (texts without spaces),
        in document order: XPath's `//*[contains(@class, part) or ...]`, which costs a string copy of
        every attribute (a millisecond on a large page), answered from the class names."""
        names = self._class_names_with(parts)
        if len(names) == 1:
            return list(dict.fromkeys(self.by_class[names[0]]))
        return self.in_document_order({element for name in names for element in self.by_class[name]})

    def class_part_elements(self, *parts: str) -> set[etree._Element]:
        """`with_class_part` in no particular order."""
        return {element for name in self._class_names_with(parts) for element in self.by_class[name]}

    def _class_names_with(self, parts: tuple[str, ...]) -> list[str]:
        """The document's class names containing one of `parts`, in index order: each part is searched in all the
        names joined by spaces (class names hold none: a name holding a part is the run of non-spaces around it)."""
        if self._class_names is None:
            self._class_names = " ".join(self.by_class)
        joined = self._class_names
        found: dict[int, str] = {}  # by where the name starts in `joined`
        for part in parts:
            position = joined.find(part)
            while position >= 0:
                start, end = joined.rfind(" ", 0, position) + 1, joined.find(" ", position)
                end = len(joined) if end < 0 else end
                found[start] = joined[start:end]
                position = joined.find(part, end)
        return [found[start] for start in sorted(found)]

    def _tagged_elsewhere(self, tag: str, attribute: str) -> list[etree._Element]:
        """`tagged` for an element name the index does not hold: one name-filtered iteration (in C), not an
        XPath `//*[@attribute]` through every node."""
        key = (tag, attribute)
        if key not in self._tagged:
            self._tagged[key] = [e for e in self.root.iter(tag) if e.get(attribute) is not None]
        return self._tagged[key]

    def in_document_order(self, elements: Iterable[etree._Element]) -> list[etree._Element]:
        if self._positions is None:
            self._positions = {element: number for number, element in enumerate(self.root.iter())}
        positions = self._positions
        return sorted(elements, key=lambda element: positions.get(element, -1))

    def with_attribute(self, name: str) -> list[etree._Element]:
        """The document's elements carrying attribute `name`, in document order."""
        if name not in self._by_attribute:
            self._by_attribute[name] = _elements_with_attribute(name)(self.root)
        return self._by_attribute[name]

    def select(self, scope: etree._Element, selector: str) -> list:
        chain = _descendant_chain(selector)
        if chain is None:
            return select(scope, selector)
        tags, classes = _names_of(selector)
        if not self.by_class.keys() >= classes or not all(map(self.has_tag, tags)):
            return []  # names an element or a class the document does not have
        found = self._select_chain(scope, chain)
        return select(scope, selector) if found is None else found

    def _select_chain(self, scope: etree._Element, chain: tuple[_Compound, ...]) -> list | None:
        """Elements matching `chain` in `scope`, in document order; None when the index cannot tell."""
        last = chain[-1]
        if last.classes:
            candidates = self.by_class[last.classes[0]]
        elif last.tag is not None and not last.attributes and len(chain) > 1:
            containers = self._select_chain(scope, chain[:-1])
            if containers is None:
                return None
            # Nested containers see some descendants twice: the first sighting keeps document order.
            return list(dict.fromkeys(e for c in containers for e in c.iterdescendants(last.tag)))
        elif last.attributes and last.tag in self.by_tag:
            candidates = self.tagged(last.tag, last.attributes[0][0])
        elif last.attributes and last.tag is not None:
            candidates = self._tagged_elsewhere(last.tag, last.attributes[0][0])
        elif last.attributes and _XML_NAME.fullmatch(last.attributes[0][0]):
            candidates = self.with_attribute(last.attributes[0][0])
        else:
            return None
        return [element for element in candidates
                if last.matches(element) and _within(element, chain[:-1], scope, self.root)]


@lru_cache(maxsize=32)
def _elements_with_attribute(name: str) -> etree.XPath:
    return etree.XPath(f"//*[@{name}]")


def _within(element: etree._Element, chain: tuple[_Compound, ...], scope: etree._Element,
            root: etree._Element) -> bool:
    """`element` lies in `scope` (itself included), under ancestors matching `chain` (outermost
    first) that lie in `scope` too."""
    if element is scope:
        return not chain
    pending = len(chain)
    for ancestor in element.iterancestors():
        if pending and chain[pending - 1].matches(ancestor):
            pending -= 1
        if ancestor is scope:
            return pending == 0
        if not pending and scope is root:
            return True
    return False


def named_words(element: etree._Element) -> list[str]:
    """The words of an element's class and id, lower-cased (`wp-caption main_photo` -> wp, caption, main, photo)."""
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return _NAME_WORDS.findall(names.lower()) if names != " " else []


def element_text(element: etree._Element) -> str:
    """All text under `element` (scripts and styles skipped), text nodes joined, then folded."""
    if not len(element) and element.tag not in _SKIPPED_TAGS:  # a leaf (most links): its own text
        return fold(element.text or "")
    return fold("".join(_iter_text(element)))


def _iter_text(element: etree._Element) -> Iterator[str]:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _SKIPPED_TAGS:
        return
    if element.text:
        yield element.text
    for child in element:
        if isinstance(child.tag, str):
            yield from _iter_text(child)
            if child.tag in _BREAKS:
                yield " "
        if child.tail:
            yield child.tail


def text_before(element: etree._Element, container: etree._Element, limit: int) -> int:
    """How many characters of text `container` holds before `element`, counted up to `limit` (scripts and
    styles skipped)."""
    around = set(element.iterancestors())  # their tails follow `element`
    seen = 0
    for node in container.iter():
        if node is element:
            break
        if isinstance(node.tag, str) and node.tag not in _SKIPPED_TAGS and node.text:
            seen += len(node.text.strip())
        if node.tail and node not in around:
            seen += len(node.tail.strip())
        if seen >= limit:
            break
    return seen


def absolute(base_url: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith(("javascript:", "mailto:", "tel:", "#", "data:")):
        return None
    if href.startswith(("http://", "https://")) and " " not in href:
        return href  # already absolute: urljoin would only cost time
    try:
        return urljoin(base_url, href)
    except ValueError:
        return None


@dataclass(slots=True)
class Link:
    text: str
    href: str
    base_url: str

    @property
    def url(self) -> str | None:
        """The absolute target (resolved on demand: most links of a body are never asked for)."""
        return absolute(self.base_url, self.href)


@dataclass(slots=True)
class Block:
    """One paragraph-like piece of a text container, with the links inside it."""

    text: str
    links: list[Link] = field(default_factory=list)
    # Where in `text` a `<br>` ended the block's first line (the space standing for it), -1 without one: a
    # dateline may stand on that line (`<strong>Jakarta, NU Online</strong><br>Text`).
    line_end: int = -1


# What a line break inside a block is until the block is folded (a character no page text holds).
_LINE_BREAK = "\x00"


@dataclass
class _BlockBuilder:
    base_url: str
    split_on_br: bool
    skip: frozenset[etree._Element]
    blocks: list[Block] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # The link being walked through: a teaser card's `<a>` holds block elements (`<a><div>..</div><h3>Title</h3></a>`),
    # and each block of text inside it is that link's.
    anchor: Link | None = None

    def flush(self) -> None:
        # Every block element's start and end flush: most find nothing since the last one.
        if self.parts:
            raw = "".join(self.parts)
            if self.anchor is not None and not any(link is self.anchor for link in self.links):
                # A block wholly inside a link that holds blocks (a card, an inline related post's `<a><div>Baca
                # Juga :</div><div>headline</div></a>`): its text is that link's text, not the whole card's.
                self.links.append(Link(fold(raw.replace(_LINE_BREAK, " ")), self.anchor.href, self.base_url))
            if _LINE_BREAK not in raw:
                if text := fold(raw):
                    self.blocks.append(Block(text, self.links))
            elif text := fold(raw.replace(_LINE_BREAK, " ")):
                first_line = fold(raw.partition(_LINE_BREAK)[0])
                self.blocks.append(Block(text, self.links, len(first_line) if first_line else -1))
            self.parts.clear()  # in place: `walk` holds it
        self.links = []

    def walk(self, element: etree._Element) -> None:
        # Each lxml property read builds a new Python object: every one is read once.
        parts, skip, blocks = self.parts, self.skip, self.blocks
        for child in element:
            if len(blocks) >= MAX_BLOCKS:
                return
            tag = child.tag
            if isinstance(tag, str) and tag not in _NO_BLOCK_TEXT and child not in skip:
                if tag == "br":
                    if self.split_on_br or _double_break(child) or (blocks and _heading_line(child, parts)):
                        self.flush()
                    else:
                        parts.append(_LINE_BREAK)
                elif tag == "tr" and is_label_row(child):
                    # A credits table's row, its label, colon and value a cell each (Grid's `<td>Penulis</td><td>:
                    # </td><td>Bella Ayu Kurnia Putri</td>`): one line, as the page prints it, the label read with
                    # its value.
                    self.flush()
                    for cell in child:
                        if text := cell.text:
                            parts.append(text)
                        if len(cell):
                            self.walk(cell)
                        parts.append(" ")
                    self.flush()
                elif tag in BLOCK_TAGS:
                    self.flush()
                    if text := child.text:
                        parts.append(text)
                    if len(child):
                        self.walk(child)
                    self.flush()
                else:
                    self.inline(child, tag)
            if tail := child.tail:
                parts.append(tail)

    def inline(self, child: etree._Element, tag: str) -> None:
        outer = self.anchor
        if tag == "a":
            href = child.get("href") if len(self.links) < MAX_LINKS_PER_BLOCK else None
            text = element_text(child) if href else ""
            if text:
                self.anchor = Link(text, href, self.base_url)
                self.links.append(self.anchor)
        if text := child.text:
            self.parts.append(text)
        if len(child):
            self.walk(child)
        self.anchor = outer


# A bold run alone on the line a `<br>` closes, inside a paragraph, after the text's first block: a subheading
# (Tempo 2015, one `<p>` for the whole story: `<br /> <br /> <strong>Pengaruh Media Sosial</strong><br /> Tak
# dipungkiri lagi, ...`). A label ends with a colon (`<strong>Baca juga:</strong><br>`), a sentence with its stop.
_BOLD_TAGS = frozenset({"strong", "b"})
_MAX_HEADING_LINE = 100
_NOT_HEADING_END = ".:,;"


def _heading_line(br: etree._Element, parts: list[str]) -> bool:
    """`br` ends a line that is only a bold run, the line its block's first (see `_BOLD_TAGS`)."""
    bold = br.getprevious()
    if bold is None or bold.tag not in _BOLD_TAGS or (bold.tail or "").strip() or _LINE_BREAK in parts:
        return False
    line = " ".join("".join(parts).split())
    return (0 < len(line) <= _MAX_HEADING_LINE and line[-1] not in _NOT_HEADING_END
            and line == " ".join(element_text(bold).split()))


_TABLE_CELLS = frozenset({"td", "th"})


def is_label_row(row: etree._Element) -> bool:
    """`row` (a `<tr>`) is three cells, the middle one a colon alone: a label and its value."""
    if len(row) != 3:
        return False
    label, colon, value = row
    return (label.tag in _TABLE_CELLS and colon.tag in _TABLE_CELLS and value.tag in _TABLE_CELLS
            and not len(colon) and (colon.text or "").strip() == ":")


def _double_break(br: etree._Element) -> bool:
    """`br` is one of two line breaks in a row (`<br><br>`): a paragraph boundary even among `<p>`s."""
    if not (br.tail or "").strip() and (after := br.getnext()) is not None and after.tag == "br":
        return True
    before = br.getprevious()
    return before is not None and before.tag == "br" and not (before.tail or "").strip()


def blocks_of(container: etree._Element, base_url: str, *,
              skip: frozenset[etree._Element] = frozenset()) -> list[Block]:
    """Paragraph-like blocks of `container` in document order.

    Block elements (`<p>`, `<div>`, headings, list items...) delimit blocks, and so do two
    `<br>` in a row; when the container holds no `<p>` at all, a single `<br>` does too. Elements in `skip`
    (captions, share bars) are left out.
    """
    has_paragraphs = next(container.iter("p"), None) is not None
    builder = _BlockBuilder(base_url, split_on_br=not has_paragraphs, skip=skip)
    if container.text:
        builder.parts.append(container.text)
    builder.walk(container)
    builder.flush()
    return builder.blocks


def lines_before(root: etree._Element, stop: etree._Element | None, *, limit: int = 60,
                 unread: Collection[etree._Element] = ()) -> list[str]:
    """The last `limit` text lines of the document before `stop` (all of it when `stop` is None, or when `stop`
    is no descendant of `root` or lies in an element whose text is not read), in order, without the text of the
    `unread` elements (see `DocumentIndex.screen_reader_only`).

    A line is the text between two block boundaries, text nodes joined first.
    """
    if _unread_text(root, unread):
        return []
    # The walk goes backwards from `stop` and ends at the `limit`th line: a page's header holds thousands of elements
    # (menus, tickers) of which only the last lines before the text are asked for. The stack holds what is left to
    # walk, the next first: elements to walk from their end back (False), and elements whose start is next (True).
    path: list[tuple[etree._Element, etree._Element | None]] = []  # (ancestor, its child towards `stop`), deepest first
    node = stop
    while node is not None and node is not root:
        parent = node.getparent()
        if parent is None or _unread_text(parent, unread):
            node = None
            break
        path.append((parent, node))
        node = parent
    if node is None:
        path = [(root, None)]
    stack: list[tuple[etree._Element, bool]] = []
    for parent, child in reversed(path):
        stack.append((parent, True))
        before = [*child.itersiblings(preceding=True)][::-1] if child is not None else [*parent]
        stack.extend((sibling, False) for sibling in before)
    lines: list[str] = []
    line_parts: list[str] = []  # the line being read, its text nodes last first
    walked = 0
    while stack:
        element, at_start = stack.pop()
        tag = element.tag
        if not isinstance(tag, str):
            continue
        if at_start:
            if element.text:
                line_parts.append(element.text)
            line_ends = tag in _BREAKS
        else:
            walked += 1
            if walked > MAX_WALKED_ELEMENTS:
                break
            if element.tail:
                line_parts.append(element.tail)
            line_ends = tag in BLOCK_TAGS
            if not _unread_text(element, unread):
                stack.append((element, True))
                stack.extend((child, False) for child in element)
        if line_ends and line_parts:
            if text := fold("".join(reversed(line_parts))):
                lines.append(text)
                if len(lines) == limit:
                    line_parts.clear()
                    break
            line_parts.clear()
    if line_parts and (text := fold("".join(reversed(line_parts)))):
        lines.append(text)
    lines.reverse()
    return lines


def _unread_text(element: etree._Element, unread: Collection[etree._Element]) -> bool:
    return element.tag in _NO_BLOCK_TEXT or bool(unread) and element in unread
