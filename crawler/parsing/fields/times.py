"""`published_at`, `modified_at` and `mentioned_dates`.

`published_at`, in order of preference (the first that gives a time wins):

1. The visible header time with WIB/WITA/WIT (`Rana Setiawan - Jumat, 15 Februari 2019 -
   23:14 WIB`, 2018: `Monday, 19 March 2018 | 12:56 WIB`): what a reader sees, minute
   precision. A machine-readable timestamp (JSON-LD, `article:published_time`,
   `time[datetime]`) that agrees with it to the minute (read as the site's wall clock when
   its offset is `+00:00`, or as true UTC) supplies the seconds. Outside a known header container the lines
   between the headline and the body are read first, and only a time with its zone (any
   case) counts, or a zoneless clock in the few lines right under the headline, read as the
   site's wall clock (tickers, "popular" and related lists show other articles' times); a
   header date without a clock comes after step 3. A clock naming no zone that a machine time shows as its own wall
   clock in another zone (`14:05` beside `14:05:00+08:00`, or beside true UTC 8 or 9 hours behind) is in that zone.
2. JSON-LD `datePublished`, then the publication meta tag (`article:published_time`, else microdata
   `datePublished`, `pubdate`, `publishdate`, `content_PublishedDate`, `article.published`, Dublin Core), with an
   explicit non-zero offset (a stray `Z` after it ignored). A Unix time counts as one; a value in another shape than
   ISO 8601 (`201511261006`, `2025-05-12T14:30:00GMT+7`, `15.09.2025 11:10:00`) is read as a header is.
3. A `+00:00` JSON-LD, meta or entry time that another of the page's `+00:00` or zone-less timestamps shows to be
   true UTC (the other is 7, 8 or 9 hours ahead: a local clock with a wrong offset). Else the entry's `time[datetime]`
   (or an hAtom `abbr[title]`), then a `+00:00` / offset-less meta or JSON-LD value: some
   WordPress sites write their local wall clock with a wrong `+00:00`, so the wall clock is
   kept and read in the site's zone (`SiteProfile.timezone`, WIB by default); an entry time's own non-zero offset
   is its moment's (a blog left in Blogger's Pacific zone: `2017-04-29T19:21:00-07:00` is 09:21 WIB on the 30th).
4. The dateline's Gregorian date (long 2012-2017 datelines), at midnight.
5. A relative header time (`6 hours ago`) counted back from `fetched_at`.
6. The date of the article's URL path, written year, month, day as its own segments (`/2019/07/09/<slug>`,
   WordPress permalinks, `/read/2014/09/25/...`), at midnight: a permalink's date is its publication day.

All times are written in WIB (`+07:00`); a header time labelled as an update (`Diperbarui ...`) is never the
publication's. `modified_at` comes from
`article:modified_time`, JSON-LD `dateModified` or `time.updated`, read the same way
(explicit non-zero offsets converted, `+00:00` read as the site's wall clock), else the header's update time,
else null; a page
whose `+00:00` publication time is true UTC (it converts to the publication time found) has its
modification time converted too.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from crawler.parsing.dates import DEFAULT_LANGUAGES, LOCAL_TIME, WIB, find_body_dates, parse_date
from crawler.parsing.page import Page
from crawler.parsing.dateline import Dateline
from crawler.parsing.credits import HeaderByline

_CLOCK = re.compile(r"\d[:.]\d\d")
# A header date in figures alone (`Thu, 03/12/2009 - 10:15`): month and day may be read either way round when both are
# twelve or less, and the dateline's date, written out, says which (`KOTA KINABALU (Malaysia), March 12 (Bernama)`).
_FIGURES_DATE = re.compile(r"(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?!\d)")
# `/2019/07/09/`: a year, a month and a day as three path segments of their own.
_PATH_DATE = re.compile(r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])(?=/)")
# ...or the other way round, day first as Indonesian pages write a date (SumutPos's
# `/metropolis/06/02/2020/antisipasi-virus-corona-...`, 6 February 2020).
_DAY_FIRST_PATH_DATE = re.compile(r"/(0[1-9]|[12]\d|3[01])/(0[1-9]|1[0-2])/((?:19|20)\d\d)(?=/)")
_OFFSET_END = re.compile(r"T\d\d:\d\d(?::\d\d(?:\.\d+)?)?[+-]\d\d:?\d\d$")
# WIB, WITA, WIT ahead of UTC; the `time[datetime]` elements looked at for a page's other clock.
_ZONE_OFFSETS = frozenset(timedelta(hours=hours) for hours in (7, 8, 9))
_MAX_TIME_ELEMENTS = 5
# Unix times of the years news sites have stamped (10 digits from 2001 on, 13 in milliseconds).
_UNIX_TIME_DIGITS = (10, 13)
_UNIX_TIME_YEARS = (2001, 2100)
_COMPACT_STAMP = re.compile(r"((?:19|20)\d\d)([01]\d)([0-3]\d)([0-2]\d)([0-5]\d)([0-5]\d)?")
_STAMP_YEAR = re.compile(r"(?:19|20)\d\d")
_STAMP_CLOCK = re.compile(r"(?<![\d:])(\d{1,2}):(\d\d)")
# A zone a metadata time names: an offset after its clock, or a zone's name (`GMT+7`, `WIB`, `Z`).
_ZONE_WRITTEN = re.compile(r"\d:\d\d(?::\d\d(?:\.\d+)?)?\s*(?:[+-]\d|Z\b)|(?<![A-Za-z])(?:GMT|UTC|WIB|WITA|WIT|MYT)"
                           r"(?![A-Za-z])", re.IGNORECASE)
# A zone written in a header line (`WIB`, `MYT`, `GMT+8`, `+08:00`, `PDT`, `waktu Malaysia`, `Jakarta time`): its clock
# is read in it, not in another's.
_ZONE_NAMED = re.compile(r"(?<![A-Za-z])(?:(?i:WIB|WITA|WIT|WP|GMT|UTC|MYT|SGT|waktu|time)|[PE][SD]T|WAS)(?![A-Za-z])"
                         r"|\d[:.]\d\d(?::\d\d)?\s?[+-]\d\d:?\d\d")
_UPDATED_TIME = etree.XPath("//time[contains(concat(' ', normalize-space(@class), ' '), ' updated ')"
                            " and not(contains(@class, 'published')) and not(contains(@class, 'entry-date'))]"
                            "[@datetime]")


def iso(moment: datetime | None) -> str | None:
    return moment.astimezone(WIB).isoformat(timespec="seconds") if moment is not None else None


class DeclaredTimes(NamedTuple):
    """The page's machine-readable publication times (JSON-LD, meta, the entry's `time[datetime]`)."""

    jsonld: datetime | None
    meta: datetime | None
    entry: datetime | None


# Meta tags stating the publication time, `article:published_time` first (also under an `og:` prefix): microdata
# (`itemprop=datePublished`, ANTARA), `pubdate`, `publishdate` and `dtk:publishdate` (Detik), `content_PublishedDate`
# (Kompas), `article.published` and `pub_date` (Merdeka), Dublin Core (`dcterms.issued` also spelt `dc.terms.issued`,
# last its plain `dc.date`).
_PUBLISHED_META = ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "publishdate",
                   "dtk:publishdate", "publish-date", "content_publisheddate", "article.published", "pub_date",
                   "dc.date.issued", "dcterms.issued", "dc.terms.issued", "dcterms.created", "dc.date")


def declared_times(page: Page) -> DeclaredTimes:
    zone = page.profile.timezone
    meta = next((moment for key in _PUBLISHED_META if (moment := _machine_time(page.meta.get(key), zone))), None)
    return DeclaredTimes(_machine_time(page.jsonld.get("datePublished"), zone), meta, _entry_time(page, zone))


def published_at(page: Page, header: HeaderByline | None, dateline: Dateline | None, fetched: datetime,
                 language: str | None, declared: DeclaredTimes | None = None,
                 visible_times: dict[tuple[str, ...], datetime | None] | None = None) -> tuple[datetime | None, str | None]:
    """`declared`: the page's `declared_times`, when the caller has them already. `visible_times`: the header's
    time as read in each language list so far, for a caller asking twice about one page (filled in)."""
    zone = page.profile.timezone
    jsonld, meta, entry = declared if declared is not None else declared_times(page)
    machine = [m for m in (jsonld, meta, entry) if m is not None]
    # The languages only steer `parse_date`'s fallback, whose default they spell out for a page of no language.
    languages = list(DEFAULT_LANGUAGES) if language is None else [language, "en"] if language != "en" else ["en"]
    visible = None
    if header is not None and not header.relative:
        visible_times = {} if visible_times is None else visible_times
        if tuple(languages) not in visible_times:
            read = parse_date(header.when, languages=languages)
            visible_times[tuple(languages)] = read.astimezone(WIB) if read is not None and read.tzinfo is not None \
                else None
        visible = visible_times[tuple(languages)]
        if visible is not None and dateline is not None and dateline.date is not None and (
                visible.day != visible.month and (visible.year, visible.month, visible.day) == (
                    dateline.date.year, dateline.date.day, dateline.date.month)) and _FIGURES_DATE.search(header.when):
            # OANA's copy of Bernama: `Thu, 03/12/2009 - 10:15` over `..., March 12 (Bernama) --` is 12 March.
            visible = visible.replace(month=dateline.date.month, day=dateline.date.day)
    # A clock in local time (`14:30 waktu setempat`) is unread: the header gives only its date.
    if visible is not None and _CLOCK.search(header.when) and not LOCAL_TIME.search(header.when):
        for moment in machine:
            # A `+00:00` agrees as the mislabelled wall clock or as true UTC.
            for precise in dict.fromkeys((_local(moment, zone), moment.astimezone(WIB))):
                if _same_minute(precise, visible):
                    return precise.astimezone(WIB), "text"
        if not _ZONE_NAMED.search(header.when):
            for moment in machine:
                if (zoned := _in_wall_clock_zone(moment, visible)) is not None:
                    return zoned, "text"
        return visible, "text"
    for moment, source in ((jsonld, "jsonld"), (meta, "meta")):
        if moment is not None and _has_real_offset(moment):
            return moment.astimezone(WIB), source
    if (utc := _true_utc(page, ((jsonld, "jsonld"), (meta, "meta"), (entry, "wordpress")))) is not None:
        return utc[0].astimezone(WIB), utc[1]
    for moment, source in ((entry, "wordpress"), (jsonld, "jsonld"), (meta, "meta")):
        if moment is not None:
            return _local(moment, zone), source
    if visible is not None:  # a header date without its time
        return visible, "text"
    dateline_date = dateline.date if dateline is not None else None
    if dateline_date is not None:
        return datetime(dateline_date.year, dateline_date.month, dateline_date.day, tzinfo=zone), "dateline"
    if header is not None and header.relative:
        relative = parse_date(header.when, base=fetched, languages=languages)
        if relative is not None:
            return relative.astimezone(WIB), "relative"
    path_day = _path_date(page.url, fetched, zone)
    if path_day is not None:
        return path_day, "url"
    return None, None


def _path_date(url: str, fetched: datetime, zone: tzinfo) -> datetime | None:
    """The day an article's URL path names as year, month and day segments (or day, month and year), if it is a real
    day not after the fetch."""
    path = urlsplit(url).path if url else ""
    match = _PATH_DATE.search(path)
    if match is not None:
        year, month, day_number = match[1], match[2], match[3]
    elif (match := _DAY_FIRST_PATH_DATE.search(path)) is not None:
        day_number, month, year = match[1], match[2], match[3]
    else:
        return None
    try:
        day = datetime(int(year), int(month), int(day_number), tzinfo=zone)
    except ValueError:
        return None
    return day if day.date() <= fetched.astimezone(zone).date() else None


def modified_at(page: Page, published: datetime | None = None, declared: DeclaredTimes | None = None,
                header_update: str | None = None) -> tuple[str | None, str | None]:
    """The declared modification time, else the header's update time (`header_update`: `Diperbarui 12 Feb
    2024, 13:30 WIB`); none when JSON-LD writes one value as its creation and
    modification time (a template filling every date field with the publication time). `published`:
    the publication time found, which tells whether the page's `+00:00` times are true UTC (`declared`: the
    page's `declared_times`, when the caller has them)."""
    zone = page.profile.timezone
    declared = declared if declared is not None else declared_times(page)
    true_utc = published is not None and any(
        moment is not None and not _has_real_offset(moment) and _same_minute(moment, published)
        for moment in (declared.jsonld, declared.meta))
    created = page.jsonld.get("dateCreated")
    if created is not None and created == page.jsonld.get("dateModified"):
        return None, None
    candidates: list[tuple[Callable[[], Any], str]] = [
        (lambda: page.meta.get("article:modified_time") or page.meta.get("og:updated_time"), "meta"),
        (lambda: page.jsonld.get("dateModified"), "jsonld"),
        (lambda: next((e.get("datetime") for e in _UPDATED_TIME(page.scope)), None)
         if page.index.by_tag["time"] else None, "wordpress"),
    ]
    for read, source in candidates:
        moment = _machine_time(read(), zone)
        if moment is not None:
            return iso(moment if true_utc else _local(moment, zone)), source
    updated = parse_date(header_update) if header_update else None
    if updated is not None and (published is None or updated >= published):
        return iso(updated), "text"
    return None, None


def _in_wall_clock_zone(moment: datetime, visible: datetime) -> datetime | None:
    """`moment` in WIB when a header clock that names no zone is its wall clock: in its own offset (a WITA or Malaysian
    site's `14:05` beside `14:05:00+08:00`), or, for a `+00:00`, in a zone of the region 8 or 9 hours ahead of true
    UTC (`22:07` beside `14:07:00+00:00`). The header's clock is the site's; the machine time says in which zone."""
    wall = visible.replace(tzinfo=None)
    offsets = (moment.utcoffset(),) if _has_real_offset(moment) else _ZONE_OFFSETS
    for offset in offsets:
        if _same_minute((moment.replace(tzinfo=None) - moment.utcoffset() + offset), wall):
            return moment.astimezone(WIB)
    return None


def _same_minute(first: datetime, second: datetime) -> bool:
    return first.replace(second=0, microsecond=0) == second.replace(second=0, microsecond=0)


def mentioned_dates(body: str, published: datetime | None) -> list[dict[str, str]]:
    if not body:
        return []
    found = []
    for entry in find_body_dates(body, published):
        date = entry.get("date")
        text = entry.get("text")
        if date is None or not text:
            continue
        found.append({"text": text, "date": date if isinstance(date, str) else date.isoformat()[:10]})
    return found


def _machine_time(value: Any, zone: tzinfo) -> datetime | None:
    """An ISO 8601 timestamp from metadata (naive ones are in the site's zone), else one of the other shapes sites
    write there (`_other_stamp`)."""
    if not isinstance(value, str):
        return None
    written = value.strip()[:40]
    value = written.replace(" T", "T").replace("/", "-")  # `2015-11-05 T10:08:58Z`, `2016/02/16 14:38:23`
    if value.endswith(("Z", "z")):
        # A `Z` after a written offset is a stray one (Merdeka's `2015-06-19T03:40:00+07:00Z`): the offset counts.
        value = value[:-1] if _OFFSET_END.search(value[:-1]) else value[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return _other_stamp(written, zone)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=zone)


def _other_stamp(value: str, zone: tzinfo) -> datetime | None:
    """A metadata time that is no ISO 8601: a Unix time in seconds or milliseconds (`1534810765`), a wall clock's
    digits run together (`20250512143000`, `201511261006`), or a date as header lines write it (`Tue, 14 May 2024
    08:00:00 GMT`, `2025-05-12T14:30:00GMT+7`, `January 15, 2024`); zone-less ones are in the site's zone."""
    if value.isdigit():
        if len(value) in _UNIX_TIME_DIGITS:
            moment = datetime.fromtimestamp(int(value) / 10 ** (len(value) - 10), WIB)
            return moment if _UNIX_TIME_YEARS[0] <= moment.year <= _UNIX_TIME_YEARS[1] else None
        if (compact := _COMPACT_STAMP.fullmatch(value)) is None:
            return None
        try:
            return datetime(*(int(part) for part in compact.groups(default="0")), tzinfo=zone)
        except ValueError:
            return None
    if not _STAMP_YEAR.search(value) or (moment := parse_date(value)) is None:
        return None
    if (clock := _STAMP_CLOCK.search(value)) is not None and (
            int(clock[1]) % 12, int(clock[2])) != (moment.hour % 12, moment.minute):
        return None  # a clock it wrote that the reading lost (`2024-05-14T8:00:00+07:00`)
    return moment if _ZONE_WRITTEN.search(value) else moment.replace(tzinfo=zone)


def _has_real_offset(moment: datetime) -> bool:
    offset = moment.utcoffset()
    return offset is not None and offset != timedelta(0)


def _true_utc(page: Page, candidates: tuple[tuple[datetime | None, str], ...]) -> tuple[datetime, str] | None:
    """The first `+00:00` candidate (time, source) that is true UTC: another of the page's timestamps, zone-less or
    `+00:00` too, is its clock in one of Indonesia's zones (Metro Bali: JSON-LD `06:59:48+00:00`, the theme's
    `time[datetime]` `14:59:48+00:00`, Bali's WITA clock mislabelled)."""
    zero = [(moment, source) for moment, source in candidates if moment is not None and not _has_real_offset(moment)]
    if not zero:
        return None
    clocks = [moment.replace(tzinfo=None) for moment, _ in zero]
    for element in page.index.by_tag["time"][:_MAX_TIME_ELEMENTS]:
        if (other := _machine_time(element.get("datetime"), timezone.utc)) is not None \
                and not _has_real_offset(other):
            clocks.append(other.replace(tzinfo=None))
    for moment, source in zero:
        if any(clock - moment.replace(tzinfo=None) in _ZONE_OFFSETS for clock in clocks):
            return moment, source
    return None


def _wall_clock(moment: datetime, zone: tzinfo) -> datetime:
    """The same wall clock in the site's zone: a `+00:00` that mislabels a local time."""
    return moment.replace(tzinfo=zone)


def _local(moment: datetime, zone: tzinfo) -> datetime:
    """Explicit non-zero offsets are converted; a `+00:00` is the site's wall clock mislabelled."""
    return moment.astimezone(WIB) if _has_real_offset(moment) else _wall_clock(moment, zone)


def _entry_time(page: Page, zone: tzinfo) -> datetime | None:
    for selectors, _ in page.strategies("date"):
        for selector in selectors:
            for element in page.select(page.scope, selector):
                if isinstance(element, etree._Element) and (
                        moment := _machine_time(element.get("datetime") or element.get("title"), zone)):
                    return moment
    return None
