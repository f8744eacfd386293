"""Discovery documents: robots.txt sitemap lines, XML sitemaps (with news extensions), RSS/Atom feeds.

Pure and safe: lxml with entity resolution and network access off, so a hostile
sitemap cannot expand entities or fetch anything.  Bad XML gives what could be
recovered, never an exception: a bare `&` (`?id=1&page=2`) and HTML's named entities
(`&nbsp;`), which feeds built by string templates carry, are escaped before parsing.

Times (`lastmod`, `pubDate`, `dc:date`, Atom's) are read in the forms sites write them:
ISO 8601, RFC 822 with English or Indonesian day and month names (the day alone too: `05 Agustus 2019`),
zones as offsets (`+0700`, `+07:00`, `GMT+7`) or names (`WIB`, `WITA`, `WIT`, `GMT`), PHP's day-first
`17-05-2021 10:22:33`, times as programs print their time objects (`2020/04/09 18:28:27`, Go's
`2019-10-13 10:21:12 +0700 WIB`, JavaScript's `Thu May 28 2020 05:50:51 GMT+0700 (Western Indonesia Time)`);
a time without a zone is WIB's, as everywhere in the crawler.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from html import unescape
from html.entities import html5
from urllib.parse import urljoin

from lxml import etree

from crawler.parsing.urls import same_site
from crawler.times import WIB, WIT, WITA

_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, huge_tree=False, recover=True,
    remove_comments=True, remove_pis=True,
)
_SITEMAP_LINE = re.compile(r"^\s*sitemap\s*:\s*(\S+)", re.IGNORECASE | re.MULTILINE)
# An `&` that starts no entity or character reference, or HTML's named entities (not XML's five): lxml's
# recovery would drop them and what follows (`?id=1&page=2` read as `?id=1=2`). CDATA sections are left whole.
_LOOSE_AMPERSAND = re.compile(
    rb"&(?!#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|(?:amp|lt|gt|quot|apos);)([A-Za-z][A-Za-z0-9]{1,31};)?")
_HTML_ENTITIES = {name[:-1].encode(): value for name, value in html5.items() if name.endswith(";")}

_MONTHS = {name: number for number, names in enumerate((
    ("jan", "january", "januari"), ("feb", "february", "februari", "pebruari"), ("mar", "march", "maret"),
    ("apr", "april"), ("may", "mei"), ("jun", "june", "juni"), ("jul", "july", "juli"),
    ("aug", "agu", "agt", "ags", "agus", "august", "agustus"), ("sep", "sept", "september"),
    ("oct", "okt", "october", "oktober"), ("nov", "nop", "november", "nopember"),
    ("dec", "des", "december", "desember")), start=1) for name in names}
_NAMED_ZONES = {"wib": WIB, "wita": WITA, "wit": WIT, "gmt": timezone.utc, "utc": timezone.utc,
                "ut": timezone.utc, "z": timezone.utc}
# `[Sel, ]12 Mei 2025 14:30[:00] [zone]` (RFC 822 in English or Indonesian; a dotted clock `14.30` too).
# The date and the clock may stand apart as pages print them (`14 Agustus 2024 - 10:30 WIB`, `| 18:27`, `pukul`).
_WORDED_TIME = re.compile(
    r"(?:[A-Za-z']{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})(?:\s*[,|-]\s*|\s+)(?:pukul\s+)?"
    r"(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(.*)", re.IGNORECASE)
# The day alone in words (`05 Agustus 2019`, `Mon, 05 Aug 2019`): a feed template that prints no clock; the
# day's start, as a sitemap's bare `2019-08-05`.
_WORDED_DAY = re.compile(r"(?:[A-Za-z']{2,9}\.?,?\s*)?(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-]+(\d{4})", re.IGNORECASE)
# An ISO 8601 time with a zone's name after it (`2024-08-20 12:00:00 WIB`).
_ISO_NAMED_ZONE = re.compile(r"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*([A-Za-z]{1,4})")
# PHP's day-first `17-05-2021 10:22:33` (`d-m-Y H:i:s`), `17.05.2021`; with slashes only where the day cannot
# be the month (`17/05/2021`; US-style month-first dates use slashes too: `07/28/2025`, and `07/06/2025` is either).
_DAY_FIRST_TIME = re.compile(
    r"(\d{1,2})([-./])(\d{1,2})\2(\d{4})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)")
_OFFSET = re.compile(r"(?:gmt|utc|ut)?\s*([+-])(\d{1,2})(?::?(\d{2}))?")
# Times as programs print them when a feed's template writes a time object as it is: year first with slashes
# (`2020/04/09 18:28:27`, as PHP's `Y/m/d` and Detik's page metas write it), Go's `time.Time`
# (`2019-10-13 10:21:12.858538824 +0700 WIB`, the zone's name after its offset) and JavaScript's `Date`
# (`Thu May 28 2020 05:50:51 GMT+0700 (Western Indonesia Time)`, the zone's name in brackets).
_YEAR_FIRST_SLASHED = re.compile(r"(\d{4})/(\d{1,2})/(\d{1,2})(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(.*)")
_GO_TIME = re.compile(r"(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2})(?:\.\d{1,9})? ([+-]\d{4}) [A-Za-z0-9+-]{1,6}(?: m=[+-][\d.]+)?")
_JS_TIME = re.compile(
    r"[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT([+-]\d{4})(?: \([^()]{1,40}\))?")
_UNKNOWN_ZONE = object()  # a zone written in a way not understood (the time is then not guessed)
# An HTML entity left as text in a title: a CMS escapes its titles and the feed's template escapes them again
# (`<title>&amp;quot;...&amp;quot;</title>`), or the title is escaped inside a CDATA section, which XML leaves as
# it is (`<![CDATA[Ekonomi &amp; piyasa: &quot;yeni dönem&quot;]]>`). Only whole references, with their semicolon.
_TEXT_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# A sitemap URL's children that describe a picture or video on the page (`<image:image>`, `<video:video>`), not the page.
_MEDIA_ELEMENTS = frozenset({"image", "video"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A URL from a sitemap or feed, with the time the document gives for it."""

    url: str
    time: datetime | None = None  # lastmod, news publication date, or pubDate
    title: str | None = None


def robots_sitemaps(text: str) -> list[str]:
    """`Sitemap:` URLs named in a robots.txt, in order, each once."""
    return list(dict.fromkeys(_SITEMAP_LINE.findall(text or "")))


def _root(body: bytes):
    if not body or not body.strip():
        return None
    body = body.strip()
    if b"&" in body:
        body = _escape_loose_ampersands(body)
    try:
        return etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _escape_loose_ampersands(body: bytes) -> bytes:
    """`body` with its loose ampersands escaped outside CDATA sections (one pass: an unclosed section runs to
    the end, as the parser reads it)."""
    pieces = []
    position = 0
    while position < len(body):
        start = body.find(b"<![CDATA[", position)
        if start < 0:
            start = len(body)
        pieces.append(_LOOSE_AMPERSAND.sub(_escape_ampersand, body[position:start]))
        end = body.find(b"]]>", start)
        end = len(body) if end < 0 else end + 3
        pieces.append(body[start:end])
        position = end
    return b"".join(pieces)


def _escape_ampersand(match: re.Match[bytes]) -> bytes:
    name = match.group(1)
    if name is None:
        return b"&amp;"
    value = _HTML_ENTITIES.get(name[:-1])
    if value is None:  # no HTML entity: left to the parser (which never expands it)
        return match.group(0)
    return "".join(f"&#{ord(char)};" for char in value).encode()


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element, name: str) -> str | None:
    """The text of `element`'s own child `name`, else of its first descendant of that name (`news:title`)."""
    for child in element:
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    for child in element.iter():
        if _local(child.tag) == name and child.text and child.text.strip():
            return child.text.strip()
    return None


def _title(element) -> str | None:
    """The title of an item or entry, with the entities left in it as text decoded once."""
    return _decoded_title(_child_text(element, "title"))


def _sitemap_title(element) -> str | None:
    """The title a sitemap gives its URL (a news sitemap's `<news:title>`), never the title of a picture or video
    on the page: Yoast writes each post's image with the image's file name as its title
    (`<image:image><image:title><![CDATA[protestaas]]></image:title></image:image>`), and a news sitemap may put the
    image before its `<news:news>`."""
    text = next((child.text.strip() for child in element.iter()
                 if _local(child.tag) == "title" and child.text and child.text.strip()
                 and _local(child.getparent().tag) not in _MEDIA_ELEMENTS), None)
    return _decoded_title(text)


def _decoded_title(text: str | None) -> str | None:
    if text and "&" in text:
        text = _TEXT_ENTITY.sub(_entity_character, text)
    return text


def _entity_character(match: re.Match[str]) -> str:
    return unescape(match.group(0))  # an unknown name (`&xyz;`) comes back as it is


def _time(text: str | None) -> datetime | None:
    """The moment a discovery document gives (see the module docstring); None for what is not understood."""
    if not text:
        return None
    text = " ".join(text.split())
    if len(text) > 64:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        moment = _iso_named_zone_time(text) or _worded_time(text) or _day_first_time(text) or _printed_time(text)
    if moment is None:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=WIB)


def _iso_named_zone_time(text: str) -> datetime | None:
    match = _ISO_NAMED_ZONE.fullmatch(text)
    zone = _NAMED_ZONES.get(match.group(2).lower()) if match else None
    if zone is None:
        return None
    try:
        return datetime.fromisoformat(match.group(1)).replace(tzinfo=zone)
    except ValueError:
        return None


def _worded_time(text: str) -> datetime | None:
    match = _WORDED_TIME.fullmatch(text)
    if match is None:
        return _worded_day(text) or _rfc822_time(text)
    day, month_name, year, hour, minute, second, zone = match.groups()
    month = _MONTHS.get(month_name.lower())
    if month is None:
        return None
    offset = _zone(zone)
    if offset is _UNKNOWN_ZONE:
        return _rfc822_time(text)
    return _moment(int(year), month, int(day), int(hour), int(minute), int(second or 0), offset)


def _worded_day(text: str) -> datetime | None:
    match = _WORDED_DAY.fullmatch(text)
    month = _MONTHS.get(match.group(2).lower()) if match else None
    if month is None:
        return None
    return _moment(int(match.group(3)), month, int(match.group(1)), 0, 0, 0, None)


def _day_first_time(text: str) -> datetime | None:
    match = _DAY_FIRST_TIME.fullmatch(text)
    if match is None:
        return None
    day, separator, month, year, hour, minute, second, zone = match.groups()
    if separator == "/" and int(day) <= 12:
        if int(month) <= 12:
            return None
        day, month = month, day
    offset = _zone(zone)
    if offset is _UNKNOWN_ZONE:
        return None
    return _moment(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), offset)


def _printed_time(text: str) -> datetime | None:
    """A time as a program prints its time object (`_YEAR_FIRST_SLASHED`, `_GO_TIME`, `_JS_TIME`)."""
    match = _YEAR_FIRST_SLASHED.fullmatch(text)
    if match is not None:
        year, month, day, hour, minute, second, zone = match.groups()
        offset = _zone(zone)
        if offset is _UNKNOWN_ZONE:
            return None
        return _moment(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), offset)
    match = _GO_TIME.fullmatch(text)
    if match is not None:  # the offset says the zone; its name adds nothing
        offset = _zone(match.group(2))
        try:
            moment = datetime.fromisoformat(match.group(1))
        except ValueError:
            return None
        return None if offset is _UNKNOWN_ZONE else moment.replace(tzinfo=offset)
    match = _JS_TIME.fullmatch(text)
    month = _MONTHS.get(match.group(1).lower()) if match else None
    if month is None:
        return None
    day, year, hour, minute, second, zone = match.groups()[1:]
    offset = _zone(zone)
    if offset is _UNKNOWN_ZONE:
        return None
    return _moment(int(year), month, int(day), int(hour), int(minute), int(second), offset)


def _zone(text: str):
    """The zone written after a time: a timezone, None when there is none, `_UNKNOWN_ZONE` for any other text."""
    text = text.strip().lower()
    if not text:
        return None
    if text in _NAMED_ZONES:
        return _NAMED_ZONES[text]
    match = _OFFSET.fullmatch(text)
    if match is None:
        return _UNKNOWN_ZONE
    sign, hours, minutes = match.groups()
    offset = timedelta(hours=int(hours), minutes=int(minutes or 0))
    if offset >= timedelta(hours=15):
        return _UNKNOWN_ZONE
    return timezone(-offset if sign == "-" else offset)


def _moment(year, month, day, hour, minute, second, zone) -> datetime | None:
    try:
        return datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None


def _rfc822_time(text: str) -> datetime | None:
    """RFC 822 forms the patterns above leave (two-digit years, North American zone names); a zone the
    standard library does not know gives None, never a guess."""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else None


def parse_sitemap(body: bytes) -> tuple[str | None, list[Entry]]:
    """(`"sitemapindex"` or `"urlset"` or None, entries). News sitemaps give the publication date."""
    root = _root(body)
    if root is None:
        return None, []
    kind = _local(root.tag)
    if kind not in ("sitemapindex", "urlset"):
        return None, []
    entries = []
    for element in root:
        if _local(element.tag) not in ("sitemap", "url"):
            continue
        loc = _child_text(element, "loc")
        if not loc:
            continue
        moment = _time(_child_text(element, "publication_date")) or _time(_child_text(element, "lastmod"))
        entries.append(Entry(loc, moment, _sitemap_title(element)))
    return kind, entries


def parse_feed(body: bytes, base_url: str | None = None) -> list[Entry]:
    """Items of an RSS (2.0, or 1.0 with `dc:date`; `<a10:updated>` when nothing else dates an item) or Atom feed, in
    document order.

    An item gives FeedBurner's `origLink` before its `<link>` (FeedBurner's redirect), its `<guid>` when that is a
    URL and it has no link or a link off the feed's site while the guid is on it (`_item_link`); links are made
    absolute against `base_url` (the feed's own URL) when given.
    """
    root = _root(body)
    if root is None:
        return []
    entries = []
    site = _channel_link(root) or base_url
    for element in root.iter():
        name = _local(element.tag)
        if name == "item":
            # FeedBurner's copy of a feed links its own redirect and keeps the article's URL in `origLink`.
            link = _child_text(element, "origlink") or _item_link(element, site)
            # .NET's feeds date an item by Atom's `<a10:updated>` alone when it has no publication date.
            moment = _time(_child_text(element, "pubdate") or _child_text(element, "date")
                           or _child_text(element, "updated"))
        elif name == "entry":
            link = _child_text(element, "origlink") or next(
                (child.get("href") for child in element
                 if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate"), None)
            moment = _time(_child_text(element, "published") or _child_text(element, "updated"))
        else:
            continue
        if link and link.strip():
            link = _absolute(link.strip(), base_url)
            if link:
                entries.append(Entry(link, moment, _title(element)))
    return entries


def _channel_link(root) -> str | None:
    """The site an RSS feed is of: its channel's own `<link>` (not an item's; Atom's `atom:link` has no text)."""
    # The root's child in RSS 2.0 (`<rss><channel>`) and in RSS 1.0 (`<rdf:RDF><channel>`, the items beside it).
    channel = next((element for element in root if _local(element.tag) == "channel"), None)
    if channel is None:
        return None
    return next((child.text.strip() for child in channel
                 if _local(child.tag) == "link" and child.text and child.text.strip()), None)


def _item_link(element, site: str | None) -> str | None:
    """An item's `<link>`, else its `<guid>` when that is a URL.

    A feed service's copy of a feed links its own redirect and keeps the article's URL in the guid: Feedsportal's
    `<link>http://detik.feedsportal.com/c/33613/f/656082/s/4b3f909e/sc/3/l/0Linet0Bdetik.../story01.htm</link>`
    with `<guid isPermaLink="false">http://inet.detik.com/read/2015/11/05/100026/3062623/323/google-umbar-...</guid>`.
    The guid is taken when it is on the feed's site (`site`, the channel's link or the feed's URL) and the link is
    not: the site's own page for the item.
    """
    link = _child_text(element, "link")
    guid = _child_text(element, "guid") or ""
    guid = guid if guid.startswith(("http://", "https://")) else None
    if not link:
        return guid
    if guid and site and link.startswith(("http://", "https://")) and not same_site(link, guid) \
            and same_site(guid, site) and not same_site(link, site):
        return guid
    return link


def _absolute(link: str, base_url: str | None) -> str | None:
    """`link` against the feed's URL (as written without one); None when it cannot be read (`http://[bad`)."""
    if not base_url:
        return link
    try:
        return urljoin(base_url, link)
    except ValueError:
        return None
