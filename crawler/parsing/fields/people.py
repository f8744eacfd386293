"""`author` and `editor`: printed credits first, then markup and metadata.

`author`, in order: an opinion byline in the body (`crawler.parsing.credits`), the theme's
author markup, printed credits (`Pewarta:` / `Penulis:` / `Reporter:` in the body's credit
block or the header, `Oleh <name>`), the header byline (`<Author> [Editor : <name>] - <when>`, or the name on a
line of its own just above the time under the headline), a writer's name closing the text in brackets (`(Fahmi
Firdaus )`) or alone over the lead (`James Kon`), WordPress author markup, the writer an update's line over the
publication's time names (`oleh <name> diperbarui <time>`), JSON-LD and meta authors. Printed credits
beat JSON-LD: some sites name the editor there. A publisher (an organization, the site's own name, a company, the
outlet's team, a PR office) is no author, nor a section's name or the site's account where a header line shows it
before the time (`Nasional | Senin, ...`, `Admin | ...`), nor the kind of page a metadata author names
(`advertorial`).
`editor`: the header's `Editor :`, then printed credits (`Editor:`, `Redaktur:`, `Red:`), then JSON-LD's `editor`
and Kompas's `content_editor` meta, then a credit line under the body (Tribun); a metadata author who is the
printed editor is no author. The header byline may also write the dateline: a wire and the place it filed from.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import chain, islice
from typing import Any

from lxml import etree

from crawler.parsing.agencies import agency_name
from crawler.parsing.dateline import Dateline, is_place_name
from crawler.parsing.dates import month_number, parse_date, weekday_number
from crawler.parsing.html import (PHOTO_WORDS, Block, blocks_of, element_text, fold, is_label_row, lines_before,
                                  named_words)
from crawler.parsing.fields.title import host_brand
from crawler.parsing.page import WORDPRESS, Page, before_body, jsonld_nodes, node_types
from crawler.parsing.places import is_gazetted
from crawler.parsing.regions import is_region, names_a_world_region
from crawler.parsing.credits import (EDITOR_INITIALS, ICON_NAME, MAX_LISTED_WRITERS, SECTION_WORDS, SENTENCE_WORDS,
                                     Credits, HeaderByline, bare_credit_line, bare_name, closing_byline, find_editor,
                                     introduces_writer, is_desk, listed_contributor, names_a_rubric, opens_with_role,
                                     opinion_author, parse_credits, parse_header_line, reporter_name, without_bio,
                                     without_role)

_MAX_HEADER_BLOCKS = 60
_MAX_HEADLINE_LINES = 3
_LOGIN = re.compile(r"[a-z0-9_.-]{2,40}")
_NOT_LETTER = re.compile(r"[^a-z0-9]")
_ZONE = re.compile(r"\b(?:WIB|WITA|WIT)\b", re.IGNORECASE)
# A feature's byline standing alone: `Oleh <name>` (the colon form is read by `parse_credits` too).
# An editor's initials may follow the name after a slash (BeritaSatu: `Oleh : Arnold H Sianturi / FMB`), the desk's
# e-mail address after a space (Berita Harian: `Oleh Mohd Iskandar Ibrahim bhnews@bh.com.my`). A bar may close the line,
# the header's next item cut off after it (Fakta Jabar 2023: `Oleh : Rosman Ochim Alazis, Redpel Fakta Jabar |`). A
# note's mark may close the name, the note on the writer at the text's end (a campus paper's opinion page: `Oleh :
# Supriono*`; `Oleh : Suyono HS. *`), the full stop before it no part of the name.
_OLEH = re.compile(r"^(?:Oleh|By)\s*:?\s+(?P<name>[^\d|:()@*]{2,60}?)(?:\s*/\s*(?-i:[A-Z]{2,5})|\s+[\w.+-]+@[\w.-]+)?"
                   r"(?:\.?\s*\*{1,3}\)?)?(?:\s+\|)?$", re.IGNORECASE)
_MAX_CREDIT_LINE = 200
# The byline's label alone on its line, the name on the next (Kompas.id 2020: `Oleh` over `ELSA EMIRIA LEBA` over `· 5
# menit baca`).
_BYLINE_LABEL = re.compile(r"(?:Oleh|By)\s*:?", re.IGNORECASE)
# A header's credit without its colon, the label and the name in elements of their own (Kompas 2019:
# `<div id="penulis"><span>Penulis</span> <a>Baharudin Al Farisi</a></div>`), several writers listed (Kompas 2021:
# `Penulis <a>Fitria Chusna Farisa</a>, <a>Ardito Ramadhan</a>`); a name of one word (`Editor <a>Krisiandi</a>`) when no
# rubric's or outlet's (`Editor Pilihan`).
_CREDIT_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,5}"
_BARE_CREDIT = re.compile(r"^(?P<label>Penulis|Pewarta|Reporter|Editor|Redaktur|Penyunting)\s+"
                          rf"(?P<name>{_CREDIT_NAME}(?:(?:,\s*|\s+(?:dan|&)\s+){_CREDIT_NAME}){{0,3}})$")
_EDITOR_WORDS = frozenset({"editor", "redaktur", "penyunting"})
# A credit's role alone on its line (`Penulis`, `Editor :`).
_CREDIT_ROLE = re.compile(r"(?:(?P<author>penulis|reporter|pewarta|author|writer)"
                          r"|(?P<editor>editor|redaktur|penyunting))(?P<colon>\s*:)?", re.IGNORECASE)
_MAX_NAME_OVER_ROLE_LINES = 12
# A credits list's role, alone in its item: the editor's, and any role that ends the people listed under another.
_ROLE_LABEL = re.compile(r"(?:Editor|Redaktur|Penyunting)\s*:?", re.IGNORECASE)
_ROLE_WORD = re.compile(r"(?:Author|Editor|Redaktur|Penyunting|Penulis|Reporter|Pewarta|Writer|Fotografer|Photographer"
                        r"|Kontributor|Contributor|Video|Videografer)\s*:?$", re.IGNORECASE)
_MAX_LISTED_EDITORS = 3
_PHOTOGRAPHER = re.compile(r"^(?:Fotografer|Photographer|Pewarta\s+foto)\s*:\s*(?P<name>[^\d|:()/]{3,60}?)\s*$",
                           re.IGNORECASE)
# An editor's label after the body, looked for among this many elements after it.
_MAX_CLOSING_ELEMENTS = 150
_MAX_LINE_WRAPPERS = 2  # wrappers a credit line may stand alone in (a table's cell in its row)
_NEAR_HEADLINE = 4  # lines under the headline where a zoneless time is the article's
_MAX_PLACE_LINE = 40
_MAX_BYLINE_LINE = 120  # a writer's line under the time: a name of up to five words and the brand
# A header byline naming the wire a story came from and the place it was filed from (in capitals as a dateline
# writes it, or a known place), before the section and the time (The Jakarta Post 2015: `Agence France-Presse, CHARLESTON, South
# Carolina | World | Fri, June 19 2015, 7:36 AM`).
_WIRE_BYLINE = re.compile(r"(?P<wire>[A-Z][\w.' -]{1,40}?),\s+(?P<place>(?P<capitals>[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+){0,3})"
                          r"(?:,\s+[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})?|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s+\|")
# ...or the place alone before the bar and the time, no wire named (The Jakarta Post 2015: `Jakarta | Mon, November 30,
# 2015 | 06:05 pm` under its writers' names).
_PLACE_BAR = re.compile(r"(?P<place>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) \| ")
_CLOCK = re.compile(r"\d[:.]\d\d")
_STAMP_CLOCK = re.compile(r"\b\d{1,2}:\d\d:\d\d\b")  # a wire's stamp, to the second (`8:25:02 AM`)
# The writer's label after a header's day (`... July 17, 2018 By Eriec Dieda`).
_BYLINE_AFTER_DAY = re.compile(r"\s(?:by|oleh)\s*:?\s+", re.IGNORECASE)
# A blog's day heading over its post's title, outside the post (Blogger's classic templates: `<h2 class="date-header">
# <span>Senin, 20 Mei 2019</span></h2>` over `h3.post-title`): the post's day when no line under the title gives its
# time.
_DAY_HEADING = "h2.date-header"
_MAX_DAY_HEADING = 60
# The body's first lines where a repost keeps its story's own time line (`opening_time`).
OPENING_TIME_BLOCKS = 2
_MAX_OPENING_TIME_CHARS = 80
# A writer's name on a line of its own above the header's time: each word a capital and small letters, or an initial
# (acronyms are outlets': `CNN Indonesia`).
_WRITER_LINE = re.compile(r"(?:[A-Z][a-z][a-z'’-]*|[A-Z]\.)(?: (?:[A-Z][a-z][a-z'’-]*|[A-Z]\.)){1,3}")
# ...or with the outlet it writes for in brackets after the name, on its own line too (The Jakarta Post 2014: `Arielle
# Milecki (The Jakarta Post)`, the place it was filed from on the line after it, then the day).
_WRITER_WITH_OUTLET = re.compile(rf"(?P<name>{_WRITER_LINE.pattern})\s*\((?P<outlet>[^()]{{2,40}})\)")
# ...none of its words a sentence's little word: a short subtitle in title case stands there too (`Supaya Timnya
# Mengalah`, `Jadi Sorotan Dunia`), and no name is made of such words.
_TITLE_CASE_SENTENCE_WORDS = SENTENCE_WORDS | frozenset(
    "supaya agar jika kalau saat ketika karena jadi harus mulai usai jelang soal demi tak kian makin "
    "the of and to in for on at with from is are was how why what when after".split())
_MAX_ROWS = 200
_MAX_LABEL = 20
# Byline markup outside any known theme: an element of these names whose class contains one of these
# parts (`author`, `byline`, ...), inside no other byline markup.
_AUTHOR_TAGS = frozenset({"div", "span", "p", "a", "strong"})
_AUTHOR_CLASS_PARTS = ("author", "byline", "penulis", "reporter", "writer")
_OUTER_BYLINE_PARTS = ("author", "byline")
_NO_TEXT_TAGS = frozenset({"meta", "link", "img", "script", "style"})
# A photo's credit (`<div class="photo"><img> <span class="author">AFP</span> Caption...</div>`) is marked up
# like a byline: markup in a figure or in an element named for a photo or caption credits the picture.
_PHOTO_TAGS = frozenset({"figure", "figcaption"})
_LABEL = re.compile(r"^(?:by|oleh|penulis|reporter|pewarta|author|jurnalis|laporan)\b\s*:?\s*", re.IGNORECASE)
# Any other one-word label with its colon opening a byline element over the name (RM.id's column box: `Catatan :` over
# `MUHAMAD FIKY`): the label's, no part of the name. A role's label other than the writer's is read before this.
_OTHER_LABEL = re.compile(r"^(?P<label>[^\W\d_]{3,12}) ?:\s+(?=\S)")
# ...unless it credits another hand than the writer's (Republika TV's `Red: Sadly Rachman`: the desk editor; a source's,
# a picture's or a video's): the box names no writer then.
_OTHER_HANDS = frozenset({"red", "redaksi", "sumber", "source", "foto", "photo", "video", "videografer", "kamerawan",
                          "kameramen", "grafis", "ilustrasi", "desain"})
_MAX_AUTHOR_CHARS = 80
_MAX_LINKED_WRITERS = 6
_NAME_END = re.compile(r"\s+[-–—|]\s+")  # `Name - detikinet`
_MAX_DASHED_WRITERS = 4  # writers a byline may part with dashes before the site's name (`_dashed_writers`)
# The outlet after the name and a slash, its initials or its domain (KBR's `Citra Dyah Prastuti / KBR`,
# `Name/detik.com`): no second writer (a co-writer's name is in words: `Budi / Andi Saputra` stays).
_OUTLET_AFTER_SLASH = re.compile(r"\s*/\s*(?:[A-Z]{2,}[\w.]*|[\w-]+\.(?:com|co\.id|id|net))$")
# Another role's label after the writer's name on the same line, its holder after it (MINA's `Ali Farkhan Tsani Editor
# : Widi Kusnadi - 57 detik yang lalu`): the writer's name ends there.
_NEXT_ROLE = re.compile(r"\s+(?:editor|redaktur|penyunting|fotografer|photographer)\s*:", re.IGNORECASE)
# ...or opening the byline box, no writer's name before it (Elshinta: `Editor: Novelia Tri Ananda` over `Senin, 26 Mei
# 2025 – 07:03 WIB`): the box credits the editor only, and names no author, unless a writer's label follows.
# Another role's label opening a byline element names no writer, with its colon or before the name without one
# (Kompas 2015: `<div class="read__author">Editor<a>Desy Afrianti</a></div>`, `Editor Desy Afrianti`).
_OTHER_ROLE_FIRST = re.compile(r"(?:editor|redaktur|penyunting|fotografer|photographer)(?:\s*:|\s+(?-i:[A-Z])|(?-i:(?=[A-Z])))",
                               re.IGNORECASE)
_WRITER_LABEL = re.compile(r"\b(?:oleh|penulis|reporter|pewarta|author|jurnalis|laporan)\b", re.IGNORECASE)
# The role a byline box prints under the name (`<div>Dewi Kania</div><span>Jurnalis</span>`).
_ROLES = (r"(?:jurnalis|wartawan|reporter|penulis|kontributor|koresponden|journalist|writer|correspondent)")
_ROLE_AFTER = re.compile(rf"\s+{_ROLES}$", re.IGNORECASE)
# A byline part after a comma that is the name's role (`Rivan Nasri Rachman, <b>Jurnalis</b>`), no second writer.
_ROLE_PART = re.compile(rf"{_ROLES}\b", re.IGNORECASE)
# A second writer after a comma (`Ahmad Toriq, Elza Astari Retaduari - detikNews`): a name of two words or more
# (one word after a comma is a place or a title: `Name, Jakarta`, `Name, S.Pd`), with no acronym (`CNBC Indonesia`).
_CO_AUTHOR = re.compile(r"(?![^,]*\b[A-Z]{3,}\b)[A-Z][\w'.-]*(?: [A-Z][\w'.-]*){1,4}")
# Words of a publisher's name, never a person's (a newspaper's too: `Banjarmasin Post`, `Tribun Medan`, `Radar Bogor`;
# a blog's publishing account, however spelled: `Written By BBG Publizer`).
_ORGANIZATION = re.compile(r"\b(?:PT|Tbk|Media|Cyber|Online|Group|Network|Redaksi|Newsroom|News|Research|Riset"
                           r"|Publi(?:sh|s|z)er"
                           r"|Humas|Diskominfo|Kominfo|Prokopim|Pemkab|Pemkot|Pemprov"
                           r"|Post|Pos|Times|Tribun|Radar|Harian|Koran|Ekspres|Express|Daily|Majalah)\b"
                           r"|\.(?:com|id|co)\b",
                           re.IGNORECASE)

# An outlet's edition for a country, its initials and the country's name (`ABC Australia`, `BBC Indonesia`, `VOA
# Indonesia` as detikNews' partners' stories name their author); a person's initials precede a name, no country.
_EDITION = re.compile(r"(?-i:[A-Z]{2,5})\s+(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
# A team of the outlet after a named writer (`Bella Ayu Kurnia Putri, Tim TvOne`): the desk, no second writer.
_TEAM = re.compile(r"(?:Tim|Team)\b", re.IGNORECASE)
_NAME_WORDS = re.compile(r"[^\W\d_]+")


@dataclass
class HeaderLines:
    """Text lines of the article header (byline, date, editor). `known`: a known header container
    held them; else they are the page's lines just before the body, the `after_headline` lines
    between the headline and the body first (sidebars and tickers before the headline show other
    articles' times)."""

    lines: list[str]
    known: bool
    after_headline: int = 0
    day_heading: str | None = None  # a blog's day heading over the post's title (`_DAY_HEADING`)
    above_headline: int | None = None  # the index in `lines` of the line right above the headline


def header_lines(page: Page, title: str = "") -> HeaderLines:
    known: list[str] = []
    for selectors, _ in page.strategies("header"):
        known = [b.text for s in selectors for e in page.select(page.scope, s)
                 if isinstance(e, etree._Element) for b in blocks_of(e, page.url)]
        if known:
            break
    # The headline the header container holds over its date (ANTARA 2018-22: `header.post-header` around
    # `h1.post-title`) is the story's, no byline: a round-up's `Politik kemarin, santunan korban Sigi hingga Mahfud
    # tes usap` names no day for the page.
    known = [line for line in known if line != title] if title else known
    if any(len(line) <= 300 and parse_header_line(line) is not None for line in known):
        return HeaderLines(known, True)
    headings = [e for e in page.select(page.root, _DAY_HEADING) if isinstance(e, etree._Element)]
    # One heading: a post's page (a blog's archive heads each day's posts with one).
    day_heading = " ".join(headings[0].xpath("string()").split()) if len(headings) == 1 else None
    # A header container without a time (a WordPress `.post-meta` holding only tags): the lines
    # before the body hold the time, the container's lines may still name the editor.
    body = page.root.find("body") if page.root.tag == "html" else None
    unread = page.index.screen_reader_only()
    lines = lines_before(body if body is not None else page.root, page.container, limit=_MAX_HEADER_BLOCKS,
                         unread=unread)
    headline = _headline_end(lines, title) if title else None
    if headline is None and title and page.container is not None:
        # A body container found by density may hold the headline and the header lines under it: its lines
        # before its first paragraph.
        opening = lines_before(page.container, next(page.container.iter("p"), None), limit=_MAX_HEADER_BLOCKS,
                               unread=unread)
        heading = None if title in opening else next(page.container.iter("h1"), None)
        if heading is None and title not in opening:
            heading = _headline_heading(page.container, title)
        if heading is not None:
            # ...or a paragraph over the headline (a reposted wire story's `<p><strong>BERNAMA, 13 Januari,
            # 2011</strong></p>` over its `<h1>`): its lines before the first paragraph after the headline.
            after_heading = next((p for sibling in heading.itersiblings() for p in sibling.iter("p")), None)
            if after_heading is not None:
                opening = lines_before(page.container, after_heading, limit=_MAX_HEADER_BLOCKS, unread=unread)
        if title in opening:
            lines = [*lines, *opening]
            headline = len(lines) - 1 - opening[::-1].index(title)
    if headline is None:
        return HeaderLines(lines + known, False, day_heading=day_heading)
    after = lines[headline + 1:]
    above = len(after) + headline - 1 if headline else None
    return HeaderLines(after + lines[:headline] + known, False, len(after), day_heading, above)


def _headline_heading(container: etree._Element, title: str) -> etree._Element | None:
    """The lower heading that is the story's headline in a body container holding no `<h1>`: a news archive's copy of a
    wire story puts the site's own name at the top and the story's headline in an `<h3>` under the wire's stamp
    (`ANTARA, Tuesday, April 20, 2004 8:25:02 AM` over `Ambon public asked not to panic ahead of separatist
    anniversary`)."""
    return next((heading for heading in container.iter("h2", "h3") if element_text(heading) == title), None)


def _headline_end(lines: list[str], title: str) -> int | None:
    """The index of the headline's last line, its last copy's: the line that is the title, or the few lines that make it
    up when a line break splits it (`<h1>Suspect caught in US black <br>church rampage</h1>`)."""
    for end in range(len(lines) - 1, -1, -1):
        line = lines[end]
        if line == title:
            return end
        if line and title.endswith(line):
            joined = line
            for start in range(end - 1, max(end - _MAX_HEADLINE_LINES, -1), -1):
                joined = f"{lines[start]} {joined}"
                if joined == title:
                    return end
                if not title.endswith(joined):
                    break
    return None


def header_byline(header: HeaderLines, *, updated: bool = False) -> HeaderByline | None:
    """The first byline of the header lines (`updated`: the first line whose time is labelled as the last
    update, `Diperbarui ...`; other bylines skip those). Outside a known header container and away from
    the headline only a time with its zone counts: tickers (`6 hours ago`) and popular lists
    (`Rabu, 24 Desember 2025 | 07:26`) sit there too. A zoneless clock under the headline is
    the site's wall clock. A date alone on a line there (`Senin, 22 April 2024`), or a section's name and a date, is
    the article's day, read when no line gives a time; else a blog's day heading over the title (`_DAY_HEADING`)."""
    day_alone = None
    for number, line in enumerate(header.lines):
        if len(line) <= 300 and (found := parse_header_line(line)) is not None and found.updated == updated:
            near_headline = number < min(header.after_headline, _NEAR_HEADLINE)
            if header.known or (not found.relative and (_ZONE.search(found.when) or (
                    near_headline and _CLOCK.search(found.when)))):
                return _with_writer_below(_with_writer_above(found, header, number), header, number)
            if day_alone is None and not found.relative and near_headline and (
                    line.strip() == found.when or _is_section_day(line, found)):
                # The writer on the line above it, as above a time (a blog's copy of the Borneo Bulletin 2016:
                # `Rachel Thien` over `Sunday, April 24, 2016`).
                day_alone = _with_writer_above(replace(found, author=None), header, number)
            elif day_alone is None and not found.relative and near_headline and found.author is not None and (
                    byline := _BYLINE_AFTER_DAY.search(line)) is not None and found.when in line[:byline.start()] \
                    and line[byline.end():].strip() == found.author:
                # A clockless day with the writer's label and name after it (a blog's repost of a news story, 2018:
                # `Published on July 17, 2018 By Eriec Dieda`): the day and its writer, read as a day alone is.
                day_alone = found
            elif day_alone is None and not found.relative and number == header.above_headline and _is_agency_day(
                    line, found):
                day_alone = replace(found, author=None)
                if writer := _writer_with_outlet_above(header, number):
                    day_alone = replace(found, author=writer)
    if day_alone is None and not updated and header.day_heading and len(header.day_heading) <= _MAX_DAY_HEADING and (
            found := parse_header_line(header.day_heading)) is not None and not found.relative \
            and found.when == header.day_heading:
        return found
    return day_alone


def opening_time(header: HeaderByline | None, texts: list[str]) -> HeaderByline | None:
    """The time with its zone that a line of its own opens the body with (`texts`, the body's first blocks), when the
    header gives the same day without a clock: a blog's repost of a newspaper story keeps the story's time line under
    the blog's day heading (Surabaya Post 2010 on a Blogger blog: `Selasa, 27 Juli 2010` over the post, `Selasa, 27
    Juli 2010 | 09:07 WIB` opening it). None otherwise: a line of another day is another story's."""
    if header is None or header.relative or _CLOCK.search(header.when):
        return None
    day = parse_date(header.when)
    for text in texts[:OPENING_TIME_BLOCKS]:
        found = parse_header_line(text) if len(text) <= _MAX_OPENING_TIME_CHARS else None
        if found is None or found.relative or found.updated or found.author or not (
                _ZONE.search(found.when) and _CLOCK.search(found.when)):
            continue
        moment = parse_date(found.when)
        return found if day is not None and moment is not None and moment.date() == day.date() else None
    return None


def _is_agency_day(line: str, found: HeaderByline) -> bool:
    """`line` is a wire's name and a date, no clock, right above the headline (a ministry's page of reposted wire
    stories: `BERNAMA, 13 Januari, 2011` over `RELA Sasar 2.6 Juta Anggota ...`): the story's day, the agency no
    writer. Or the wire's own stamp, its clock to the second (a news archive's copy of an English wire story, 2004:
    `ANTARA, Tuesday, April 20, 2004 8:25:02 AM`): the story's time; a clock to the minute there is a ticker's
    (another story's). Lower down, and under the headline, an agency's name before a date is a byline's."""
    return (found.author is not None and (not _CLOCK.search(found.when) or _STAMP_CLOCK.search(found.when) is not None)
            and agency_name(found.author) is not None and line.strip() == f"{found.author}, {found.when}")


def _is_section_day(line: str, found: HeaderByline) -> bool:
    """`line` is a section's name and a date, no clock (a listing's `Megapolitan 19 Desember 2025` under the
    headline): the article's day, the section no writer."""
    section = line.strip()[: -len(found.when)] if line.strip().endswith(found.when) else ""
    return bool(section) and not _CLOCK.search(found.when) and _is_section_name(section.strip(" -–—|,"))


def _with_writer_above(found: HeaderByline, header: HeaderLines, number: int) -> HeaderByline:
    """`found` (the header's time line or its day alone, naming nobody) with the writer a line of its own just above it
    names, both under the headline (netizenku 2025: `Merapat ke Markas Tempo` / `Hendri Setiadi` / `Sabtu, 29 Maret
    2025 - 21:45 WIB`): a name of two to four words in capitals and small letters, no desk's nor section's; or the
    writer the update's line above names (Liputan6: `oleh <name> diperbarui <time>` over `Diterbitkan <time>`), as the
    `update_writer`. A header container's lines may hold the headline itself above the time, no writer's."""
    if found.relative or not 0 < number < min(header.after_headline, _NEAR_HEADLINE):
        return found
    if found.author is not None:
        # The place it was filed from before the time on the same line names nobody; the writer with the outlet in
        # brackets may stand above it (The Jakarta Post: `Yvette Tanamal (The Jakarta Post)` over `Jakarta ● Mon,
        # January 6, 2020 | 10:15 am`).
        if len(found.author) <= _MAX_PLACE_LINE and (is_gazetted(found.author) or is_region(found.author)) and (
                writer := _writer_with_outlet_above(header, number)):
            return replace(found, author=writer)
        return found
    name = EDITOR_INITIALS.sub("", header.lines[number - 1].strip())
    if len(name) <= 300 and (update := parse_header_line(name)) is not None and update.updated and update.author:
        return replace(found, update_writer=update.author)
    if writer := _writer_with_outlet_above(header, number):
        return replace(found, author=writer)
    # ...or with the outlet after a dash, as a detik page's text reads its author slot (`Muhammad Febrianputra Jastin -
    # detikSumbagsel` over `Minggu, 29 Des 2024 23:30 WIB`).
    if (writer := closing_byline(name)) and not (is_desk(writer) or _is_section_name(writer)):
        return replace(found, author=writer)
    # A rubric's or a topic's heading stands there too, over the time as over the lead (`Kilas Daerah`, `Cek Fakta`),
    # a weekday's rubric (`Hikmah Jumat`), a press release's source (`Polres Bogor`) and a world desk's region (`Timur
    # Tengah`, `Asia Tenggara`).
    if not _WRITER_LINE.fullmatch(name) or is_desk(name) or _is_section_name(name) or _is_day_name(name.split()[0]) \
            or not _TITLE_CASE_SENTENCE_WORDS.isdisjoint(name.lower().split()) or names_a_rubric(name) \
            or names_a_world_region(name):
        return found
    return replace(found, author=name)


def _with_writer_below(found: HeaderByline, header: HeaderLines, number: int) -> HeaderByline:
    """`found` (the header's time line, naming nobody, nor above it) with the writer the line just under it names with
    the outlet after a dash as the brand writes itself, both under the headline (detikFinance 2019: `Minggu, 29 Sep
    2019 19:13 WIB` over `Herdi Alif Alhikam - detikFinance`): the brand's spelling makes it a byline, no kicker's nor
    a related story's headline; a desk's or a section's name there names nobody."""
    if found.author is not None or found.update_writer is not None or found.relative \
            or not number + 1 < min(header.after_headline, _NEAR_HEADLINE):
        return found
    below = header.lines[number + 1].strip()
    if len(below) <= _MAX_BYLINE_LINE and (writer := closing_byline(below)) \
            and not (is_desk(writer) or _is_section_name(writer)):
        return replace(found, author=writer)
    return found


def _writer_with_outlet_above(header: HeaderLines, number: int) -> str | None:
    """The writer a line under the headline names with the outlet in brackets after the name (`_WRITER_WITH_OUTLET`),
    just above the header's line `number` or above the place between them (`Jakarta`); a publisher's name in the
    brackets (a company's words, an agency), no desk's nor section's name before them; else None."""
    above = [line.strip() for line in header.lines[max(0, number - 2):number]][::-1]
    if above and len(above[0]) <= _MAX_PLACE_LINE and (is_gazetted(above[0]) or is_region(above[0])):
        above = above[1:]  # the place it was filed from, on its own line
    if not above or not 0 < number < min(header.after_headline, _NEAR_HEADLINE):
        return None
    match = _WRITER_WITH_OUTLET.fullmatch(above[0])
    if match is None or not (_ORGANIZATION.search(match["outlet"]) or agency_name(match["outlet"])):
        return None
    name = match["name"]
    if is_desk(name) or _is_section_name(name) or _is_day_name(name.split()[0]) \
            or not _TITLE_CASE_SENTENCE_WORDS.isdisjoint(name.lower().split()) or names_a_rubric(name):
        return None
    return name


def header_dateline(header: HeaderLines) -> Dateline | None:
    """The dateline a header byline writes before its time (`Agence France-Presse, CHARLESTON, South Carolina |
    World | Fri, June 19 2015, 7:36 AM`, `Reuters, Jakarta | ...`): the place and the wire, a name of the agency
    table; or a listed place alone before the bar and a time with its clock (`Jakarta | Mon, November 30, 2015 | 06:05
    pm`, `_PLACE_BAR`); else None."""
    for line in header.lines[:_NEAR_HEADLINE]:
        if (match := _WIRE_BYLINE.match(line)) and (agency := agency_name(match["wire"])) \
                and (match["capitals"] or is_gazetted(match["place"])) and parse_header_line(line) is not None:
            return Dateline(match.group().rstrip(" |"), match["place"], agency, None, None, 0, match.end(),
                            agency_raw=match["wire"], agency_in_table=True)
        if (match := _PLACE_BAR.match(line)) and is_gazetted(match["place"]) and parse_header_line(line) is not None \
                and _CLOCK.search(line, match.end()):
            return Dateline(match["place"], match["place"], None, None, None, 0, len(match["place"]))
    return None


def header_update(header: HeaderLines, byline: HeaderByline | None) -> str | None:
    """The header's time of the article's last update: a line labelled so (`Diperbarui: ...`), else one written
    after the publication time in the header's `byline` (`Diterbitkan ... · Diperbarui 12 Feb 2024, 13:30 WIB`)."""
    updated = header_byline(header, updated=True)
    if updated is not None:
        return updated.when
    return byline.updated_when if byline is not None else None


def printed_credits(page: Page, lines: list[str], lead: list[str] = ()) -> Credits:
    """The reporter and editor named by credit lines among the header lines, else by a byline
    table (`<tr><td>Penulis</td><td>: <name></td></tr>`), else by a credit line without colons opening one of the
    `lead` texts (the body's first blocks: a copy's `Penulis Kontributor Baubau, <name> | Editor <name>`, which the
    body's cleaning drops before the dateline)."""
    found = Credits()
    listed_writers: list[str] = []  # a contributors' list's writers (BBC: `Penulis, <name>` over `Peranan, <role>`)
    # `root.iter("tr")` tests names in C: an XPath `//tr[td]` visits every node of the page.
    table_rows = islice((row for row in page.root.iter("tr") if row.find("td") is not None), _MAX_ROWS)
    rows = [f"{element_text(cells[0])} {element_text(cells[1])}" for row in table_rows
            if len(cells := row.findall("td")) == 2 and len(element_text(cells[0])) <= _MAX_LABEL]
    for line in lines + rows:
        if len(line) > _MAX_CREDIT_LINE:
            continue
        credits = parse_credits(line) or bare_credit_line(line)
        if credits is None and (match := _BARE_CREDIT.match(line)) and (
                " " in (name := " ".join(match["name"].split())) or not (
                    _is_section_name(name) or _is_organization(name, page))):
            # A contributor's role and place before the name are no part of it (Kompas 2021: `Penulis <a>Kontributor
            # Kupang, Sigiranus Marutho Bere</a>`).
            credits = Credits(editor=name) if match["label"].lower() in _EDITOR_WORDS \
                else Credits(author=without_role(name))
        if credits is None and (match := _OLEH.match(line)):
            # A comma after the name opens the writer's role, degrees or place (`Oleh : Rosman Ochim Alazis, Redpel
            # Fakta Jabar`) or lists co-writers: read as an opinion byline is, which tells them apart and refuses a
            # rubric or a desk before the comma. A desk's word anywhere in the line (`Oleh : Hikmah Ramadhan,
            # Redaksi`) or a place before the comma (`Oleh : Jawa Barat, Indonesia`) names nobody.
            name = match["name"].strip()
            if "," in name:
                writer = None if _is_organization(name, page) else opinion_author(Block(line))
                name = None if writer is None or is_gazetted(writer.title()) or is_region(writer.title()) else writer
            # ...and an outlet's team or a rubric's heading where the name would stand names nobody (hnmindonesia
            # 2023: `Oleh: Tim HNM` over `Editor: Adi Anugrah`; `Oleh: Jumat Berkah`), as under the headline's text.
            credits = Credits(author=None if name is None or is_desk(name) or names_a_rubric(name) else name)
        if credits is None and (dated := _credits_after_day(line)) is not None:
            credits = dated
        if credits is None and (reporter := reporter_name(line)):
            credits = Credits(author=reporter)
        if credits is None and (match := _PHOTOGRAPHER.match(line)):
            found.photographer = found.photographer or match["name"]
        if credits is None and (contributor := listed_contributor(line)) is not None and contributor[0] == "writer" \
                and len(listed_writers) < MAX_LISTED_WRITERS and contributor[1] not in listed_writers:
            listed_writers.append(contributor[1])
        if credits is not None:
            found.author = found.author or credits.author
            found.editor = found.editor or credits.editor
    if found.author is None and listed_writers:
        found.author = ", ".join(listed_writers)
    if found.author is None:
        found.author = _name_under_label(page, lines) or _name_over_bio(page, lines)
    for text in lead:
        if (credits := bare_credit_line(text)) is not None:
            found.author = found.author or credits.author
            found.editor = found.editor or credits.editor
            break
    if found.author is None and found.editor is None:
        found = _name_over_role(page, lines) or _name_over_role(page, list(lead)) or _role_over_name(page, lines) \
            or _role_over_name(page, list(lead)) or found
    return found


def _credits_after_day(line: str) -> Credits | None:
    """The labelled credits a header line prints after the day opening it, no clock making it the header's byline
    (Berita Jakarta 2020: `Senin, 18 Mei 2020 Reporter: Wuri Setyaningsih Editor: Erikyanri Maulana 1857`, the page's
    views closing it); else None."""
    found = parse_header_line(line) if len(line) <= _MAX_CREDIT_LINE and line[:1].isalnum() else None
    if found is None or not (found.author or found.editor) or not line.lstrip().startswith(found.when):
        return None
    return Credits(author=found.author, editor=found.editor)


def _name_under_label(page: Page, lines: list[str]) -> str | None:
    """The name on the line under a byline's label alone (`_BYLINE_LABEL`), else None: no desk's, section's,
    publisher's, rubric's nor place's name."""
    for line, following in zip(lines, lines[1:]):
        if _BYLINE_LABEL.fullmatch(line.strip()) and (name := bare_name(following.strip())) is not None:
            if is_desk(name) or _is_section_name(name) or _is_organization(name, page) or names_a_rubric(name) \
                    or is_gazetted(name.title()) or is_region(name.title()):
                return None
            return name
    return None


def _name_over_bio(page: Page, lines: list[str]) -> str | None:
    """The name alone on a header line over the columnist's bio that opens with it (Tempo English's columns 2009:
    `Bramantyo Prijosusilo` over `Bramantyo Prijosusilo is a writer based in Ngawa, East Java.`), else None: a
    heading over the definition opening with its words (`Hari Santri` over `Hari Santri adalah hari ...`) names no
    role, and a desk, a section, a publisher, a rubric or a place names no writer."""
    for line, following in zip(lines[:_MAX_NAME_OVER_ROLE_LINES], lines[1:_MAX_NAME_OVER_ROLE_LINES + 1]):
        name = line.strip()
        if len(name.split()) < 2 or bare_name(name) is None or not introduces_writer(name, following.strip()):
            continue
        if opens_with_role(name) or is_desk(name) or _is_section_name(name) or _is_organization(name, page) \
                or names_a_rubric(name) or is_gazetted(name) or is_region(name):
            return None
        return name
    return None


def _name_over_role(page: Page, lines: list[str]) -> Credits | None:
    """The credit box that prints a name over its role (Kompas 2024: `Erwin Hutapea` over `Penulis` under the time),
    else None. A role over the name before it is the other layout (`Penulis` over `<name>` over `Editor` over
    `<name>`: each role over its name), whose second role is no credit of the name above it."""
    for index in range(1, min(len(lines), _MAX_NAME_OVER_ROLE_LINES)):
        role = _CREDIT_ROLE.fullmatch(lines[index].strip())
        if role is None or role["colon"]:
            continue
        name = lines[index - 1].strip()
        if index > 1 and _CREDIT_ROLE.fullmatch(lines[index - 2].strip()):
            continue
        if len(name.split()) < 2 or bare_name(name) is None or is_desk(name) or _is_section_name(name) \
                or _is_organization(name, page) or names_a_rubric(name) or is_gazetted(name) or is_region(name):
            continue  # ...nor a rubric's heading or a place over the role (`Kilas Daerah`, `Jawa Barat`)
        return Credits(editor=name) if role["editor"] else Credits(author=name)
    return None


def _role_over_name(page: Page, lines: list[str]) -> Credits | None:
    """The credit box that prints each role alone over its name (JatimTIMES 2020: `Reporter` over `Ashaq Lupito` over
    `Editor` over `Dede Nana` over the time), else None. The box opens with a role: a name over the first role is the
    other layout (`_name_over_role`), whose role's next line is the next name's."""
    for index in range(min(len(lines), _MAX_NAME_OVER_ROLE_LINES)):
        if _CREDIT_ROLE.fullmatch(lines[index].strip()) is None:
            continue
        if index > 0 and bare_name(lines[index - 1].strip()) is not None:
            return None
        found = Credits()
        for role_line, name in zip(lines[index::2], lines[index + 1::2]):
            role = _CREDIT_ROLE.fullmatch(role_line.strip())
            name = name.strip()
            if role is None or bare_name(name) is None or is_desk(name) or _is_section_name(name) \
                    or _is_organization(name, page) or names_a_rubric(name) or is_gazetted(name) or is_region(name):
                break  # ...nor a rubric's heading, a desk or a place under the role (`Tim Redaksi`, `Jawa Barat`)
            if role["editor"]:
                found.editor = found.editor or name
            else:
                found.author = found.author or name
        return found if found.author or found.editor else None
    return None


def credits_after_body(page: Page) -> Credits:
    """The reporter and editor named by a credit line after the body container (Tribun's `Editor: <name>` under
    the article, outside it): a text among the first elements after it holding an editor's label, read with its
    element, else with that element's parent (`<span>Editor:</span> <a>Name</a>`). An element naming only the
    editor is read with its parent too: the reporter's line may stand beside it (Tribun 2015:
    `<div><div>Penulis: A</div><div>Editor: B</div></div>`)."""
    if page.container is None:
        return Credits()
    for holder in _labelled_after(page.container):
        if holder.tag in ("td", "th") and (row := holder.getparent()) is not None and is_label_row(row):
            # A credits table's label cell: its row is the line, label, colon and value a cell each (BolaSport's
            # `<tr><td>Editor</td><td>:</td><td>Metta Rahma Melati</td></tr>` under the text).
            holder = row
        found = Credits()
        labelled = holder
        for _ in range(2):
            if holder is None:
                break
            line = element_text(holder)
            if len(line) > _MAX_CREDIT_LINE or (credits := parse_credits(line)) is None:
                break
            if credits.editor:
                # The parent is read for a reporter beside the editor's line; the editor is the element's own reading:
                # the parent's runs on into the lines after it (Tribun's `<div>Editor: A</div><div>Sumber: B</div>`).
                if not found.editor:
                    labelled = holder  # the element whose line names the editor: the reporter's line stands before it
                found = Credits(credits.author, found.editor or credits.editor)
                if credits.author:
                    break
            holder = holder.getparent()
        if found.editor and not found.author and (reporter := _reporter_line_before(labelled)) is not None:
            # The reporter's line may stand just before the editor's, each a paragraph of its own under the text
            # (ANTARA's regional AMP pages of 2018: `<p>Pewarta : Sarjono</p><p>Editor : Hernawan Wahyudono</p>`).
            found = Credits(reporter, found.editor)
        if found.editor:
            return found
        if name := _role_list_editor(holder):
            return Credits(editor=name)
    return Credits()


def _reporter_line_before(element: etree._Element) -> str | None:
    """The reporter a credit line just before `element` names, a sibling element holding a reporter's label and name
    alone (`<p>Pewarta : Sarjono</p>` over `<p>Editor : ...</p>`), else None."""
    for _ in range(_MAX_LINE_WRAPPERS):
        # A line alone in its wrapper stands for the wrapper: the reporter's line is the wrapper's previous sibling
        # (Republika 2015's credits table, a row each: `<tr><td><strong>Reporter :</strong> Issha Harruma</td></tr>`
        # over `<tr><td><strong>Redaktur :</strong> Bilal Ramadhan</td></tr>`).
        if _previous_element(element) is not None or (parent := element.getparent()) is None \
                or element_text(parent) != element_text(element):
            break
        element = parent
    previous = _previous_element(element)
    if previous is None or len(line := element_text(previous)) > _MAX_CREDIT_LINE:
        return None
    credits = parse_credits(line)
    return credits.author if credits is not None and not credits.editor else None


def _previous_element(element: etree._Element) -> etree._Element | None:
    """The element before `element` among its siblings, comments skipped (a comment between the lines)."""
    previous = element.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    return previous


def _role_list_editor(label: etree._Element | None) -> str | None:
    """The people a credits list names under its editor's role, each role an item of its own followed by items of
    its people (Liputan6: `<li class="role"><span>Editor</span></li><li><a><img><span>Name</span></a></li>`):
    `label` holds the role alone; the names run until the next role (an item classed like the role's, or a role
    word alone)."""
    if label is None or not _ROLE_LABEL.fullmatch(element_text(label)):
        return None
    item = next((node for node in islice(chain((label,), label.iterancestors()), 3) if node.tag == "li"), None)
    if item is None:
        return None
    names: list[str] = []
    for sibling in item.itersiblings("li"):
        text = element_text(sibling)
        if (item.get("class") and sibling.get("class") == item.get("class")) or _ROLE_WORD.match(text) or not text:
            break
        if len(text) > _MAX_AUTHOR_CHARS or any(c.isdigit() for c in text) or len(names) >= _MAX_LISTED_EDITORS:
            return None
        names.append(text)
    return ", ".join(names) or None


def _has_editor_label(text: str) -> bool:
    return "ditor" in text or "DITOR" in text or "edaktur" in text or "EDAKTUR" in text


def _labelled_after(element: etree._Element) -> Iterator[etree._Element]:
    """The elements among the first `_MAX_CLOSING_ELEMENTS` after `element` whose text holds an editor's label
    (for a label in a tail: its parent's)."""
    budget = _MAX_CLOSING_ELEMENTS
    node: etree._Element | None = element
    while node is not None and budget > 0:
        for sibling in node.itersiblings():
            for candidate in sibling.iter():
                budget -= 1
                if budget < 0:
                    return
                if (text := candidate.text) and _has_editor_label(text):
                    yield candidate
                if (tail := candidate.tail) and _has_editor_label(tail):
                    yield candidate.getparent()
        node = node.getparent()


def editor(header: HeaderByline | None, lines: list[str], credits: Credits, page: Page) -> str | None:
    """The header's editor, else a header line's, else the printed credits', else the article's JSON-LD `editor`,
    else the `content_editor` meta tag (Kompas); the desk or the site signing as the editor names nobody (`Editor:
    Redaksi`, `Editor : Buliran News` on buliran.com), nor does an agency's account (a copy's `Rep: antara/ Red:
    antara`)."""
    if header is not None and header.editor and not _is_section_name(header.editor) \
            and not _names_the_site(header.editor, page) and not _is_agency(header.editor):
        return header.editor
    for line in lines:
        if (name := find_editor(line)) and not _is_section_name(name) and not _names_the_site(name, page) \
                and not _is_agency(name):
            return name
    printed = credits.editor if credits.editor and not _names_the_site(credits.editor, page) \
        and not _is_agency(credits.editor) else None
    return printed or _jsonld_persons(page, page.jsonld.get("editor"), None) or page.meta.get("content_editor")


def _is_agency(name: str) -> bool:
    """`name` is an agency's or an outlet's name and nothing more (`antara`, `Reuters`, `Kompas.com`); a person whose
    name opens with one stays (`Mina Nurrahmah`)."""
    return (agency_name(name) or "").casefold() == name.strip().casefold()


def _names_the_site(name: str, page: Page) -> bool:
    """`name` holds the site's brand or its name (`Buliran News` on buliran.com): the outlet, no editor. An editor
    signing with the network's name after his own stays (Tribun Pontianak 2015: `Mirna Tribun`)."""
    site_name = (page.meta.get("og:site_name") or "").lower()
    brand = host_brand(page.url)
    return (len(brand) > 3 and brand in _NOT_LETTER.sub("", name.lower())) or (
        len(site_name) > 3 and site_name in name.lower())


def author(page: Page, header: HeaderByline | None, credits: Credits,
           editor_name: str | None = None) -> tuple[str | None, str | None]:
    """`editor_name`: the page's printed editor, never its author (ANTARA's 2017 JSON-LD names the editor as
    `author` and the writer as `creator`)."""
    profile = page.first(page.scope, page.profile.selectors.get("author", ()))
    if profile is not None and (text := element_text(profile)):
        return text, "profile"
    if credits.author and not _is_organization(credits.author, page):
        return credits.author, "text"
    # Relative-time headers show the writer's login (`sajadi`); a display name in the
    # metadata is then the better reading.
    header_login = header is not None and header.author is not None and _LOGIN.fullmatch(header.author)
    if header and header.author and not header_login and (name := _person(header.author, page)):
        return name, "text"
    # The writer a closing credit names (`... katanya. (Fahmi Firdaus )`): printed under the text, before any markup.
    if credits.closing and not _is_organization(credits.closing, page):
        return credits.closing, "body"
    element = page.first(page.scope, WORDPRESS["author"])
    # A theme's author box naming the site's own account (a blog's `@geloranews` on gelora.co) names no writer.
    if element is not None and (text := element_text(element)) and not header_login \
            and not _is_organization(text, page) and not _is_section_name(text):
        return text, "wordpress"
    if not header_login and (name := _author_markup(page)):
        return name, "html"
    if header is not None and header.update_writer and (name := _person(header.update_writer, page)):
        return name, "text"
    for key in ("author", "creator"):
        if names := _jsonld_persons(page, page.jsonld.get(key), editor_name):
            return names, "jsonld"
    name = page.meta.get("author") or page.meta.get("article:author") or page.meta.get("content_author")
    # A desk or the site's account as the metadata's author names nobody (`Tim Liputan`, `Admin Web`).
    if name and not name.startswith(("http://", "https://")) and not _is_organization(name, page) \
            and not _is_section_name(name) and not is_desk(name):
        return _without_team(name), "meta"
    # A writer's login, not the site's `admin` nor the outlet's domain (`fin.co.id - 12/08/2022, 13:38 WIB`).
    if header_login and not _is_section_name(header.author) and not _is_organization(header.author, page):
        return header.author, "text"
    if credits.photographer:
        return credits.photographer, "text"
    return None, None


def _jsonld_persons(page: Page, named: Any, editor_name: str | None) -> str | None:
    """The people a JSON-LD `author` or `editor` value names (a name, a Person, a list of them: joined by commas),
    without organizations and the printed editor (`editor_name`)."""
    names: list[str] = []
    for candidate in named if isinstance(named, list) else [named]:
        if isinstance(candidate, dict) and "name" not in candidate and isinstance(reference := candidate.get("@id"), str):
            candidate = _jsonld_node(page, reference) or candidate
        if isinstance(candidate, dict) and any(kind.endswith("Organization") for kind in node_types(candidate)):
            continue
        name = candidate.get("name") if isinstance(candidate, dict) else candidate
        if isinstance(name, str) and (name := _without_team(fold(name))) and name not in names \
                and not _is_organization(name, page) and not _is_section_name(name) and not is_desk(name) \
                and (editor_name is None or name.lower() != editor_name.lower()) \
                and (not names or len(", ".join([*names, name])) <= _MAX_AUTHOR_CHARS):
            names.append(name)
    return ", ".join(names) or None


def _jsonld_node(page: Page, reference: str) -> dict[str, Any] | None:
    """The JSON-LD node an `{"@id": ...}` reference points to (Yoast's graph: the article's `"author": {"@id":
    ".../#/schema/person/<hash>"}` and the Person node with its name elsewhere in the graph), else None."""
    return next((node for node in jsonld_nodes(page.jsonld_objects)
                 if node.get("@id") == reference and "name" in node), None)


def _author_markup(page: Page) -> str | None:
    """The name in the first byline element before the body (`<div class="author"><strong>Name</strong> -
    detikinet</div>`, `By <span class="...author">Name</span>`): label and the site's name cut off."""
    body_path = set() if page.container is None else {page.container, *page.container.iterancestors()}
    for element in _byline_markup(page)[:_MAX_ROWS]:
        if body_path and not before_body(element, body_path):
            break
        if listed := _linked_writers(element, page):
            return listed
        text = _LABEL.sub("", ICON_NAME.sub("", element_text(element)))
        if _OTHER_ROLE_FIRST.match(text) and not _WRITER_LABEL.search(text):
            continue
        if (label := _OTHER_LABEL.match(text)) is not None:
            if label["label"].lower() in _OTHER_HANDS:
                continue
            text = text[label.end():]
        text = _OUTLET_AFTER_SLASH.sub("", _once(text))
        if ":" in text:
            text = _NEXT_ROLE.split(text, maxsplit=1)[0]
        name = _writers(without_bio(_ROLE_AFTER.sub("", _dashed_writers(text, page))), page)
        # A publisher first names no writer, nor do the words after it (`Reuters, Nusa Dua`: where it filed from).
        if 2 < len(name) <= _MAX_AUTHOR_CHARS and not any(c.isdigit() for c in name) \
                and not _is_organization(name.split(",", 1)[0], page) and not _is_section_name(name) \
                and not _is_day_name(name):
            return name
    return None


def _dashed_writers(text: str, page: Page) -> str:
    """The byline's text before its first spaced dash (`Fino Yurio - detikinet`) or before the site's name after a
    slash (`M Resha Pratama/DetikSport`), or the writers dashes part before the site's name, joined by commas for
    `_writers` to weigh each (detikHot 2018: `Hanif Hawari - Veynindia E Pardede - detikHot`); a part that is no name
    (a place, a time) is cut there as a comma's part is."""
    parts = _NAME_END.split(text, maxsplit=_MAX_DASHED_WRITERS)
    if 3 <= len(parts) <= _MAX_DASHED_WRITERS + 1 and _names_the_site(parts[-1], page):
        return ", ".join(part.strip() for part in parts[:-1])
    # The site's name after a slash, unspaced, closes it as a dash does (detikSport 2014: `M Resha
    # Pratama/DetikSport`); a slash between two names parts them (`Rina/Budi`), and stays for `_writers` to weigh.
    name, slash, site = parts[0].rpartition("/")
    if slash and name.strip() and _names_the_site(site, page) and not _names_the_site(name, page):
        return name.strip()
    return parts[0]


def _once(text: str) -> str:
    """The name a byline box prints twice (RM.id: the photo's label and the name, `SUPRATMAN SUPRATMAN`), once, and
    without the bio under the second (`DR Ki Rohmad Hadiwijoyo DR Ki Rohmad Hadiwijoyo Dalang Wayang Politik`); else
    `text`. A one-word name said twice in title case is a person's (`Ahmad Ahmad`)."""
    words = text.split()
    for size in range(len(words) // 2, 0, -1):
        if words[:size] == words[size:2 * size] and (size > 1 or words[0].isupper()):
            return " ".join(words[:size])
    return text


def _linked_writers(element: etree._Element, page: Page) -> str | None:
    """The writers a byline element lists as links of their own, their texts run together (Liputan6 2021: `<span>oleh
    </span><a>Nanda Perdana Putra</a><a>Delvira Hutabarat</a> <span>diperbarui 20 Agu 2021, 15:35 WIB</span>`), joined
    by commas; None unless two links or more (a few), to pages of one folder, are people's names and the rest of the
    element is only the byline's label and a time."""
    anchors = list(islice(element.iter("a"), _MAX_LINKED_WRITERS + 1))
    links = [text for link in anchors if (text := element_text(link))]
    # Each writer's own page, all in one folder (`/me/nanda`, `/me/delvira`): no profile's or share button's link.
    pages = [(link.get("href") or "").rstrip("/") for link in anchors]
    if not 2 <= len(links) == len(anchors) <= _MAX_LINKED_WRITERS or len(set(pages)) < len(pages) \
            or len({address.rpartition("/")[0] for address in pages}) != 1 or not all(pages):
        return None
    rest = element_text(element)
    for text in links:
        rest = rest.replace(text, " ", 1)
    rest = _LABEL.sub("", rest.strip()).strip(" ,|-–—·•")
    if rest and ((when := parse_header_line(rest)) is None or when.author is not None):
        return None
    if not all(_CO_AUTHOR.fullmatch(text) and not _is_organization(text, page) and not _is_section_name(text)
               for text in links):
        return None
    return ", ".join(links)


def _writers(text: str, page: Page) -> str:
    """The names a byline lists before what follows them after a comma (a place, a title, an outlet)."""
    first, *rest = [part.strip() for part in text.split(",")]
    names = [first]
    for part in rest:
        if not _CO_AUTHOR.fullmatch(part) or _ROLE_PART.match(part) or _TEAM.match(part) or is_place_name(part) \
                or is_region(part.split()[-1]) or _is_organization(part, page) or _is_section_name(part) \
                or _is_day_name(part.split()[0]) \
                or len(", ".join([*names, part])) > _MAX_AUTHOR_CHARS:
            break
        names.append(part)
    return ", ".join(names)


def _byline_markup(page: Page) -> list[etree._Element]:
    """The byline elements in document order (from the class-name index: an XPath testing every
    element's class costs milliseconds on a large page), and the elements microdata marks as the author
    whatever their class (`<dd class="name" itemprop="author">Name</dd>`: a name alone on its line)."""
    elements = [element for element in page.index.with_class_part(*_AUTHOR_CLASS_PARTS)
                if element.tag in _AUTHOR_TAGS and not any(
                    part in (ancestor.get("class") or "") for ancestor in element.iterancestors()
                    for part in _OUTER_BYLINE_PARTS) and not _credits_a_photo(element)]
    marked = [element for element in page.index.with_attribute("itemprop")
              if "uthor" in (value := element.get("itemprop", "")) and "author" in value.lower().split()
              and element.tag not in _NO_TEXT_TAGS and element not in elements and not _credits_a_photo(element)]
    return page.index.in_document_order([*elements, *marked]) if marked else elements


def _credits_a_photo(element: etree._Element) -> bool:
    """`element`, its parent or its grandparent is a figure, or is named (class, id) for a photo or caption."""
    for node in islice(chain((element,), element.iterancestors()), 3):
        if node.tag in _PHOTO_TAGS or not PHOTO_WORDS.isdisjoint(named_words(node)):
            return True
    return False


def _is_organization(name: str, page: Page) -> bool:
    """`name` is a publisher: a company's words, an agency or outlet of the agency table (`CNN Indonesia`), the
    site's own name or its words without an article (`Jakarta Globe` on The Jakarta Globe), one word holding its
    host's brand (`kumparanNEWS` on kumparan.com), the brand spelled out (`The Jakarta Post` on thejakartapost.com), or
    the outlet's team, a desk that names no writer (`Tim detikcom`, `Tim Haibunda` on haibunda.com, `Tim TvOne` on
    tvonenews.com), an outlet's edition for a country (`ABC Australia`)."""
    site_name = (page.meta.get("og:site_name") or "").lower()
    brand = host_brand(page.url)
    lowered = name.lower()
    if (team := _TEAM.match(name.strip())) and (desk := name.strip()[team.end():].strip()):
        letters = _NOT_LETTER.sub("", desk.lower())
        return _is_organization(desk, page) or _is_section_name(desk) or (
            len(brand) > 3 and len(letters) > 3 and brand.startswith(letters))
    if (edition := _EDITION.fullmatch(name.strip())) and is_region(edition["region"]):
        return True
    return bool(_ORGANIZATION.search(name)) or (bool(site_name) and (
        site_name in lowered or site_name.removeprefix("the ") == lowered)) or (
        agency_name(name) is not None) or (len(brand) > 3 and " " not in name.strip() and brand in name.lower()) or (
        len(brand) > 3 and _NOT_LETTER.sub("", lowered).removeprefix("the") == brand.removeprefix("the"))


def _person(name: str, page: Page) -> str | None:
    """A header byline's name without the outlet, the place and the writer's role after it (`Budi Santoso, Okezone`,
    The Jakarta Post 2015: `Ina Parlina, The Jakarta Post, Jakarta | National | <time>`: a section follows the name after
    a bar; Okezone 2019: `Okky Wanda lestari, Jurnalis · <time>`); None when it names only a publisher (`CNN Indonesia |
    Senin, ...`), the outlet (`_holds_brand`), a place (`Jakarta - Senin, ...`) or a desk or the site's account (`Admin
    - Rabu, ...`, `Tim - ...`)."""
    parts = [part.strip() for part in name.split(" | ", 1)[0].split(",")]
    # The outlet's name may follow the writer's after a slash, in small letters as in its address (Okezone's photo
    # pages of 2014: `Arif Julianto/okezone, Jurnalis · Rabu 24 September 2014 18:43 WIB`): the writer's before it.
    writer, slash, outlet = parts[0].rpartition("/")
    if slash and writer.strip() and (_holds_brand(outlet, page) or _is_organization(outlet, page)):
        parts[0] = writer.strip()
    while len(parts) > 1 and (_is_organization(parts[-1], page) or is_gazetted(parts[-1]) or _ROLE_PART.match(parts[-1])):
        parts.pop()
    if len(parts) > 1 and _is_organization(parts[0], page):
        return None  # a publisher and where it filed from (`Reuters, Nusa Dua`)
    name = ", ".join(parts)
    # A rubric's heading before the time is the page's kicker, as a section's name is (`Cek Fakta | Senin, ...`).
    return None if _is_organization(name, page) or _is_section_name(name) or is_gazetted(name) or is_region(name) \
        or _holds_brand(name, page) or is_desk(name) or names_a_rubric(name) else name


def _holds_brand(name: str, page: Page) -> bool:
    """A word of `name` is the host's brand (`Astro Awani` over the time on astro.com.my): the outlet's name."""
    brand = host_brand(page.url)
    return len(brand) > 3 and brand in (word.lower() for word in _NAME_WORDS.findall(name))


def _without_team(name: str) -> str:
    """`name` without the outlet's team a writer's name is followed by (`Bella Ayu Kurnia Putri, Tim TvOne`)."""
    first, comma, rest = name.partition(",")
    return first.strip() if comma and first.strip() and _TEAM.match(rest.strip()) else name


def _is_day_name(name: str) -> bool:
    """`name` is a weekday or a month (`<div class="page-author">Senin, 12 Februari 2024 ...`: a time, cut at its
    comma)."""
    word = name.strip().lower()
    return weekday_number(word) is not None or month_number(word) is not None


def _is_section_name(name: str) -> bool:
    """`name` is made only of section and account words (`Nasional`, `Ekonomi & Bisnis`, `Admin`)."""
    words = _NAME_WORDS.findall(name.lower())
    return bool(words) and all(word in SECTION_WORDS for word in words)
