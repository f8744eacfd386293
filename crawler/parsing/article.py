"""One article page in, one exported item out: layered extraction.

Every field is tried with strategies in a fixed order and the first that finds
something wins; `Extraction.sources` records which one did (the spider counts them
as `extract/<field>/<strategy>`, so a theme change shows up in the crawl stats).
Strategy names: "profile" (the site profile's theme selectors), "wordpress"
(WordPress conventions: `h1.entry-title`, `.entry-content`, `rel="tag"`,
`rel="category tag"`, `time[datetime]`, `.entry-author`), "html" (generic markup:
any `<h1>` agreeing with the declared title, `<title>`, breadcrumbs, figures, byline markup), "meta" (`og:` / `article:` / `name=`
meta tags), "jsonld" (NewsArticle / Article, also inside `@graph`), "text" (text
patterns: the header byline, printed credits `Pewarta:` / `Penulis:` / `Editor :` in the
header, the body's credit block or a byline table, `Tags:`), "body" (found while cleaning the
body: opinion bylines, the dateline), "density" (the element holding the most
`<p>` text, when no known body container matches), "captions" (a photo story's gallery), "dateline",
"relative", "url".

Each field family's strategies live in one module of `crawler.parsing.fields`:
`identity` (canonical URL, id, site, agency, edition, language), `title`, `body`,
`people` (author, editor), `times` (published, modified, mentioned dates), `taxonomy`
(category, tags), `media` (image). Everything site-specific comes from the page's
`SiteProfile` (`crawler.parsing.profile`); this module only orders the calls.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from lxml import etree

from crawler.parsing.credits import Credits, HeaderByline, closing_writer, headline_byline
from crawler.parsing.dateline import host_name, host_named_lead, host_named_outlet
from crawler.parsing.fields import identity, people, taxonomy, times
from crawler.parsing.fields.body import body, body_blocks, caption_blocks
from crawler.parsing.fields.media import image
from crawler.parsing.fields.title import site_name
from crawler.parsing.fields.title import title as find_title
from crawler.parsing.html import absolute, decode_html, parse_html
from crawler.parsing.language import markup_language
from crawler.parsing.page import Page, load_page
from crawler.parsing.profile import GENERIC, Edition, SiteProfile, UrlRules
from crawler.parsing.simhash import simhash_hex
from crawler.parsing.text import CleanBody, without_site_sign_off
from crawler.parsing.urls import article_identity, article_root_url, page_number
from crawler.schema import PARSED_FIELD_NAMES, SCHEMA_VERSION

_MAX_PAGE_LINK_CANDIDATES = 200
# Below this many words the body container's text is no article's (a newsletter box): a photo story's captions
# are read instead.
_MIN_BODY_WORDS = 25
_LEAD_BLOCKS = 3  # the body's first blocks, where a copy's credit line may open the text
# `/<slug>/2`, `/<slug>?page=2` (Sindonews's `?showpage=2`, Poskota's `?view=2`): the other pages of a multi-page
# article (`crawler.parsing.urls.page_number`).
_PAGE_PATH = r"/\d{1,3}/?(?:[?#].*)?$"
_PAGE_QUERY = r"[?&](?:page|showpage|view)=\d{1,3}(?:[&#].*)?$"
_PAGE_LINK = re.compile(f"{_PAGE_PATH}|{_PAGE_QUERY}")
# One search of all targets, one per line; the query form only where some target holds `page=` or `view=` (an
# alternation of the two costs every `?` and `&` of a page's links a try).
_PAGE_LINK_LINES = re.compile(_PAGE_PATH, re.MULTILINE)
_PAGE_LINK_LINES_WITH_QUERY = re.compile(_PAGE_LINK.pattern, re.MULTILINE)
_LINK_TARGETS = etree.XPath("//a/@href", smart_strings=False)


@dataclass
class Extraction:
    """The exported item, per field the strategy that found it, and the article's other pages."""

    item: dict[str, Any]
    sources: dict[str, str] = field(default_factory=dict)
    page_links: list[str] = field(default_factory=list)


# -- public API ----------------------------------------------------------------


def parse_article(html: str | bytes, url: str, *, profile: SiteProfile | None = None,
                  fetched_at: datetime | None = None) -> dict[str, Any]:
    """What the page says of its article: a dict with `crawler.schema.PARSED_FIELD_NAMES`, in order (the
    export step adds `EXPORT_FIELDS`: version, near-copy, first sighting)."""
    return extract_article(html, url, profile=profile, fetched_at=fetched_at).item


def extract_article(html: str | bytes, url: str, *, profile: SiteProfile | None = None,
                    fetched_at: datetime | None = None) -> Extraction:
    """The item and the strategy that found each field; total (never raises).

    `profile`: the site the page belongs to; None looks it up by the URL's host
    (`crawler.sites.profile_for_url`), a page of no known site is read with `GENERIC`.
    """
    return read_article(html, url, profile=profile, fetched_at=fetched_at)[0]


def read_article(html: str | bytes, url: str, *, profile: SiteProfile | None = None,
                 fetched_at: datetime | None = None) -> tuple[Extraction, Page | None]:
    """`extract_article`, and the loaded page it read (None when the markup held no document), so
    that a caller judging the page (`crawler.parsing.page_kind`) does not parse it again."""
    fetched = _as_utc(fetched_at)
    url = url if isinstance(url, str) else ""
    profile = profile if profile is not None else _profile_for_url(url)
    try:
        return _extract(decode_html(html), url, profile, fetched)
    except (ValueError, TypeError, AttributeError, LookupError, RecursionError, etree.Error):
        # Last line of defence for markup nobody anticipated: an item with what is certain.
        return _bare_extraction(url, profile, fetched), None


def page_links(html: str | bytes, url: str, *, profile: SiteProfile | None = None) -> list[str]:
    """Absolute URLs of the other pages of a multi-page article (empty for a single page)."""
    root = parse_html(decode_html(html))
    if root is None or not isinstance(url, str):
        return []
    profile = profile if profile is not None else _profile_for_url(url)
    return _page_links(_LINK_TARGETS(root), url, profile.url_rules)


def _page_links(hrefs: list[str], url: str, rules: UrlRules) -> list[str]:
    """Of a page's link targets `hrefs`, the other pages of the article at `url`, in page order."""
    candidates = dict.fromkeys(_page_link_candidates(hrefs))
    if not candidates:
        return []
    article = article_root_url(url, rules=rules)
    current = page_number(url)
    pages: dict[int, str] = {}
    for href in list(candidates)[:_MAX_PAGE_LINK_CANDIDATES]:
        link = absolute(url, href)
        if link is None or article_root_url(link, rules=rules) != article:
            continue
        number = page_number(link)
        if number > 1 and number != current:
            pages.setdefault(number, link.split("#", 1)[0])
    return [pages[n] for n in sorted(pages)]


def _page_link_candidates(hrefs: list[str]) -> list[str]:
    """The targets `_PAGE_LINK` finds, in order: searched all at once, one target per line, unless a target
    holds a line break itself."""
    joined = "\n".join(hrefs)
    if joined.count("\n") != len(hrefs) - 1:
        return [href for href in hrefs if _PAGE_LINK.search(href)]
    found = []
    lines = _PAGE_LINK_LINES_WITH_QUERY if "page=" in joined or "view=" in joined else _PAGE_LINK_LINES
    for match in lines.finditer(joined):
        found.append(joined[joined.rfind("\n", 0, match.start()) + 1 : match.end()])
    return found


def merge_article_pages(items: list[dict]) -> dict:
    """Page 1's item with the later pages' paragraphs, related links and dates appended."""
    if not items:
        return {}
    merged = dict(items[0])
    paragraphs = [p for item in items for p in (item.get("body") or "").split("\n\n") if p]
    related = [entry for item in items for entry in item.get("related") or []]
    dates: list[dict] = []
    for item in items:
        dates += [d for d in item.get("mentioned_dates") or [] if d not in dates]
    body = "\n\n".join(paragraphs)
    merged.update(
        body=body,
        lead=paragraphs[0] if paragraphs else None,
        word_count=len(body.split()),
        content_hash=_content_hash(body),
        simhash=simhash_hex(body),
        related=related,
        mentioned_dates=dates,
        signature=items[-1].get("signature"),
    )
    return merged


# -- extraction ----------------------------------------------------------------


def _profile_for_url(url: str) -> SiteProfile:
    from crawler.sites import profile_for_url  # the site registry sits above parsing

    return profile_for_url(url) or GENERIC


def _bare_extraction(url: str, profile: SiteProfile, fetched: datetime) -> Extraction:
    """The item of a page with nothing readable: what the URL and profile say."""
    edition, language = identity.edition_and_language(profile, url, None, "")
    canonical, article_id = article_identity(url, profile, edition)
    return Extraction(_item(url, canonical, article_id, profile, edition, language, "", fetched, CleanBody([])))


def _extract(html: str, url: str, profile: SiteProfile, fetched: datetime) -> tuple[Extraction, Page | None]:
    root = parse_html(html)
    if root is None:
        return _bare_extraction(url, profile, fetched), None
    page = load_page(root, url, profile)
    sources: dict[str, str] = {}

    def found(name: str, value: Any, source: str | None) -> Any:
        if source and value not in (None, "", []):
            sources[name] = source
        return value

    title = found("title", *find_title(page))
    header_lines = people.header_lines(page, title)
    header = people.header_byline(header_lines)
    blocks = body_blocks(page)
    header = people.opening_time(header, [block.text for block in blocks[:people.OPENING_TIME_BLOCKS]]) or header
    # The header's publication time gives the year of a year-less dateline date.
    declared, visible_times = times.declared_times(page), {}
    base, _ = times.published_at(page, header, None, fetched, None, declared, visible_times)
    cleaned = body(blocks, page, title, base)
    dateline_source = "body"
    if cleaned.dateline is None and (written := people.header_dateline(header_lines)) is not None:
        cleaned.dateline, dateline_source = written, "text"
    if cleaned.dateline is not None and (outlet := host_named_outlet(cleaned.dateline, url)) is not None:
        cleaned.dateline = outlet  # `Tandaseru — Polres ...` on tandaseru.com: the site's name, no place
    elif (cleaned.dateline is None or cleaned.dateline.attribution) and cleaned.paragraphs and (
            lead := host_named_lead(cleaned.paragraphs[0], url)) is not None:
        # `itoday - Tindakan ...` on itoday.co.id: the site's name in small letters, no place; the lead after it. It
        # opens the text, where an attribution read further on (`... ujar Jamiluddin kepada Kantor Berita Politik RMOL,
        # Minggu (5/6).`, a copy of the agency's story) does not: the copy's own name is its dateline.
        cleaned.dateline, cleaned.paragraphs[0] = lead, cleaned.paragraphs[0][lead.end:]
    if cleaned.paragraphs:
        # `... untuk membuat laporan. — Majoriti` on majoriti.com.my: the site signing off, no text
        cleaned.paragraphs[-1] = without_site_sign_off(cleaned.paragraphs[-1], host_name(url))
    if page.container_source and cleaned.paragraphs:
        sources["body"] = page.container_source
    if _word_count(cleaned) < _MIN_BODY_WORDS and (captions := caption_blocks(page)):
        # A photo story: its text is the gallery's captions.
        captioned = body(captions, page, title, base)
        if _word_count(captioned) > _word_count(cleaned):
            blocks, cleaned, sources["body"] = captions, captioned, "captions"
    # Enough text to count function words: a lead of names and numbers says too little.
    sample = title + " " + " ".join(cleaned.paragraphs)
    edition, language = identity.edition_and_language(profile, url, markup_language(root), sample)
    canonical, article_id, canonical_source = identity.canonical_url(page, edition)
    found("canonical_url", canonical, canonical_source)
    item = _item(url, canonical, article_id, profile, edition, language, title, fetched, cleaned)
    named = profile.agency or (cleaned.dateline is not None and cleaned.dateline.agency)
    item["agency"] = identity.agency(profile, cleaned.dateline, None if named else (
        identity.printed_publisher(page) or site_name(page.meta.get("og:site_name"), title, url)))

    published, published_source = times.published_at(page, header, cleaned.dateline, fetched, language, declared,
                                                      visible_times)
    item["published_at"] = found("published_at", times.iso(published), published_source)
    item["modified_at"] = found("modified_at", *times.modified_at(page, published, declared,
                                                                  people.header_update(header_lines, header)))
    header_credits = people.printed_credits(page, header_lines.lines, [block.text for block in blocks[:_LEAD_BLOCKS]])
    credits = Credits(cleaned.credits.author or header_credits.author, cleaned.credits.editor or header_credits.editor,
                      header_credits.photographer, closing_writer(cleaned.signature) or cleaned.credits.closing)
    editor = people.editor(header, header_lines.lines, credits, page)
    # A header whose only time is its update's still names the writer on that line (Liputan6: `oleh Marco Tampubolon
    # diperbarui 28 Mar 2023, 00:02 WIB`, the publication's time in the metadata only): read as an update's writer is,
    # after the byline's markup.
    writer_header = header
    if header is None and (update := people.header_byline(header_lines, updated=True)) is not None and update.author:
        writer_header = HeaderByline(None, None, update.when, update.relative, True, update_writer=update.author)
    # An opinion's byline in the body, or on the headline (`<Headline> (Oleh: <Name>)`), names its writer before
    # the header's account that posted it.
    author, author_source = ((cleaned.byline_author, "body") if cleaned.byline_author
                             else (written_by, "text") if (written_by := headline_byline(title))
                             else people.author(page, writer_header, credits, editor))
    if editor is None and (closing := people.credits_after_body(page)).editor:
        # A credit line under the body names the editor (Tribun, Pikiran Rakyat), whom the metadata may give as the
        # author. (Printed credits found the author: the page's credits are read already.)
        editor = closing.editor
        if author_source not in ("profile", "text", "body"):
            printed = Credits(credits.author or closing.author, editor, credits.photographer, credits.closing)
            author, author_source = people.author(page, writer_header, printed, editor)
    # A lone full stop after the name, a space before it, is no part of it (Kompasiana 2014's writer box: `EG
    # Giwangkara S .`); an initial's own stop (`Budi S.`) stays.
    if author is not None and author.endswith(" ."):
        author = author[:-2].rstrip() or None
    item["author"] = found("author", author, author_source)
    item["editor"] = found("editor", editor, "text")
    category, category_path, category_source = taxonomy.category(page)
    item["category"] = found("category", category, category_source)
    item["category_path"] = category_path
    item["tags"] = found("tags", *taxonomy.tags(page, blocks))
    item["image"] = found("image", *image(page))
    if cleaned.dateline is not None:
        item["dateline"] = found("dateline", cleaned.dateline.to_dict(), dateline_source)
    item["mentioned_dates"] = times.mentioned_dates(item["body"], published)
    return Extraction(item, sources, other_pages(page)), page


def other_pages(page: Page) -> list[str]:
    """Absolute URLs of the other pages of the article on the loaded `page`, in page order (empty for one page)."""
    hrefs = [href for link in page.index.by_tag["a"] if (href := link.get("href")) is not None]
    return _page_links(hrefs, page.url, page.profile.url_rules)


def _item(url: str, canonical: str, article_id: str, profile: SiteProfile, edition: Edition | None,
          language: str | None, title: str, fetched: datetime, cleaned: CleanBody) -> dict[str, Any]:
    body_text = "\n\n".join(cleaned.paragraphs)
    words = body_text.split()
    values: dict[str, Any] = {
        "schema_version": SCHEMA_VERSION,
        "id": article_id,
        "url": url,
        "canonical_url": canonical,
        "site": profile.name or None,
        "agency": profile.agency,
        "edition": edition.code if edition is not None else None,
        "language": language,
        "title": title,
        "published_at": None,
        "modified_at": None,
        "author": None,
        "editor": None,
        "category": None,
        "category_path": [],
        "tags": [],
        "dateline": None,
        "lead": cleaned.paragraphs[0] if cleaned.paragraphs else None,
        "body": body_text,
        "word_count": len(words),
        "signature": cleaned.signature,
        "related": cleaned.related,
        "image": None,
        "mentioned_dates": [],
        "fetched_at": fetched.isoformat(timespec="seconds"),
        "content_hash": _words_hash(words),
        "simhash": simhash_hex(body_text),
    }
    return {name: values[name] for name in PARSED_FIELD_NAMES}


# -- small helpers ---------------------------------------------------------------


def _as_utc(moment: datetime | None) -> datetime:
    if not isinstance(moment, datetime):
        return datetime.now(timezone.utc)
    if moment.tzinfo is None:
        return moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _word_count(cleaned: CleanBody) -> int:
    return sum(len(paragraph.split()) for paragraph in cleaned.paragraphs)


def _content_hash(body_text: str) -> str:
    return _words_hash(body_text.split())


def _words_hash(words: list[str]) -> str:
    """SHA-1 of the text lower-cased with its whitespace folded, given as its words."""
    return hashlib.sha1(" ".join(words).lower().encode("utf-8", "replace")).hexdigest()
