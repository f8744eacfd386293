"""The links of a listing page (home, category, tag, author or daily index page), for discovery."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urljoin, urlsplit

from lxml import etree

from crawler.parsing.html import decode_html, parse_html
from crawler.parsing.urls import is_tracking

_HREFS = etree.XPath("//a/@href", smart_strings=False)
_NEXT_LINK = etree.XPath('//link[@rel="next"]/@href', smart_strings=False)
_NEXT_ANCHOR = etree.XPath('//a[contains(concat(" ", normalize-space(@class), " "), " next ")]/@href'
                           ' | //a[@rel="next"]/@href', smart_strings=False)
# What a "next page" control says (its text, aria-label or title), arrows and case aside.
_NEXT_WORDS = frozenset({"next", "next page", "selanjutnya", "berikutnya", "halaman selanjutnya",
                         "halaman berikutnya", "lanjut", "older posts", "older entries", "go to next page"})
_ARROWS = "»›>→⟩"
_ARROW_SPACES = {ord(c): " " for c in _ARROWS}
# A "load more" button's address of the next page (`<button data-url="/indeks?page=2">Muat lebih banyak`).
_DATA_URLS = etree.XPath("//@data-next-url | //@data-next | //@data-url | //@data-href | //@data-link",
                         smart_strings=False)
# Page N of a listing in its path: `/page/N`, `/halaman/N`, or a last segment of digits (`/terkini/2`,
# `/indeks/12-05-2019/2`).
_PATH_PAGE = re.compile(r"/(?:(page|halaman|hal)/)?(\d{1,4})/?$")
# Query parameters that number a listing's pages (`?page=2`, WordPress's `?paged=2`, `?hal=2`); not `p`,
# WordPress's post id (`/?p=2` is a post).
_PAGE_PARAMETERS = frozenset({"page", "paged", "hal", "halaman", "pg"})
# Listings numbered by their first item's offset, not by page: `?start=25`, `?offset=20`, CodeIgniter's query-string
# pager `?per_page=20` (Kontan's daily index; its first page writes `per_page=` empty), or a number after a day's
# date in the path (`/indeks/2021/11/17/10`, `/bydate/index/2019/09/10/15/`; the first page has none or 0).
_OFFSET_PARAMETERS = frozenset({"start", "offset", "per_page"})
_DAY_OFFSET = re.compile(r"/\d{4}/\d{1,2}/\d{1,2}(?:/(\d{1,5}))?/?$")
# An absolute http(s) address that `urljoin` returns as it is: a host, printable ASCII without spaces or brackets
# (`urlsplit` drops tabs and checks IPv6 brackets), no empty query, fragment or path parameters (a `?`, `#` or `;`
# before nothing is dropped).
_PLAIN_ABSOLUTE = re.compile(r"https?://(?![^;]*;)(?!.*\?#)(?:(?![/?#\[\]])[!-~])+(?:[/?#][!-~]*)?(?<![?#])")


def listing_links(html: str | bytes, url: str) -> tuple[list[str], str | None]:
    """Every link target of the page (absolute, unique, in page order) and its next page, if any.

    The next page is the `<link rel="next">` WordPress puts in the head, else an `a.next` /
    `a[rel=next]` pagination link, else a control saying so (`Selanjutnya`, `Next`, `»`, a class
    such as `paging__link--next`), a numbered link or a load-more button's `data-url`, provided it
    leads to the page right after this one of the same listing (not `Last`, also marked `--next`;
    not an article's "Baca selanjutnya"; not a load-more button's fragment endpoint).
    """
    root = parse_html(decode_html(html))
    if root is None or not isinstance(url, str):
        return [], None
    # Each distinct href once: a listing links most articles two or three times (picture, headline, "more").
    links = list(dict.fromkeys(link for link in (_join(url, href) for href in dict.fromkeys(_HREFS(root))) if link))
    here = url.split("#", 1)[0]
    # A slider's `<a class="next" href="#">` names no page: it leaves the pagination to be found below.
    following = [target for target in (_join(url, href) for href in _NEXT_LINK(root) + _NEXT_ANCHOR(root)
                                        if not href.strip().startswith(("#", "javascript:")))
                 if target and target.split("#", 1)[0] != here]
    if following:
        return links, following[0]
    return links, _following_page(root, url)


def _join(url: str, href: str) -> str | None:
    """`href` made absolute against `url`; None for an empty or unreadable one (`http://[bad`)."""
    href = href.strip()
    if not href:
        return None
    if _PLAIN_ABSOLUTE.fullmatch(href):  # what `urljoin` gives back unchanged, at a tenth of its cost
        return href
    try:
        return urljoin(url, href)
    except ValueError:
        return None


def _following_page(root, url: str) -> str | None:
    """The page after `url` named by a next control (a page number one more, or a larger offset: a control
    saying "next" leads on, whatever step the listing counts in), else by a numbered link (the page number one
    more, else the nearest larger offset), else by a load-more button's address."""
    current = _readings(url)
    if not current:
        return None
    offsets = _offset_readings(url)
    numbered = nearest = None
    nearest_offset = 0
    for anchor in root.iter("a"):
        href = anchor.get("href")
        if not href:
            continue
        label = _label(anchor)
        if _says_next(anchor, label):
            target = _join(url, href)
            if target and (_is_page_after(target, current) or _offset_after(target, offsets) is not None):
                return target
        elif numbered is None and label.isdigit() and len(label) < 5:
            target = _join(url, href)
            if not target:
                continue
            if _is_page_after(target, current):
                numbered = target
                continue
            offset = _offset_after(target, offsets)
            if offset is not None and (nearest is None or offset < nearest_offset):
                nearest, nearest_offset = target, offset
    if numbered is not None or nearest is not None:
        return numbered or nearest
    for value in _DATA_URLS(root):
        if not value.strip().startswith(("#", "javascript:")):
            target = _join(url, value)
            if target and _is_page_after(target, current):
                return target
    return None


def _label(anchor) -> str:
    """The anchor's own short text (`2`, `Next`, `»`), or its first child's (`<span>&raquo;</span>`)."""
    text = anchor.text
    if (not text or text.isspace()) and len(anchor):
        text = anchor[0].text
    return text.strip() if text else ""


def _says_next(anchor, label: str) -> bool:
    if "next" in (anchor.get("class") or "").lower():
        return True
    for text in (label, anchor.get("aria-label"), anchor.get("title")):
        if text and len(text) < 24 and _is_next_label(text):
            return True
    return False


def _is_next_label(text: str) -> bool:
    words = " ".join(text.lower().translate(_ARROW_SPACES).split())
    return words in _NEXT_WORDS or (not words and any(c in text for c in _ARROWS))


def _listing_parts(url: str) -> tuple[str, str, list[tuple[str, str]]] | None:
    """(host without `www.`, path without its closing slash, query pairs but tracking and empty ones) of `url`;
    None when it cannot be read. A parameter left empty filters nothing: CNBC Indonesia's daily index writes
    `?date=2019/01/02&tipe=` and links its page 2 as `?date=2019/01/02&page=2`, Kontan's first page `per_page=`."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    pairs = [pair for pair in parse_qsl(parts.query) if not is_tracking(pair[0])]
    return (parts.hostname or "").removeprefix("www."), parts.path.rstrip("/"), pairs


def _readings(url: str) -> list[tuple]:
    """The ways `url` reads as page N of a listing: (where the number is, host, listing path, other query
    pairs but tracking ones, N), once with the number in the query (`?page=2`) and once at the end of the
    path (`/page/2/`, `/indeks/2`); a URL without a number is page 1 either way. Empty when `url` cannot be
    read."""
    split = _listing_parts(url)
    if split is None:
        return []
    host, path, pairs = split
    numbers = [value for name, value in pairs if name.lower() in _PAGE_PARAMETERS and value.isdigit()]
    # A page word with another value names the listing itself (`?hal=person_list&page=2`: `hal` routes the page)
    rest = tuple(sorted((name, value) for name, value in pairs
                        if not (name.lower() in _PAGE_PARAMETERS and value.isdigit())))
    readings = [("?", host, path, rest, int(numbers[0]) if len(numbers) == 1 else 1)] if len(numbers) <= 1 else []
    match = _PATH_PAGE.search(path)
    # `/2` off the root names no listing's page, nor a number after another (`/2019/05/12`: a day's archive)
    before = path[: match.start()].rsplit("/", 1)[-1] if match is not None else ""
    if match is not None and (match.group(1) or (before and not before.isdigit())):
        readings.append((match.group(1) or "/", host, path[: match.start()], tuple(sorted(pairs)), int(match.group(2))))
    else:
        readings.append((None, host, path, tuple(sorted(pairs)), 1))
    return readings


def _is_page_after(link: str, current: list[tuple]) -> bool:
    """`link` is the page right after a page read as `current`: same host, listing path and other parameters,
    the number one more (a number in the path in the same form: `/page/N` stays `/page/N`)."""
    for where, host, path, rest, number in _readings(link):
        for now_where, now_host, now_path, now_rest, now_number in current:
            if (host, path, rest) != (now_host, now_path, now_rest) or number != now_number + 1:
                continue
            if where == now_where or (where not in ("?", None) and now_where is None):
                return True
    return False


def _offset_readings(url: str) -> list[tuple]:
    """The ways `url` reads as a listing counted by item offset: (where the offset is, host, listing path, other
    query pairs but tracking ones, offset), once by an offset parameter and once by a number after a day's date
    in the path; a URL without an offset reads as offset 0."""
    split = _listing_parts(url)
    if split is None:
        return []
    host, path, pairs = split
    offsets = [value for name, value in pairs if name.lower() in _OFFSET_PARAMETERS]
    readings = []
    if len(offsets) <= 1 and all(value.isdigit() for value in offsets):
        rest = tuple(sorted((name, value) for name, value in pairs if name.lower() not in _OFFSET_PARAMETERS))
        readings.append(("?", host, path, rest, int(offsets[0]) if offsets else 0))
    match = _DAY_OFFSET.search(path)
    if match is not None:
        day_path = path[: match.start(1) - 1] if match.group(1) else path
        readings.append(("/", host, day_path, tuple(sorted(pairs)), int(match.group(1) or 0)))
    return readings


def _offset_after(link: str, current: list[tuple]) -> int | None:
    """The offset `link` counts the listing read as `current` from, when it is larger (`?start=25` after
    `?start=0`); None when `link` is another listing or no further on."""
    for where, host, path, rest, offset in _offset_readings(link):
        for now_where, now_host, now_path, now_rest, now_offset in current:
            if (where, host, path, rest) == (now_where, now_host, now_path, now_rest) and offset > now_offset:
                return offset
    return None
