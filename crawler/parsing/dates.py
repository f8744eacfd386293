"""Dates as Indonesian agencies and outlets write them: Indonesian, Malay, English, Hijri, relative.

Header shapes of many outlets (`Selasa, 20 Mei 2025 00:30 WIB | 1.229 Views`,
`Bisnis.com15 Agustus 2019 | 14:20 WIB`, `3:25:50 sore`, `31-10-13`, `pukul 14.30`
with a base day), zones WIB/WITA/WIT in any case.

`parse_date` reads one date-bearing string (a header byline, a `<time>` text, a ticker
entry); `find_body_dates` lists every date written in an article body.  The known
shapes (see the project's format notes) go through compiled regexes and dict lookups;
`dateparser` is only a fallback for short strings, imported on first use.

Every function is total: bad input gives None or [], and only a bounded window of the
input is scanned, so no call is slow whatever it is given.

The shapes live beside this module: `date_words` (names, zones), `date_clock` (clocks),
`absolute_dates`, `year_less_dates`, `relative_dates` and `body_dates`.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime

from crawler.parsing.absolute_dates import (
    _FOUR_DIGITS, _clock_before_year, _first_gregorian, _iso, _numeric_hijri, _short_year_date, gregorian_dates,
    header_line_moment,
)
from crawler.parsing.body_dates import MAX_BODY_DATES, find_body_dates
from crawler.parsing.date_clock import (
    _BARE_TIME, _CLOCK_WEEKDAY_ENTRY, _WEEKDAY_CLOCK, DateSpan, _bare_time, _to_wib, _weekday_at_clock,
    _with_time, wall_clock_as_wib,
)
from crawler.parsing.date_words import LOCAL_TIME, fold, month_number, weekday_number
from crawler.parsing.hijri import HIJRI_DATE, find_hijri, hijri_month
from crawler.parsing.relative_dates import _relative
from crawler.parsing.year_less_dates import _day_month_date, _placed_dates, _year_less_dates, resolve_day_month
from crawler.times import WIB, WIT, WITA

# The public API, also what the other modules and the tests import from here.
__all__ = [
    "DEFAULT_LANGUAGES", "LOCAL_TIME", "MAX_BODY_DATES", "WIB", "WIT", "WITA", "DateSpan", "find_body_dates", "fold",
    "gregorian_dates", "month_number", "parse_date", "resolve_day_month", "wall_clock_as_wib", "weekday_number",
]

# A date string worth parsing is short; a header line with noise around it stays well under this.
_MAX_DATE_TEXT = 400
# dateparser is slow and eager (it reads "5" as a date): only short strings with a year reach it.
_MAX_FALLBACK_TEXT = 100
# What `dateparser` reads a string in when the caller names no language.
DEFAULT_LANGUAGES = ("id", "en")
_ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
# A header's zone printed before its clock, as a label (The Star's `Saturday, 12 August 2017 | MYT 12:00 AM`): the
# clock is that zone's, as when it follows (`12:00 AM MYT`), so it is read moved after it.
_ZONE_BEFORE_CLOCK = re.compile(r"(?<![A-Za-z])(WIB|WITA|WIT|MYT|SGT)\s{1,2}(\d{1,2}[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?)"
                                r"(?![\d:.A-Za-z])")
# GMT or UTC in parentheses before a date and its clock, as a notice labels the moment it states (`on (GMT) Sunday,
# June 26th, 2:00 am - 8:00 am`): the clock is that zone's, so the zone is read moved after it. A clock naming its own
# zone keeps it, and a parenthesis holding a clock (`16:05 WIB (09:05 GMT) June 4, 2024`) is no such label.
_PARENTHESIZED_ZONE_BEFORE_DATE = re.compile(
    r"\((GMT|UTC)([+-]\d{1,2}(?::?\d\d)?)?\)\s{1,3}([^()\d]{0,30}\d[^()]{0,40}?\d{1,2}[:.][0-5]\d(?:\s?[AaPp]\.?[Mm]\.?)?)"
    r"(?![\d:.A-Za-z]|\s?[AaPp]\.?[Mm]\b|\s{0,3}(?:(?-i:[A-Z]{2,4})\b|\(|[+-]\d))"
)
_FALLBACK_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# A blog template's date glued to its reading time (`17 Oct 20234 min read`, `17 DEC 20213 MIN READ`): the year is the
# first four digits, the rest are minutes. The next text node may touch the reading time (`3 min readIn the`).
_YEAR_GLUED_TO_READ_TIME = re.compile(
    r"(?<!\d)((?:19|20)\d\d)(?=\d{1,2}\s?(?:min|mins|minutes?|menit)\s(?:read|baca)(?:\b|(?-i:[A-Z])))",
    re.IGNORECASE,
)
# A byline's last word touching the capital of a month-first date, as a template joins its text nodes (`By
# JophinJanuary 4, 2024`, `Guest ContributorFeb 19, 2024`): read with a space between them, when no date is found
# without one.
_WORD_GLUED_TO_MONTH = re.compile(r"(?<=[a-z])(?=[A-Z][a-z]{2,8}\.?\s{1,3}[0-3]?\d(?!\d))")
# A template's month abbreviation touching its day (a blog card's `Sep20, 2023`): read with a space between them, where
# a comma and a year follow the day, when no date is found without one. A word that is no month stays no date.
_MONTH_GLUED_TO_DAY = re.compile(r"(?<![A-Za-z])([A-Z][a-z]{2,8}|[A-Z]{3,9})(?=[0-3]?\d,\s{0,3}(?:19|20)\d\d)")
# A weekday's day with a comma after it, before the month and the year (`1 Ramadhan 1442 H jatuh pada Selasa 13, April
# 2021`, as a page copied its date): read without the comma, when no date is found with it. Only after a weekday: a
# number with a comma before a month and a year is as often an issue's or a list's (`Vol. 3 No. 1, Januari 2015`,
# `server 1, Januari 2025`).
_WEEKDAY_DAY_COMMA_MONTH = re.compile(
    r"(?<![A-Za-z'])([A-Za-z']{3,9}),?\s{1,3}([0-3]?\d),(?=\s{1,3}[A-Za-z]{3,9}\.?\s{1,3}(?:19|20)\d\d(?!\d))"
)
# What joins a Gregorian date to the Hijri date restating it (`25 September 2025 bertepatan dengan 13 Rabiul Awal 1447
# H`, `17 Juni 2024 / 10 Dzulhijjah 1445 H`, `16 June 2024 (10 Dhul Hijjah 1445 AH)`, MINA's `Sabtu, 29 Maret 2025
# bertepatan 29 Ramadhan 1446 H` without its `dengan`), and the era closing a Hijri date; a clock after them is the
# date's (`... 1447 H pukul 19.00 WIB`).
_HIJRI_RESTATING_JOIN = re.compile(
    r"\s{0,3}(?:M\.?\s{0,3})?(?:(?:bertepatan|bersamaan)(?:\s{1,3}dengan)?|atau|/|=|\()\s{0,3}", re.IGNORECASE
)
_HIJRI_ERA = re.compile(r"\s{0,2}(?:AH|H|Hijriah|Hijriyah|Hijrah)\b\.?\)?", re.IGNORECASE)
# Arabic vowel marks and the tatweel say nothing of a date, and a page may write its month names with them (a Hijri
# calendar API's `شَوّال`, `رَبيع الأوَّل`): left out of a date string before it is read, as if never written.
_ARABIC_MARKS = re.compile(r"[\u0640\u064B-\u065F\u0670]+")
# PHP prints an empty date (`0000-00-00`) with the year `-0001`, and a Joomla page keeps it in its header (`نشر بتاريخ:
# الإثنين، 30 تشرين2/نوفمبر -0001 00:00`): no date, not the day and month before it in the base's year.
_EMPTY_DATE_YEAR = re.compile(r"(?<![\w-])-0001(?!\d)")


def _dateparser(text: str, base: datetime | date | None, languages: list[str] | None) -> datetime | None:
    if len(text) > _MAX_FALLBACK_TEXT or not _FALLBACK_YEAR.search(text):
        return None
    try:
        import dateparser  # noqa: PLC0415 - slow to import, rarely needed

        # REQUIRE_PARTS: a string naming only a year (or a month and a year) is not a date;
        # dateparser would fill the missing parts from today. Its relative parser is left out: relative times are
        # read before this fallback, and it takes counts for durations without `ago` (`1445 H / 2024 M` as 1445 hours
        # and 2024 minutes back, `tanggal 11 bulan 6 tahun 2024` as 11 months and 6 years back).
        # WIB as the fixed +07:00 it is, not the zone `Asia/Jakarta`: the zone's history gives a date before 1964
        # another offset (`August 1945, 17` came back at +09:00, the occupation's clock, 16 August 22:00 in WIB).
        settings = {"TIMEZONE": "+0700", "RETURN_AS_TIMEZONE_AWARE": True, "DATE_ORDER": "DMY",
                    "REQUIRE_PARTS": ["day", "month", "year"],
                    "PARSERS": ["timestamp", "custom-formats", "absolute-time"]}
        if base is not None:
            settings["RELATIVE_BASE"] = _to_wib(base).replace(tzinfo=None)
        parsed = dateparser.parse(text, languages=languages or list(DEFAULT_LANGUAGES), settings=settings)
    except Exception:  # noqa: BLE001 - a fallback must never take the caller down
        return None
    return parsed if isinstance(parsed, datetime) else None


def _weekday_day_without_comma(found: re.Match[str]) -> str:
    return f"{found[1]} {found[2]}" if weekday_number(found[1]) is not None else found[0]


def _past_hijri_era(text: str, end: int) -> int:
    era = _HIJRI_ERA.match(text, end)
    return era.end() if era is not None else end


def _past_hijri_restatement(text: str, found: DateSpan) -> DateSpan:
    """`found`, through the Hijri date written after it as the same day, so that a clock after the pair is read."""
    join = _HIJRI_RESTATING_JOIN.match(text, found.end)
    hijri = HIJRI_DATE.match(text, join.end()) if join is not None else None
    if hijri is None or hijri_month(hijri["month"]) is None:
        return found
    return found._replace(end=_past_hijri_era(text, hijri.end()))


def _wall_clock(moment: datetime) -> tuple[date, int, int]:
    return moment.date(), moment.hour, moment.minute


def _written_moment_before(window: str, stamp_start: int) -> datetime | None:
    """The date and clock a header writes before an ISO stamp, which is then another moment of the page, its update's
    (a blog theme's `Sabtu, 04 Januari 2025, 5:48:00 PM WIB` over `Last Updated 2025-01-04T22:26:05Z`); None when no
    date with its clock comes first, as the stamp is then the moment (`12 Februari 2024 (2024-02-12T10:15:00+07:00)`)."""
    if not _FOUR_DIGITS.search(window, 0, stamp_start):
        return None  # the common case: the stamp comes first, or alone
    written = _first_gregorian(window[:stamp_start])
    moment = _with_time(window[:stamp_start], written) if written is not None else None
    return moment if moment is not None and (moment.hour or moment.minute or moment.second) else None


def parse_date(text: str, *, base: datetime | date | None = None,
               languages: list[str] | None = None) -> datetime | None:
    """The date and time a string states, timezone-aware (WIB unless it names WITA, WIT or an offset).

    `base` is the reference for relative times (`6 hours ago`, default now), year-less
    body dates (`Senin (22/4)`) and bare times (`17:15:32`); without it those last two
    give None.  ISO 8601 keeps its written offset.  A Gregorian date wins over a Hijri one;
    a date-only result is midnight WIB.  `languages` only steers the dateparser fallback.
    """
    if not isinstance(text, str) or not text:
        return None
    window = text[: _MAX_DATE_TEXT * 2]
    if "&" in window:
        window = html.unescape(window)
    window = fold(window[:_MAX_DATE_TEXT])
    if not window.isascii():
        window = _ARABIC_MARKS.sub("", window)
    if "WI" in window or "MYT" in window or "SGT" in window:  # the zone names `_ZONE_BEFORE_CLOCK` looks for
        window = _ZONE_BEFORE_CLOCK.sub(r"\2 \1", window)
    if "(GMT" in window or "(UTC" in window:
        window = _PARENTHESIZED_ZONE_BEFORE_DATE.sub(r"\3 \1\2", window, count=1)
    header_line = header_line_moment(window)
    if header_line is not None:
        return header_line
    return _read_shapes(window, base, languages)


def _read_shapes(window: str, base: datetime | date | None, languages: list[str] | None) -> datetime | None:
    """`parse_date` on a folded window: each known shape in turn, the most trusted first, then dateparser."""
    if not _ANY_DIGIT.search(window):
        return _relative(window, base)
    # ISO, Gregorian and Hijri dates write a four-digit year; a header without one is a clock, a short year or a
    # year-less date.
    has_year = _FOUR_DIGITS.search(window) is not None
    if has_year and "-0001" in window and _EMPTY_DATE_YEAR.search(window):
        return None
    if has_year:
        iso = _iso(window)
        if iso is not None:
            written = _written_moment_before(window, iso[1])
            # The same wall clock is the same moment, whose zone the stamp says (`3 Juni 2024 14:05
            # (2024-06-03T14:05:00+08:00)`).
            same_clock = written is not None and _wall_clock(written) == _wall_clock(iso[0])
            return written if written is not None and not same_clock else iso[0]
    gregorian = (_first_gregorian(window) if has_year else None) or _short_year_date(window, base)
    if gregorian is None and has_year:
        parted = _WORD_GLUED_TO_MONTH.sub(" ", _YEAR_GLUED_TO_READ_TIME.sub(r"\1 ", window))
        parted = _MONTH_GLUED_TO_DAY.sub(r"\1 ", parted)
        if "," in parted:
            parted = _WEEKDAY_DAY_COMMA_MONTH.sub(_weekday_day_without_comma, parted)
        if parted != window and (gregorian := _first_gregorian(parted)) is not None:
            window = parted
    if gregorian is not None:
        moment = _with_time(window, gregorian)
        if moment.hour or moment.minute or moment.second:
            return moment
        # No clock at the date: it may follow the Hijri date restating it (looked for only here, as it is rare).
        restated = _past_hijri_restatement(window, gregorian)
        return moment if restated is gregorian else _with_time(window, restated)
    if has_year and ":" in window:
        moment = _clock_before_year(window)
        if moment is not None:
            return moment
    # A clock alone (`pukul 14.30`) is no later shape: read before them. After the short year, which reads
    # `17.08.19` as a date.
    bare = _BARE_TIME.match(window)
    if bare:
        return _bare_time(bare, base) if base is not None else None
    if has_year:
        hijri = find_hijri(window)
        if hijri is not None and hijri[1] is not None:
            # A clock after its era is its time (`1 Syawal 1446 H pukul 07.00 WIB`).
            written = hijri[0]
            return _with_time(window, DateSpan(written.start(), _past_hijri_era(window, written.end()), hijri[1]))
        numeric_hijri = _numeric_hijri(window)
        if numeric_hijri is not None:
            # A clock after it is its time (a Saudi header's `1437-03-13 05:44 مساءً`).
            return _with_time(window, numeric_hijri)
    relative = _relative(window, base)
    if relative is not None:
        return relative
    year_less = _year_less_dates(window, base)
    if year_less:
        return _with_time(window, min(year_less, key=lambda found: found.start))
    day_month = _day_month_date(window, base) if base is not None else None
    if day_month is not None:
        # A word after the first day places it in its year as in a body (`dijual pada 18 Juni mendatang` is the
        # coming June, not the last one): not so a placed day after the first date.
        placed = min(_placed_dates(window, base), key=lambda found: found.start, default=None)
        if placed is not None and placed.start <= day_month.start:
            day_month = placed
        return _with_time(window, day_month)
    # A weekday and a clock (`Senin, 14:30 WIB`, a ticker's `10.45am, WED: ...`, an hour `Senin pukul 9 pagi`): last, as
    # no other shape reads them.
    if base is not None and not has_year:
        weekday_clock = _WEEKDAY_CLOCK.match(window) or _CLOCK_WEEKDAY_ENTRY.match(window)
        if weekday_clock is not None and (weekday := weekday_number(weekday_clock["weekday"])) is not None:
            return _weekday_at_clock(weekday_clock, weekday, base)
    return _dateparser(window.strip(), base, languages)
