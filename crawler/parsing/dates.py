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
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left
from collections.abc import Callable
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from crawler.times import WIB, WIT, WITA
from crawler.parsing.hijri import HIJRI_DATE, find_hijri, hijri_month, hijri_to_gregorian

# `WP` (Waktu Papua) is WIT as Papuan outlets write it (`pukul 19.20 WP`). Malaysian and Singaporean pages write their
# own zone (`November 22, 2021 23:59 MYT`), feeds of blog hosts and wires American ones (`30 Aug 2014 02:47 PM PDT`,
# `January 2, 2024 at 6:52 am EST`), only in capitals.
_ZONES: dict[str, tzinfo] = {"WIB": WIB, "WITA": WITA, "WIT": WIT, "WP": WIT, "GMT": timezone.utc,
                             "UTC": timezone.utc, "Z": timezone.utc, "MYT": timezone(timedelta(hours=8), "MYT"),
                             "SGT": timezone(timedelta(hours=8), "SGT"), "PDT": timezone(timedelta(hours=-7), "PDT"),
                             "PST": timezone(timedelta(hours=-8), "PST"),
                             "EDT": timezone(timedelta(hours=-4), "EDT"), "EST": timezone(timedelta(hours=-5), "EST")}

# A date string worth parsing is short; a header line with noise around it stays well under this.
_MAX_DATE_TEXT = 400
# Bodies longer than this are not articles; dates beyond it are not looked for.
_MAX_BODY_TEXT = 200_000
# Every body date has a day number; the text this far before and after one is scanned
# (more than the longest shape reaches: `Wednesday afternoon (September 25th)`).
_WINDOW_BEFORE = 64
_WINDOW_AFTER = 48
# At most this much text around day numbers is scanned per body (a hundred dates and more),
# and at most this many digit runs looked at (the real article bodies at hand have at most 61): both keep
# number-dense junk cheap.
_MAX_SCANNED_BODY = 8_000
_MAX_DIGIT_RUNS = 2_500
# A window grows over the day numbers close together up to this size; the next one overlaps it. The dates a
# body reports stop at MAX_BODY_DATES, as the schema says (a calendar's, a schedule's): windows beyond are not read.
_MAX_WINDOW = 1_000
MAX_BODY_DATES = 100
# dateparser is slow and eager (it reads "5" as a date): only short strings with a year reach it.
_MAX_FALLBACK_TEXT = 100
# What `dateparser` reads a string in when the caller names no language.
DEFAULT_LANGUAGES = ("id", "en")
# A year-less date just after the publication time is taken as upcoming only within this window.
_UPCOMING_WINDOW = timedelta(days=45)

# One-to-one character folding, so that offsets in the folded text are offsets in the original.
_FOLD = str.maketrans({
    "’": "'", "‘": "'", "`": "'", "ʼ": "'", "′": "'",
    "–": "-", "—": "-", "−": "-", "‒": "-", "‐": "-", "‑": "-", "―": "-", "⁃": "-", "﹣": "-", "－": "-",
    "\u060c": ",",  # Arabic comma
    "\xa0": " ", "\u3164": " ", "\u200b": " ", "\u2009": " ", "\u202f": " ", "\ufeff": " ",
    **{chr(0x0660 + i): str(i) for i in range(10)},  # Arabic-Indic digits
    **{chr(0x06F0 + i): str(i) for i in range(10)},  # Extended (Persian) digits
})


def fold(text: str) -> str:
    """Apostrophes, dashes, odd spaces, Arabic commas and digits made ASCII, one character for one."""
    if text.isascii() and "`" not in text:
        return text  # nothing to fold, and translate() is slow
    return text.translate(_FOLD)


def _month_table() -> dict[str, int]:
    full_names = (
        ("januari", "january"), ("februari", "pebruari", "february"), ("maret", "march"),
        ("april",), ("mei", "may"), ("juni", "june"), ("juli", "july"), ("agustus", "august"),
        ("september",), ("oktober", "october"), ("november", "nopember"), ("desember", "december"),
    )
    table: dict[str, int] = {}
    for month, names in enumerate(full_names, start=1):
        for name in names:
            # Every prefix of three letters or more is an abbreviation in use (Agu, Okt, Sept...).
            for end in range(3, len(name) + 1):
                table[name[:end]] = month
    table.update({"agt": 8, "ags": 8, "agst": 8, "peb": 2, "nop": 11, "okt": 10, "des": 12})
    # Malay names that differ from the Indonesian ones.
    table.update({"mac": 3, "julai": 7, "ogos": 8, "ogo": 8, "ogs": 8, "disember": 12, "dis": 12})
    # Arabic (ar edition): Egyptian/Gulf names and the Levantine ones (two words written with one space).
    for month, names in enumerate((
        ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "ابريل", "إبريل", "نيسان"),
        ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"),
        ("أغسطس", "اغسطس", "آب"), ("سبتمبر", "أيلول"), ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
        ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول", "كانون الاول"),
    ), start=1):
        table.update(dict.fromkeys(names, month))
    return table


_MONTHS = _month_table()

_WEEKDAYS: dict[str, int] = {
    "senin": 0, "selasa": 1, "rabu": 2, "kamis": 3, "jumat": 4, "sabtu": 5, "minggu": 6,
    "ahad": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6, "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3,
    "thurs": 3, "fri": 4, "sat": 5, "sun": 6, "sen": 0, "sel": 1, "rab": 2, "kam": 3,
    "jum": 4, "sab": 5, "isnin": 0, "khamis": 3, "jumaat": 4,  # the last three Malay
    "الإثنين": 0, "الاثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3, "الجمعة": 4,
    "السبت": 5, "الأحد": 6, "الاحد": 6,
}


def month_number(word: str) -> int | None:
    """1-12 for an Indonesian or English month name or abbreviation, else None."""
    return _MONTHS.get(word.lower().rstrip("."))


def _arabic_month_number(name: str) -> int | None:
    """The month of an Arabic month name as `_ARABIC_MON` matches it (two words, or two names with a slash)."""
    return month_number(" ".join(name.split("/")[0].split()))


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for an Indonesian, English or Arabic day name (`Ahad`, `Jum'at`, `الخميس`), else None."""
    return _WEEKDAYS.get(word.lower().replace("'", ""))


# --- patterns (all on folded text; quantifiers bounded so that matching stays linear) -------

_WORD = r"[A-Za-z][A-Za-z']{1,9}"
# An Arabic weekday has its article (`الخميس`).
_ARABIC_WEEKDAY = r"ال[\u0621-\u064A]{3,6}"
# A weekday as a word: a Latin one ends at a space, a comma or a parenthesis; an Arabic one may touch the day
# (`الإثنين14 أبريل`).
_WEEKDAY_WORD = rf"(?:{_WORD}(?=[,\s(])|{_ARABIC_WEEKDAY})"
_MON = r"(?:[A-Za-z]{3,9}|[\u0621-\u064A]{3,7})"
# An Arabic month: one word, a Levantine two-word name (`كانون الأول`), or the Levantine and Egyptian names
# side by side (`نيسان/أبريل`, the first read).
_ARABIC_MON = (r"(?:(?:كانون|تشرين)\s{1,2}ال[\u0621-\u064A]{3,5}|[\u0621-\u064A]{2,7})"
               r"(?:\s{0,2}/\s{0,2}[\u0621-\u064A]{3,7})?")
_DAY = r"[0-3]?\d(?!\d)"
# Before the look behind of a shape that starts with a digit: the scan leaves most positions at their first test.
_DIGIT_FIRST = r"(?=\d)"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_PART_OF_DAY = (r"(?:malam|pagi|siang|sore|petang|dini\s{1,3}hari|night|morning|afternoon"
                r"|evening|noon)")

# A range of days is read as its first (`12-14 Maret 2024`, `30 Juni-2 Juli 2023`, `Oct 6-13, 2018`, `from 11 to 14
# July 2023`): what a page dated so, an edition or an event, starts on.
_RANGE_DASH = r"(?:\s{0,2}(?:-|s\.?d\.?|s/d)\s{0,2}|\s{1,2}(?:hingga|sampai(?:\s{1,2}dengan)?|to|until)\s{1,2})"
# A part of day after a 12-hour time (`3:25:50 sore`), Indonesian and Malay (`pg`, `ptg`, `1:00 tengah hari` at noon,
# `12.30 tengah malam` at midnight).
_TIME_PART_OF_DAY = r"(?:tengah\s{1,2}(?:hari|malam)|pagi|siang|sore|petang|malam|pg|ptg)(?![A-Za-z])"

_TIME = (
    r"(?P<hour>[012]?\d)[:.](?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?(?![\d])"
    # A span of hours (`09.00-11.30 WITA`, `19.00 hingga 21.00 WITA`), with the dashes and words of a range of days, is
    # read as its start, in the zone written after its end: the end is no offset (`-11`); a date after a clock
    # (`12.10.2024`) is no end.
    rf"(?-i:{_RANGE_DASH}[012]?\d[:.][0-5]\d(?![.:]?\d))?"
    # Spaces, tabs and line breaks between a clock and its zone as markup leaves them (`4:56</span>\n\t  <span>WITA`).
    # Arabic writes ص (morning) and م (evening) for AM and PM (`10:46 ص`).
    r"(?:\s{0,5}(?P<ampm>[aApP]\.?[mM]\.?|[صم](?![\u0621-\u064A]))|\s{1,5}(?P<daypart>" + _TIME_PART_OF_DAY + r"))?"
    r"(?:\s{0,5}(?P<zone>WITA|WIT|WIB|WP|GMT|UTC|MYT|SGT|(?-i:[PE][SD]T)|Z)\b)?"
    r"(?:\s{0,5}(?P<offset>[+-](?:\d\d:?\d\d|\d{1,2})(?!\d)))?"
)
# A clock after its date, past separators, `pukul`, and the parenthesis of a body's date (`Kamis (5/11/2015) pukul
# 14.56 WIB`) or its own (`24 Oktober 2024 (14:30 WIB)`), also said to be about that time (`Senin (5/5) sekitar Pukul
# 17.00 Wita`).
_TIME_AFTER_DATE = re.compile(
    r"(?:\s{0,3}(?:[,|/•·()-]|pukul|pkl?\.?|jam|at|@|sekitar|sekira)){0,3}\s{0,3}" + _TIME, re.IGNORECASE
)
# A time written before its date (`10:15 WIB, 14 Februari 2024`, `11:51 WIB - Senin, 1 September 2025`): matched up
# to the date's start; a word between them must be a weekday.
_TIME_BEFORE_DATE = re.compile(
    r"(?<![\d.:])" + _TIME + r"\s{0,3}(?:[,|/•·-]\s{0,3})?"
    r"(?:(?P<weekday>[A-Za-z']{3,9}|" + _ARABIC_WEEKDAY + r")\s{0,2},?\s{1,3})?$", re.IGNORECASE
)
_TIME_BEFORE_REACH = 40
# A weekday between a date and its clock (`4 mei 2018 jumaat 09:09 ptg`, `22 Januari 2018 - Isnin, 10.00`).
_WEEKDAY_THEN_TIME = re.compile(
    r"\s{0,3}(?:[,|-]\s{0,3})?(?P<weekday>[A-Za-z']{3,9}),?\s{1,3}(?:[|-]\s{0,3})?(?:(?:pukul|pkl?\.?|jam|at)\s{1,3})?"
    + _TIME, re.IGNORECASE
)
_WEEKDAY_THEN_TIME_LENGTH = 8  # ` Isnin 9:05`: fewer characters after a date hold no weekday and clock
# A time alone, or after `pukul`/`pk`/`jam` (`pukul 14.30`), also said to be about it (`sekitar pukul 14.00 WIB`,
# `sekira pukul 05.00 WIT`): a reading only with a base day. Words after it place it (`_bare_time`): a weekday, a
# part of day, `tadi` (earlier), `kemarin` (`sekitar pukul 20.10 WIB, Senin malam`, `pukul 07.30 WIB pagi tadi`).
_BARE_TIME = re.compile(
    r"\s{0,20}(?:(?:sekitar|sekira)\s{1,3})?(?:(?:pukul|pkl?\.?|jam)\s{1,3})?" + _TIME
    + r"(?:\s{0,3},?\s{1,3}(?P<words>[A-Za-z']{3,8}(?:\s{1,3}[A-Za-z]{3,8}){0,2}))?\s{0,20}\Z", re.IGNORECASE
)
# A weekday and a clock without a date (a ticker's `Senin, 14:30 WIB`, a calendar's `Jumat lalu pukul 12.00`, Malay
# `Isnin lepas pukul 15.25`): the latest such weekday, before the base day when it is said to be past (`lalu`, `lepas`,
# `kemarin`).
_WEEKDAY_CLOCK = re.compile(
    r"\s{0,20}(?P<weekday>[A-Za-z']{3,9})(?:\s{1,3}(?P<past>lalu|lepas|kemarin))?\s{0,3},?\s{0,3}"
    r"(?:(?:pukul|pkl?\.?|jam|at)\s{1,3})?" + _TIME + r"\s{0,20}\Z", re.IGNORECASE
)
# The words `_BARE_TIME` may end with, after a weekday, and the part of day each says (None: no part of day).
_BARE_TIME_WORDS = {"pagi": "pagi", "siang": "siang", "sore": "sore", "petang": "petang", "malam": "malam",
                    "dini": "pagi", "hari": None, "ini": None, "tadi": None, "kemarin": None, "lalu": None}
# ISO 8601, also with a stray space before the `T` (`2025-09-01 T21:54:38Z`) or the zone's name in its place
# (`2019-09-28WIB19:17:34+07:00`) or after the clock (`2024-12-10 10:15 WITA`, `2026-09-11 03:57:07 UTC`).
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?: ?T| |(?P<zone>WITA|WIT|WIB))(?P<hour>\d\d):(?P<minute>\d\d)"
    r"(?::(?P<second>\d\d)(?:\.\d{1,9})?)?"
    r"(?:\s?(?P<offset>Z|[+-]\d\d:?\d\d)|\s{1,3}(?P<zone_after_clock>(?i:WITA|WIT|WIB|WP|GMT|UTC|MYT|SGT))\b"
    r"(?P<zone_offset>[+-](?:\d\d:?\d\d|\d{1,2})(?!\d))?)?(?!\d)"
)
# ISO 8601's basic form (`20251112`, `20251112T143000+0700`), only as the whole string: in running text eight
# digits are an id or a phone number as often as a date.
_ISO_BASIC = re.compile(
    r"\s*(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"
    r"(?:T(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?(?:\.\d{1,9})?(?P<offset>Z|[+-]\d\d:?\d\d)?)?\s*"
)

# Absolute Gregorian dates.
# Two days sharing a month or a year are two dates (`28 dan 30 Juni 2023`, `February 27 and March 13, 2017`).
_LIST_AND = r"\s{1,3}(?:dan|and)\s{1,3}"
# The first day of a range or a pair, looked for once a date is found, in the characters just before it.
_RANGE_START = re.compile(
    rf"(?<![\d_])(?P<first_d>{_DAY})(?:\s{{1,3}}(?P<first_mon>[A-Za-z]{{3,9}})\.?)?"
    rf"(?:{_RANGE_DASH}|(?P<pair>{_LIST_AND}))\Z"
)
_PAIRED_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<first_mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<first_d>{_DAY}){_ORDINAL}{_LIST_AND}\Z"
)
_RANGE_REACH = 30
# The last characters of a range's or a pair's dashes and words (`-`, `s.d.`, `s/d`, `hingga`, `sampai`, `dengan`, `to`,
# `until`, `dan`, `and`).
_RANGE_LAST_CHARACTERS = frozenset("-.dainol")
_DMY_NAME = re.compile(
    # A letter may touch the day: header text glued to it (`Bisnis.com15 Agustus 2019`); the formal `tahun` (year) may
    # come before the year (`12-15 Februari tahun 2025`, `17 Agustus Tahun 1945`).
    rf"{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}(?:\s{{1,3}}|\s{{0,2}}-\s{{0,2}})(?P<mon>{_MON})\.?"
    rf"(?:,?\s{{1,3}}(?:[Tt]ahun\s{{1,3}})?|\s{{0,2}}-\s{{0,2}})(?P<y>{_YEAR})"
)
# Arabic digits may touch an Arabic month (`15نيسان/أبريل2014`), which may have two words or two names.
_DMY_ARABIC = re.compile(rf"(?<![\d_])(?P<d>{_DAY})\s{{0,3}}(?P<mon>{_ARABIC_MON})\s{{0,3}}(?P<y>{_YEAR})")
_MDY_NAME = re.compile(
    # The comma may touch the year (ANTARA's English datelines: `Jakarta, Jan 30,2018 (Antara)`).
    rf"(?<![\w])(?P<mon>{_MON})\.?,?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}"
    rf"(?:{_RANGE_DASH}(?:[A-Za-z]{{3,9}}\.?\s{{1,3}})?{_DAY}{_ORDINAL})?(?:,\s{{0,3}}|\s{{1,3}})(?P<y>{_YEAR})"
)
_NUMERIC_DMY = re.compile(
    _DIGIT_FIRST + r"(?<![\d/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d{4})(?![\d/])"
)
# `31-10-13`: a two-digit year, read only in a date string (parse_date), never in a body.
_NUMERIC_DMY_SHORT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d\d)(?![\d/.-])"
)
# `01-Jan-15`: a named month and a two-digit year, likewise only in a date string.
_NAMED_MONTH_SHORT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[-/])(?P<mon>[A-Za-z]{3,9})\.?(?P=sep)(?P<y>\d\d)(?![\d/.:-])"
)
# A day and a month name without a year (`5 Februari pukul 21.55 WIB`, `March 31`): in a date string, a day of the
# year of `base`; in a body, too little to report without a weekday.
# A year written after them, one no date shape reads (`4 mei 1768`), makes them no year-less date: the base's year would
# be wrong.
_NO_YEAR_AFTER = r"\b(?!\.?,?\s{0,3}\d{4}(?!\d))"
_DAY_MONTH_NAME = re.compile(
    rf"{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon>[A-Za-z]{{3,9}}){_NO_YEAR_AFTER}"
)
_MONTH_NAME_DAY = re.compile(rf"(?<![\w])(?P<mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}{_NO_YEAR_AFTER}")
_NUMERIC_YMD = re.compile(
    _DIGIT_FIRST + r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/])"
)

# Body shapes whose year comes from the publication date (a year may still be written).
# A weekday, its part of day or a word placing it (`Senin kemarin`, `Kamis lalu`, `Senin depan`, MINA's `Friday
# prayer`), a comma (`Kamis, (13/7)`).
_WEEKDAY_BEFORE_PAREN = (
    rf"\b(?P<wd>{_WEEKDAY_WORD})(?:\s{{1,3}}{_PART_OF_DAY})?"
    r"(?:\s{1,3}(?:kemarin|lalu|ini|depan|mendatang|last|this|next|prayers?))?,?"
)
_WEEKDAY_PAREN_NUMERIC = re.compile(
    rf"{_WEEKDAY_BEFORE_PAREN}\s{{0,3}}\(\s{{0,2}}(?P<d>{_DAY})/"
    r"(?P<m>[01]?\d)(?:/(?P<y>\d{4}|\d\d))?\s{0,2}\)", re.IGNORECASE
)
# A weekday and a year-less day/month without parentheses (`Senin 9/12 pukul 10.00`, `Jumat, 13/12`); one with a year is
# a numeric date read as such.
_WEEKDAY_NUMERIC = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_WORD}),?\s{{1,3}}(?P<d>{_DAY})/(?P<m>[01]?\d)(?![\d/])", re.IGNORECASE
)
# What `_WEEKDAY_NUMERIC` needs, a day/month after a space or a comma: a cheap test before its word-led search.
_SPACED_DAY_MONTH = re.compile(r"[\s,]\d{1,2}/\d")
_PAREN_WEEKDAY_NUMERIC = re.compile(
    rf"\(\s{{0,2}}(?P<wd>{_WORD}),?\s{{1,3}}(?P<d>{_DAY})/(?P<m>[01]?\d)(?:/(?P<y>\d{{4}}))?\s{{0,2}}\)"
)
_WEEKDAY_PAREN_NAMED = re.compile(
    rf"{_WEEKDAY_BEFORE_PAREN}\s{{0,3}}\(\s{{0,2}}"
    rf"(?:(?P<mon>{_MON})\.?,?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}|(?P<d2>{_DAY})\s{{1,3}}(?P<mon2>{_MON})\.?)"
    rf"(?:,?\s{{1,3}}(?P<y>{_YEAR}))?\s{{0,2}}\)", re.IGNORECASE
)
_WEEKDAY_NAMED = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_WORD}),?\s{{0,3}}"
    rf"(?:(?P<mon>{_MON})\.?,?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}|(?P<d2>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon2>{_MON}))"
    # A year after it makes it an absolute date, read as such; any other number is no part of it (`Friday July 7,
    # 1,165 delegates`, `Kamis, 6 Juli 10.00 WIB`).
    r"\b(?!\.?,?\s{0,3}\d{4}(?!\d))"
)

# Counts written as words (`dua jam yang lalu`, `two hours ago`); `setengah` (half) only of a clock unit.
_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "setengah": 0.5, "an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half an": 0.5,
}
_EN_RELATIVE = re.compile(
    r"(?<![\w])(?:(?P<n>\d{1,5})\s{0,2}|(?P<n_word>half\s{1,3}an|an?|one|two|three|four|five|six|seven|eight|nine|ten)"
    r"\s{1,3})(?P<unit>sec|second|min|minute|hr|hour|day|week|month|year)s?\.?\s{1,3}ago\b", re.IGNORECASE
)
# `5 menit yang lalu`, `5 mnt yg lalu`; Malay writes `yang lepas` and `minit`; `beberapa detik/saat` is half a minute.
# An aggregator's ticker glues its source's domain to it (`19 jam lalufajar.co.id`).
_ID_RELATIVE = re.compile(
    r"(?<![\w])(?:(?P<n>\d{1,5})\s{0,2}"
    r"|(?P<n_word>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|setengah)\s{1,3}"
    r"|se|(?P<few>beberapa)\s{1,3})"
    r"(?P<unit>detik|dtk|saat|menit|mnt|minit|min|jam|hari|hr|h|minggu|mgg|mgu|pekan|bulan|bln|tahun|thn)"
    r"\s{1,3}(?:(?:yang|yg)\s{1,3})?(?:lalu|lepas)(?:\b|(?=[a-z0-9-]{2,40}\.(?:co\.id|com|id|net|org|my)\b))",
    re.IGNORECASE
)
# The larger parts of a duration written in several, each just before the next (`2 jam 5 menit yang lalu`, `1 year 46
# weeks ago`, `1 hour and 20 minutes ago`).
_EARLIER_PART = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,5})\s{0,2}(?P<unit>detik|dtk|menit|mnt|minit|jam|hari|minggu|pekan|bulan|tahun|sec|second|min"
    r"|minute|hr|hour|day|week|month|year)s?,?\s{1,3}(?:(?:dan|and)\s{1,3})?\Z", re.IGNORECASE
)
_EARLIER_PART_REACH = 24
# Word-only relative times stand alone (a ticker entry, the end of a header line), never mid-sentence.
_WORD_RELATIVE = re.compile(
    r"(?:\A|[-|,:•·]\s{0,3})(?P<word>kemarin\s{1,3}lusa|kemarin|kelmarin|yesterday|hari\s{1,3}ini|today|sekarang|skrg"
    r"|baru\s{1,3}saja|barusan|just\s{1,3}now|أمس|امس|البارحة)\s{0,3}\Z",
    re.IGNORECASE,
)
_UNIT_SECONDS = {
    "sec": 1, "second": 1, "detik": 1, "dtk": 1, "saat": 1, "min": 60, "minute": 60, "menit": 60, "mnt": 60,
    "minit": 60, "hour": 3600, "jam": 3600, "day": 86400, "hari": 86400, "h": 86400, "week": 604800,
    "minggu": 604800, "mgg": 604800, "mgu": 604800, "pekan": 604800, "month": 30 * 86400, "bulan": 30 * 86400,
    "bln": 30 * 86400, "year": 365 * 86400, "tahun": 365 * 86400, "thn": 365 * 86400,
}
_EN_UNIT_SECONDS = {**_UNIT_SECONDS, "hr": 3600}  # `hr` is an hour in English, a day (`hari`) in Indonesian
_ID_UNIT_SECONDS = {**_UNIT_SECONDS, "hr": 86400}
_CALENDAR_UNITS = {"month": 1, "bulan": 1, "bln": 1, "year": 12, "tahun": 12, "thn": 12}
# Days back of a day word standing alone (`kelmarin` is Malay for yesterday).
_DAYS_BACK = {"kemarin": 1, "kelmarin": 1, "yesterday": 1, "kemarin lusa": 2, "أمس": 1, "امس": 1, "البارحة": 1}
_FEW_SECONDS = 30
# Arabic (`منذ 3 ساعات`, `قبل 15 دقيقة`): a unit without a count is one (`منذ ساعة`), its dual two (`منذ ساعتين`); `قبل`
# ending a word is no `ago` (`المقبل`, next).
_AR_RELATIVE = re.compile(r"(?<![\u0621-\u064A])(?:منذ|قبل)\s{1,3}(?:(?P<n>\d{1,5})\s{0,3})?(?P<unit>[\u0621-\u064A]{3,7})")
_AR_UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("ثانية", "ثوان", "ثواني"), ("second", 1)), "ثانيتين": ("second", 2),
    **dict.fromkeys(("دقيقة", "دقائق"), ("minute", 1)), "دقيقتين": ("minute", 2),
    **dict.fromkeys(("ساعة", "ساعات"), ("hour", 1)), "ساعتين": ("hour", 2),
    **dict.fromkeys(("يوم", "أيام", "ايام"), ("day", 1)), "يومين": ("day", 2),
    **dict.fromkeys(("أسبوع", "اسبوع", "أسابيع", "اسابيع"), ("week", 1)),
    **dict.fromkeys(("أسبوعين", "اسبوعين"), ("week", 2)),
    **dict.fromkeys(("شهر", "أشهر", "اشهر", "شهور"), ("month", 1)), "شهرين": ("month", 2),
    **dict.fromkeys(("سنة", "سنوات", "عام", "أعوام", "اعوام"), ("year", 1)),
    **dict.fromkeys(("سنتين", "عامين"), ("year", 2)),
}
# A day word and a clock (`Kemarin pukul 12.00`, `Hari ini, 08:15 WIB`), standing alone like `_WORD_RELATIVE`.
_DAY_WORD_CLOCK = re.compile(
    r"(?:\A|[-|,:•·]\s{0,3})(?P<word>kemarin|kelmarin|yesterday|hari\s{1,3}ini|today)\s{0,3},?\s{0,3}"
    r"(?:(?:pukul|pkl?\.?|jam|at)\s{1,3})?" + _TIME + r"\s{0,3}\Z",
    re.IGNORECASE,
)
# Every relative shape has one of these words (`ago`, `lalu`, `kemarin`, `hari ini`...): a cheap test first, on
# casefolded text. The words stop before an `i`: the shapes match it case-insensitively, so also as the dotless `ı`,
# which casefold() keeps. The Arabic ones (`منذ`, `أمس`) are looked for only in a text with letters other than ASCII.
_RELATIVE_WORD = re.compile(r"ago|lalu|lepas|kemar|kelmar|yesterday|har|today|sekarang|skrg|baru|just")
_ARABIC_RELATIVE_WORD = re.compile(r"منذ|قبل|مس|البارحة")
_ANY_DIGIT = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]")
# Digit runs (ASCII and Arabic); a class, not `\d`, because it scans several times faster.
_DIGIT_RUN = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")
# Every Gregorian and Hijri shape writes a four-digit year: a text without four digits in a row has none.
_FOUR_DIGITS = re.compile(r"\d{4}")
_FALLBACK_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


class DateSpan(NamedTuple):
    """A date located in a text: its span in that text and the day it names."""

    start: int
    end: int
    day: date


# --- helpers ------------------------------------------------------------------------------


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tz_of(groups: dict[str, str | None]) -> tzinfo:
    """The zone a time match's groups name (WIB/WITA/WIT, GMT/UTC, an offset), WIB when they name none."""
    offset = groups["offset"] or groups.get("zone_offset")
    if offset:
        if offset == "Z":
            return timezone.utc
        digits = offset[1:].replace(":", "")
        hours, minutes = (int(digits), 0) if len(digits) <= 2 else (int(digits[:-2]), int(digits[-2:]))
        if hours <= 14 and minutes < 60:
            sign = -1 if offset[0] == "-" else 1
            return timezone(sign * timedelta(hours=hours, minutes=minutes))
    zone = groups.get("zone") or groups.get("zone_after_clock")
    return _ZONES.get(zone.upper(), WIB) if zone else WIB


def _hour_in_part_of_day(hour: int, part: str) -> int:
    """The 24-hour hour of a 12-hour `hour` said with a part of day (`3 sore` = 15, `12 malam` = 0)."""
    if hour > 12:
        return hour  # already a 24-hour time: the word only repeats it
    if part.startswith("tengah"):
        part = "siang" if part.endswith("hari") else "malam"
    if part in ("pagi", "pg"):
        return 0 if hour == 12 else hour
    if part == "siang":  # around midday: 11 siang is 11, 1 siang is 13
        return hour + 12 if hour < 11 else hour
    if part == "malam":  # evening to midnight; 1-4 malam is the small hours
        return 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    return hour % 12 + 12  # sore, petang, ptg: afternoon and evening


def _clock(groups: dict[str, str | None]) -> time | None:
    hour, minute = int(groups["hour"]), int(groups["minute"])
    second = int(groups["second"] or 0)
    ampm = groups.get("ampm")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm[0] in "pPم" else 0)
    elif groups.get("daypart"):
        hour = _hour_in_part_of_day(hour, groups["daypart"].lower())
    if hour > 23:
        return None
    return time(hour, minute, second)


def _at_clock(day: date, match: re.Match[str]) -> datetime | None:
    """`day` at the time a match states, in the zone it names; None when the time is no time of day."""
    groups = match.groupdict()  # once for both: building it is the dearest part
    clock = _clock(groups)
    return datetime.combine(day, clock, tzinfo=_tz_of(groups)) if clock is not None else None


def _bare_time(match: re.Match[str], base: datetime | date) -> datetime | None:
    """A clock alone on the base's day, or on the day and at the part of day the words after it say (`Senin malam`:
    the latest Monday not after the base, in the evening; `tadi`: not after the base time; `kemarin`: the day
    before)."""
    reference = _to_wib(base)
    groups = match.groupdict()
    words = groups["words"]
    if not words:
        clock = _clock(groups)
        return datetime.combine(reference.date(), clock, tzinfo=_tz_of(groups)) if clock is not None else None
    tokens = words.lower().split()
    day = reference.date()
    weekday = weekday_number(tokens[0])
    if weekday is not None:
        day -= timedelta(days=(day.weekday() - weekday) % 7)
        tokens = tokens[1:]
    if any(token not in _BARE_TIME_WORDS for token in tokens):
        return None
    parts = [_BARE_TIME_WORDS[token] for token in tokens if _BARE_TIME_WORDS[token]]
    if parts and not groups["ampm"] and not groups["daypart"]:
        groups["daypart"] = parts[0]
    if weekday is None and "kemarin" in tokens:
        day -= timedelta(days=1)
    clock = _clock(groups)
    if clock is None:
        return None
    moment = datetime.combine(day, clock, tzinfo=_tz_of(groups))
    # Only a base with its clock says whether the time is still to come (a base day is its whole day).
    earlier = "tadi" in tokens and isinstance(base, datetime) and moment > reference
    return moment - timedelta(days=1) if earlier else moment


def _weekday_at_clock(match: re.Match[str], weekday: int, base: datetime | date) -> datetime | None:
    """`Senin, 14:30`: the latest Monday not after the base (before it when said past, `Senin lalu`), at the clock."""
    day = _to_wib(base).date()
    back = (day.weekday() - weekday) % 7
    if match["past"] and back == 0:
        back = 7
    return _at_clock(day - timedelta(days=back), match)


def _to_wib(base: datetime | date | None) -> datetime:
    if isinstance(base, datetime):
        return base.replace(tzinfo=WIB) if base.tzinfo is None else base.astimezone(WIB)
    if isinstance(base, date):
        return datetime(base.year, base.month, base.day, tzinfo=WIB)
    return datetime.now(WIB)


def _midnight(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=WIB)


def wall_clock_as_wib(dt: datetime) -> datetime:
    """The same wall-clock time in WIB: for MINA's `<time datetime>` whose offset is wrong (+00:00)."""
    return dt.replace(tzinfo=WIB)


def resolve_day_month(day: int, month: int, base: datetime | date, weekday: int | None = None) -> date | None:
    """The year of a year-less `day/month`, from the publication date `base`.

    The latest such date not after `base`; the next one instead only when it is close
    (an announced event) and the written weekday matches it but not the earlier one.
    The weekday never changes day or month: real articles carry wrong weekdays.
    """
    reference = _to_wib(base).date()
    earlier = later = None
    for year in range(reference.year, reference.year - 9, -1):  # 29 February needs a leap year
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate <= reference:
            earlier = candidate
            break
    for year in (reference.year, reference.year + 1):
        candidate = _make_date(year, month, day)
        if candidate is not None and candidate > reference:
            later = candidate
            break
    if (later is not None and weekday is not None and later - reference <= _UPCOMING_WINDOW
            and later.weekday() == weekday and (earlier is None or earlier.weekday() != weekday)):
        return later
    return earlier


def _full_year(written: str, base: datetime | date | None) -> int:
    year = int(written)
    if len(written) == 2:
        century = _to_wib(base).year // 100 * 100 if base is not None else 2000
        year += century
    return year


# --- finding dates ------------------------------------------------------------------------


def _named_date(match: re.Match[str]) -> date | None:
    """The day of a match with a month name (`mon`), a day (`d`) and a year (`y`); None when there is none such."""
    month = month_number(match["mon"])
    return _make_date(int(match["y"]), month, int(match["d"])) if month else None


def _named_month_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    found = []
    for match in pattern.finditer(text):
        day = _named_date(match)
        if day is None:
            continue
        start = match.start()
        if pattern is _MDY_NAME and start > 1 and text[start - 2] in "dn":  # `February 27 and March 13, 2017`
            before = _PAIRED_MONTH_FIRST.search(text, max(0, start - _RANGE_REACH), start)
            first = _range_start(int(before["first_d"]), before["first_mon"], day) if before else None
            if first is not None:
                found.append(DateSpan(before.start(), before.end("first_d"), first))
        found.append(DateSpan(start, match.end(), day))
    return found


def _day_first_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    """Day-first dates; a range of days is read as its first (`12-14 Maret 2024`), a pair as two dates
    (`28 dan 30 Juni 2023`)."""
    found = []
    for match in pattern.finditer(text):
        day = _named_date(match)
        if day is None:
            continue
        start = match.start()
        # A dash touches the day, or the range's last character is one before it (`12 - 14`, `12 s.d. 14`).
        if start > 1 and (text[start - 1] == "-" or text[start - 2] in _RANGE_LAST_CHARACTERS):
            before = _RANGE_START.search(text, max(0, start - _RANGE_REACH), start)
            first = _range_start(int(before["first_d"]), before["first_mon"], day) if before else None
            if first is not None and before["pair"]:
                found.append(DateSpan(before.start(), before.start("pair"), first))
            elif first is not None:  # not so `3-1 Mei 2023`, a score before a date
                start, day = before.start(), first
        found.append(DateSpan(start, match.end(), day))
    return found


def _arabic_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    """Day-first dates with an Arabic month, in a text with letters other than ASCII."""
    if text.isascii():
        return []
    found = []
    for match in pattern.finditer(text):
        month = _arabic_month_number(match["mon"])
        day = _make_date(int(match["y"]), month, int(match["d"])) if month else None
        if day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    return found


def _range_start(first_day: int, first_month_name: str | None, last: date) -> date | None:
    """The first of two days, a range's or a pair's, whose second is `last`: in the year before when its own month
    comes later (`28 Desember-3 Januari 2024`); None when it does not come first (`3-1 Mei 2023`)."""
    if first_month_name is None:
        return _make_date(last.year, last.month, first_day) if first_day < last.day else None
    first_month = month_number(first_month_name)
    if first_month is None:
        return None
    year = last.year if (first_month, first_day) < (last.month, last.day) else last.year - 1
    return _make_date(year, first_month, first_day)


def _numeric_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    found = []
    for match in pattern.finditer(text):
        year, month, day_number = int(match["y"]), int(match["m"]), int(match["d"])
        if not 1900 <= year <= 2100:
            continue
        if month > 12 >= day_number:  # m/d/yyyy written the American way
            month, day_number = day_number, month
        day = _make_date(year, month, day_number)
        if day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    return found


# Shapes in order of trust: a named month is unmistakable, a numeric date can be a code.
_GREGORIAN_SHAPES: tuple[tuple[Callable[[str, re.Pattern[str]], list[DateSpan]], re.Pattern[str]], ...] = (
    (_day_first_dates, _DMY_NAME), (_named_month_dates, _MDY_NAME), (_arabic_dates, _DMY_ARABIC),
    (_numeric_dates, _NUMERIC_DMY), (_numeric_dates, _NUMERIC_YMD),
)


def gregorian_dates(text: str) -> list[DateSpan]:
    """Absolute Gregorian dates (named month or numeric, four-digit year) in `text`."""
    if not _FOUR_DIGITS.search(text):
        return []
    return [span for reader, pattern in _GREGORIAN_SHAPES for span in reader(text, pattern)]


def _short_year_date(text: str, base: datetime | date | None) -> DateSpan | None:
    """The first `dd-mm-yy` or `dd-Mon-yy` date (century from `base`, else 2000)."""
    for pattern in (_NUMERIC_DMY_SHORT_YEAR, _NAMED_MONTH_SHORT_YEAR):
        for match in pattern.finditer(text):
            month = int(match["m"]) if "m" in match.groupdict() else month_number(match["mon"])
            day = _make_date(_full_year(match["y"], base), month, int(match["d"])) if month else None
            if day is not None:
                return DateSpan(match.start(), match.end(), day)
    return None


def _day_month_date(text: str, base: datetime | date) -> DateSpan | None:
    """The first year-less `5 Februari` or `March 31`, on the latest such day not after `base`."""
    found = []
    for pattern in (_DAY_MONTH_NAME, _MONTH_NAME_DAY):
        for match in pattern.finditer(text):
            month = month_number(match["mon"])
            day = resolve_day_month(int(match["d"]), month, base) if month else None
            if day is not None:
                found.append(DateSpan(match.start(), match.end(), day))
                break
    return min(found, key=lambda item: item.start, default=None)


def _first_gregorian(text: str) -> DateSpan | None:
    """The first date of the most trusted shape present (a header line names one date)."""
    for reader, pattern in _GREGORIAN_SHAPES:
        found = reader(text, pattern)
        if found:
            return found[0]
    return None


def _numeric_hijri(text: str) -> DateSpan | None:
    """A Hijri date written `yyyy/mm/dd` (Saudi style), converted."""
    for match in _NUMERIC_YMD.finditer(text):
        year = int(match["y"])
        if 1343 <= year <= 1500:
            day = hijri_to_gregorian(year, int(match["m"]), int(match["d"]))
            if day is not None:
                return DateSpan(match.start(), match.end(), day)
    return None


def _year_less_dates(text: str, base: datetime | date | None) -> list[DateSpan]:
    """Body shapes `Senin (22/4)`, `(Rabu, 9/11)`, `Thursday (June 25)`, `Sunday, August, 25th`."""
    found: list[DateSpan] = []
    parenthesis, slash = "(" in text, "/" in text
    for pattern, needs_parenthesis, needs_slash in _YEAR_LESS_SHAPES:
        if (needs_parenthesis and not parenthesis) or (needs_slash and not slash):
            continue
        if pattern is _WEEKDAY_NUMERIC and not _SPACED_DAY_MONTH.search(text):
            continue
        position = 0
        while (match := pattern.search(text, position)) is not None:
            # A word that is no weekday (or month) can take a real date's place in the match (`pada Senin 5` as
            # weekday, month, day in `pada Senin 5 Mei`): the search goes on from the next word, not past it.
            position = match.start() + 1
            weekday = weekday_number(match["wd"])
            if weekday is None:
                continue
            groups = match.groupdict()
            if "m" in groups:
                month: int | None = int(match["m"])
                day_number = int(match["d"])
            else:
                month = month_number(match["mon"] or match["mon2"])
                day_number = int(match["d"] or match["d2"])
            if month is None:
                continue
            position = match.end()
            written_year = groups.get("y")
            if written_year:
                day = _make_date(_full_year(written_year, base), month, day_number)
            elif base is not None:
                day = resolve_day_month(day_number, month, base, weekday)
            else:
                day = None
            if day is not None:
                found.append(DateSpan(match.start(), match.end(), day))
    return found


# Each year-less shape with whether it cannot match without a parenthesis, and without a slash (cheap tests first).
_YEAR_LESS_SHAPES = (
    (_WEEKDAY_PAREN_NUMERIC, True, True), (_PAREN_WEEKDAY_NUMERIC, True, True), (_WEEKDAY_PAREN_NAMED, True, False),
    (_WEEKDAY_NAMED, False, False), (_WEEKDAY_NUMERIC, False, True),
)


def _relative(text: str, base: datetime | date | None) -> datetime | None:
    folded = text.casefold()
    if not _RELATIVE_WORD.search(folded) and (text.isascii() or not _ARABIC_RELATIVE_WORD.search(folded)):
        return None
    reference = _to_wib(base)
    for pattern, unit_seconds in ((_EN_RELATIVE, _EN_UNIT_SECONDS), (_ID_RELATIVE, _ID_UNIT_SECONDS)):
        match = pattern.search(text)
        if match:
            amount = " ".join((match["n"] or match["n_word"] or "1").lower().split())
            count = int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]
            unit = match["unit"].lower()
            if match.groupdict().get("few"):
                if unit not in ("detik", "saat"):
                    continue  # `beberapa jam yang lalu` says too little
                return reference - timedelta(seconds=_FEW_SECONDS)
            if unit in _CALENDAR_UNITS and not float(count).is_integer():
                continue  # half a month is no calendar day
            parts = [(count, unit)]
            position = match.start()
            while position and text[position - 1].isspace():
                earlier = _EARLIER_PART.search(text, max(0, position - _EARLIER_PART_REACH), position)
                if earlier is None:
                    break
                parts.append((int(earlier["n"]), earlier["unit"].lower()))
                position = earlier.start()
            return _counted_back(reference, parts, unit_seconds)
    match = _AR_RELATIVE.search(text)
    if match and match["unit"] in _AR_UNITS:
        unit, times = _AR_UNITS[match["unit"]]
        count = int(match["n"] or 1) * times
        if unit in _CALENDAR_UNITS:
            return _months_back(reference, count * _CALENDAR_UNITS[unit])
        return reference - timedelta(seconds=count * _UNIT_SECONDS[unit])
    match = _DAY_WORD_CLOCK.search(text)
    if match:
        days_back = 1 if match["word"].lower() in ("kemarin", "kelmarin", "yesterday") else 0
        day = reference.date() - timedelta(days=days_back)
        return _at_clock(day, match)
    match = _WORD_RELATIVE.search(text)
    if match:
        return reference - timedelta(days=_DAYS_BACK.get(" ".join(match["word"].lower().split()), 0))
    return None


def _counted_back(reference: datetime, parts: list[tuple[float, str]], unit_seconds: dict[str, int]) -> datetime | None:
    """`reference` moved back by a duration's parts: whole calendar months first (`sebulan yang lalu` on 22 April is
    22 March), then the clock units."""
    months = sum(int(count) * _CALENDAR_UNITS[unit] for count, unit in parts if unit in _CALENDAR_UNITS)
    seconds = sum(count * unit_seconds[unit] for count, unit in parts if unit not in _CALENDAR_UNITS)
    moved = _months_back(reference, months) if months else reference
    return moved - timedelta(seconds=seconds) if moved is not None else None


def _months_back(reference: datetime, months: int) -> datetime | None:
    """`reference` moved back whole calendar months, the day clamped to the month's length."""
    year, month_index = divmod(reference.year * 12 + reference.month - 1 - months, 12)
    if year < 1:
        return None
    day = reference.day
    while _make_date(year, month_index + 1, day) is None:
        day -= 1
    return reference.replace(year=year, month=month_index + 1, day=day)


def _with_time(text: str, found: DateSpan) -> datetime:
    match = _TIME_AFTER_DATE.match(text, found.end)
    if match is None and len(text) - found.end > _WEEKDAY_THEN_TIME_LENGTH:
        match = _WEEKDAY_THEN_TIME.match(text, found.end)
        if match is not None and weekday_number(match["weekday"]) is None:
            match = None
    if match is None:
        match = _TIME_BEFORE_DATE.search(text, max(0, found.start - _TIME_BEFORE_REACH), found.start)
        if match is not None and match["weekday"] and weekday_number(match["weekday"]) is None:
            match = None
    moment = _at_clock(found.day, match) if match is not None else None
    return moment if moment is not None else _midnight(found.day)


def _iso(text: str) -> datetime | None:
    # The extended form has its dashes.
    match = (_ISO.search(text) if "-" in text else None) or _ISO_BASIC.fullmatch(text)
    if not match:
        return None
    day = _make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    return _midnight(day) if match["hour"] is None else _at_clock(day, match)


def _dateparser(text: str, base: datetime | date | None, languages: list[str] | None) -> datetime | None:
    if len(text) > _MAX_FALLBACK_TEXT or not _FALLBACK_YEAR.search(text):
        return None
    try:
        import dateparser  # noqa: PLC0415 - slow to import, rarely needed

        # REQUIRE_PARTS: a string naming only a year (or a month and a year) is not a date;
        # dateparser would fill the missing parts from today.
        settings = {"TIMEZONE": "Asia/Jakarta", "RETURN_AS_TIMEZONE_AWARE": True, "DATE_ORDER": "DMY",
                    "REQUIRE_PARTS": ["day", "month", "year"]}
        if base is not None:
            settings["RELATIVE_BASE"] = _to_wib(base).replace(tzinfo=None)
        parsed = dateparser.parse(text, languages=languages or list(DEFAULT_LANGUAGES), settings=settings)
    except Exception:  # noqa: BLE001 - a fallback must never take the caller down
        return None
    return parsed if isinstance(parsed, datetime) else None


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
    if not _ANY_DIGIT.search(window):
        return _relative(window, base)
    # ISO, Gregorian and Hijri dates write a four-digit year; a header without one is a clock, a short year or a
    # year-less date.
    has_year = _FOUR_DIGITS.search(window) is not None
    if has_year:
        iso = _iso(window)
        if iso is not None:
            return iso
    gregorian = (_first_gregorian(window) if has_year else None) or _short_year_date(window, base)
    if gregorian is not None:
        return _with_time(window, gregorian)
    # A clock alone (`pukul 14.30`) is no later shape: read before them. After the short year, which reads
    # `17.08.19` as a date.
    bare = _BARE_TIME.match(window)
    if bare:
        return _bare_time(bare, base) if base is not None else None
    if has_year:
        hijri = find_hijri(window)
        if hijri is not None and hijri[1] is not None:
            return _midnight(hijri[1])
        numeric_hijri = _numeric_hijri(window)
        if numeric_hijri is not None:
            return _midnight(numeric_hijri.day)
    relative = _relative(window, base)
    if relative is not None:
        return relative
    year_less = _year_less_dates(window, base)
    if year_less:
        return _with_time(window, min(year_less, key=lambda found: found.start))
    day_month = _day_month_date(window, base) if base is not None else None
    if day_month is not None:
        return _with_time(window, day_month)
    # A weekday and a clock (`Senin, 14:30 WIB`): last, as no other shape reads them; a clock writes `:` or `.`.
    if base is not None and not has_year and (":" in window or "." in window):
        weekday_clock = _WEEKDAY_CLOCK.match(window)
        if weekday_clock is not None and (weekday := weekday_number(weekday_clock["weekday"])) is not None:
            return _weekday_at_clock(weekday_clock, weekday, base)
    return _dateparser(window.strip(), base, languages)


def _is_code_char(char: str) -> bool:
    """A character that makes a number touching it part of a code (`R11`); Arabic letters touch their day
    (`الإثنين14 أبريل`)."""
    return char.isascii() and (char.isalnum() or char == "_")


def _date_windows(text: str) -> list[tuple[int, int]]:
    """Spans of `text` around its day numbers: every body date shape has one, most prose has few.

    Only these spans are scanned, within a total budget, so a body of any size costs little;
    a number-dense text beyond the budget is not looked at. A span reaching `_MAX_WINDOW` takes no more
    day numbers: the next span starts at its own window, overlapping the full one.
    """
    spans: list[tuple[int, int]] = []
    total = 0
    for count, match in enumerate(_DIGIT_RUN.finditer(text, 0, _MAX_BODY_TEXT)):
        if count > _MAX_DIGIT_RUNS:
            break
        if match.end() - match.start() > 2 or (match.start() and _is_code_char(text[match.start() - 1])):
            continue  # not a day number: a year, a code such as R11
        start, end = max(0, match.start() - _WINDOW_BEFORE), min(len(text), match.end() + _WINDOW_AFTER)
        if spans and start <= spans[-1][1] and spans[-1][1] - spans[-1][0] < _MAX_WINDOW:
            total += end - spans[-1][1]
            spans[-1] = (spans[-1][0], end)
        else:
            total += end - start
            spans.append((start, end))
        if total > _MAX_SCANNED_BODY:
            break
    return spans


def find_body_dates(text: str, base: datetime | date | None) -> list[dict[str, str]]:
    """The dates written in an article body, in order (the first `MAX_BODY_DATES`):
    `{"text": as written, "date": "YYYY-MM-DD"}`.

    Year-less shapes are resolved against `base` (the publication time) and skipped
    without it; a bare `(22/4)` without a weekday is too ambiguous to report.  A Hijri
    date is reported only when no Gregorian date follows it closely (the pair names one day,
    and the Gregorian half is the reliable one).
    """
    if not isinstance(text, str) or not text:
        return []
    found: list[DateSpan] = []  # in the whole text, in order, not overlapping
    windows = _date_windows(text)
    for number, (window_start, window_end) in enumerate(windows):
        # A full window may end inside a date of the next one, which overlaps it: dates from the next one's
        # start on are that one's to read.
        following = windows[number + 1][0] if number + 1 < len(windows) else window_end
        for item in _dates_in(fold(text[window_start:window_end]), base):
            start, end = window_start + item.start, window_start + item.end
            if start < following and (not found or start >= found[-1].end):
                found.append(DateSpan(start, end, item.day))
        if len(found) > MAX_BODY_DATES:
            break
    return [{"text": text[item.start:item.end], "date": item.day.isoformat()} for item in found[:MAX_BODY_DATES]]


_PAIR_JOIN = re.compile(r"\s*(?:H\.?)?\s*(?:bertepatan dengan|atau|/|-|=)\s*$", re.IGNORECASE)
_WEEKDAY_BEFORE = re.compile(r"([A-Za-z']{3,9}),?\s+$")
_MASEHI_AFTER = re.compile(r"\s+M\b")


def _hijri_gregorian_pair(scanned: str, hijri: re.Match[str], gregorian: list[DateSpan]) -> DateSpan | None:
    """`Jumat 10 Dzulhijjah 1434 H. bertepatan dengan 26 Oktober 2012 M` as ONE mention.

    The span runs from the weekday before the Hijri date to the `M` (Masehi) after the
    Gregorian one; its day is the Gregorian date, the reliable half of the pair.
    """
    for item in gregorian:
        if item.start >= hijri.end() and _PAIR_JOIN.fullmatch(scanned[hijri.end():item.start]):
            start = hijri.start()
            weekday = _WEEKDAY_BEFORE.search(scanned, max(0, start - 12), start)
            if weekday and weekday_number(weekday.group(1)) is not None:
                start = weekday.start()
            end = item.end
            masehi = _MASEHI_AFTER.match(scanned, end)
            if masehi:
                end = masehi.end()
            return DateSpan(start, end, item.day)
    return None


def _dates_in(scanned: str, base: datetime | date | None) -> list[DateSpan]:
    """The non-overlapping dates of one window, in order (the longest of those starting together)."""
    gregorian = gregorian_dates(scanned)
    found = gregorian + _year_less_dates(scanned, base)
    gregorian_starts = sorted(item.start for item in found)
    hijri_dates = HIJRI_DATE.finditer(scanned) if _FOUR_DIGITS.search(scanned) else ()
    for match in hijri_dates:
        month = hijri_month(match["month"])
        day = hijri_to_gregorian(int(match["year"]), month, int(match["day"])) if month else None
        following = bisect_left(gregorian_starts, match.end())
        paired = following < len(gregorian_starts) and gregorian_starts[following] <= match.end() + 40
        if paired:
            pair = _hijri_gregorian_pair(scanned, match, gregorian)
            if pair is not None:
                found.append(pair)
        elif day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    found.sort(key=lambda item: (item.start, -item.end))
    kept: list[DateSpan] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept
