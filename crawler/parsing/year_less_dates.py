"""Dates without a year, resolved against the publication date: a weekday with a day and month
(`Senin (22/4)`, `(Rabu, 9/11)`, `Thursday (June 25)`, a range `Kamis-Jumat (25-26/4)`), yesterday with its day
(`kemarin (20/11)`), a day word with its day and month (`tomorrow, on May 2`), a day and month with a word placing it
(`30 Agustus lalu`, `24th April this year`) and a bare `5 Februari` or `March 31`.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from crawler.parsing.absolute_dates import _DAY, _DIGIT_FIRST, _ORDINAL, _YEAR, _full_year
from crawler.parsing.date_clock import DateSpan, _make_date, _to_wib
from crawler.parsing.date_words import (
    _ARABIC_MON, _MON, _PART_OF_DAY, _WEEKDAY_WORD, _WORD, _arabic_month_number, month_number, weekday_number,
)

# A year-less date just after the publication time is taken as upcoming only within this window.
_UPCOMING_WINDOW = timedelta(days=45)
# A day and a month name without a year (`5 Februari pukul 21.55 WIB`, `March 31`): in a date string, a day of the
# year of `base`; in a body, too little to report without a weekday.
# A year written after them, one no date shape reads (`4 mei 1768`), makes them no year-less date: the base's year would
# be wrong.
_NO_YEAR_AFTER = r"\b(?!\.?,?\s{0,3}\d{4}(?!\d))"
_DAY_MONTH_NAME = re.compile(
    rf"{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon>[A-Za-z]{{3,9}}){_NO_YEAR_AFTER}"
)
_MONTH_NAME_DAY = re.compile(rf"(?<![\w])(?P<mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}{_NO_YEAR_AFTER}")
# An Arabic month after the day, as an Arabic wire's dateline writes it without the year (`القاهرة في 15 سبتمبر /أ ش أ/`,
# Cairo, 15 September): a day of the base's year, as `KUALA LUMPUR, 27 Okt:` is. The word `عام` or `سنة` (year) may
# come before a year after it. The day may touch the month, as it does in dates with their year (MINA's Arabic masthead
# of 2014, its Gregorian year left out: `الأحد،18ذوالحجة1435ه الموافق 12أكتوبر/تشرين الأول`).
_DAY_ARABIC_MONTH = re.compile(
    rf"(?<![\d_])(?P<d>{_DAY})\s{{0,3}}(?P<mon>{_ARABIC_MON})(?![\u0621-\u064A])"
    r"(?!\s{0,3}(?:(?:عام|سنة)\s{0,2})?\d{4}(?!\d))"
)
# The first day of a year-less range just before the day and month that end it (`20-29 Desember`, `5 hingga 18 Mac`):
# the range is read as its first day, as a body's is; a clock's minutes are none (`14:05 - 08 Juni`).
_RANGE_FIRST_DAY_REACH = 16
_RANGE_FIRST_DAY = re.compile(
    rf"(?<![\d_])(?<!\d[:.])(?P<d>{_DAY}){_ORDINAL}(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?:hingga|samp(?:ai|e)|to|dan|and)\s{{1,3}})$",
    re.IGNORECASE,
)

# Body shapes whose year comes from the publication date (a year may still be written).
# A weekday, its part of day (`Minggu subuh`, dawn) or words placing it (`Senin kemarin`, `Kamis lalu`, `Senin depan`,
# `Jumat pekan lalu`, `Jumat siang tadi` earlier today, `Monday next week`, MINA's `Friday prayer`), a comma
# (`Kamis, (13/7)`), also typed after a space (a regional quote's `Selasa ,(5/12/23)`). Sports pages write the zone
# of the part of day, late matches being at night in one zone and past midnight in another, and `dini hari` as one
# word (`Liga Champions matchday 1 masih berlanjut pada Kamis malam (18/9) atau Jumat dinihari WIB (20/9)`).
_WEEKDAY_BEFORE_PAREN = (
    rf"\b(?P<wd>{_WEEKDAY_WORD})(?:\s{{1,3}}{_PART_OF_DAY}(?:\s{{1,3}}(?:WITA|WIT|WIB))?)?"
    r"(?:\s{1,3}(?:(?:pekan|minggu)\s{1,3}(?:lalu|ini|depan|kemarin)|kemarin|lalu|ini|tadi|depan|mendatang"
    r"|(?:last|this|next)(?:\s{1,3}week)?|prayers?))?(?:\s{0,2},)?"
)
# A range or a pair of days in the parenthesis (`Kamis-Jumat (25-26/4)`, `Senin-Selasa (12-13 Mei)`, a school's `Rabu dan
# Kamis (25 – 26/1/2023)`, `Selasa dan Rabu (11 dan 12/6)`) is read as its first; the weekday written just before it
# names its last. A slash left before a deleted year (a bureau's `Jumat (26/7/) hingga Sabtu (27/7)`) ends a year-less
# one. A Papuan daily writes square brackets for the parentheses (`di Mulia, Kabupaten Puncak Jaya, Senin [22/3] lalu`),
# closed alike. A daily's photo captions set the year off with a spaced dash (`Harian Umum Solopos edisi Rabu (16/1 -
# 2019)`): a four-digit year there is the date's, as after a slash.
_LAST_DAY = rf"(?:(?:\s{{0,2}}-\s{{0,2}}|\s{{1,3}}(?:dan|and|&)\s{{1,3}})(?P<last_d>{_DAY}))?"
_WEEKDAY_PAREN_NUMERIC = re.compile(
    rf"{_WEEKDAY_BEFORE_PAREN}\s{{0,3}}(?:\((?P<parenthesis>)|\[)\s{{0,2}}(?P<d>{_DAY}){_LAST_DAY}/"
    r"(?P<m>[01]?\d)(?:(?:/|\s{0,2}-\s{0,2}(?=\d{4}(?!\d)))(?P<y>\d{4}|\d\d)?)?\s{0,2}(?(parenthesis)\)|\])",
    re.IGNORECASE,
)
# `kemarin` (yesterday) in a weekday's place, as regional dailies write the day before the paper's (`katanya, kemarin
# (26/7)`, `Jawa Barat, kemarin (29/3)`): a past day, with no weekday to check, and a recent one: a day further back
# than `_YESTERDAY_REACH` is a slip or a page dated wrong (`kemarin (25/11)` on the 21st), not a date a year ago.
_YESTERDAY_REACH = timedelta(days=31)
_YESTERDAY_PAREN_NUMERIC = re.compile(
    rf"\b(?P<wd>kemarin)\s{{0,3}}\(\s{{0,2}}(?P<d>{_DAY})/(?P<m>[01]?\d)\s{{0,2}}\)", re.IGNORECASE
)
# A day named by its distance from the publication day, with its day and month in parentheses or after a comma, as
# Malaysian and Indonesian papers write it (`tomorrow, on May 2`, `from today (May 2)`, `beginning tomorrow,
# October 11`, `besok, 11 Oktober`, Malay `esok iaitu 16 September` with its "namely"): the day is the one the word
# names, so a written day more than `_DAY_WORD_SLACK` from it (a page dated wrong, another day) is no date. The numeric
# `kemarin (26/7)` is `_YESTERDAY_PAREN_NUMERIC`.
_DAY_WORD_OFFSETS = {"today": 0, "hari ini": 0, "tomorrow": 1, "besok": 1, "esok": 1, "yesterday": -1, "kemarin": -1}
_DAY_WORD_SLACK = timedelta(days=1)
_DAY_WORD_NAMED = re.compile(
    r"\b(?P<word>today|hari\s{1,3}ini|tomorrow|b?esok|yesterday|kemarin)"
    # "namely" first: after a bare comma its word would be taken for a month and the match lost.
    r"(?:,?\s{1,3}(?:iaitu|yaitu)\s{1,3}|\s{0,3}\(\s{0,2}|\s{0,3},\s{0,3}(?:(?:on|pada)\s{1,3})?)"
    rf"(?:(?P<mon>{_MON})(?:\.\s{{0,3}}|\s{{1,3}})(?P<d>{_DAY}){_ORDINAL}"
    rf"|(?P<d2>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon2>{_MON}))"
    + _NO_YEAR_AFTER,
    re.IGNORECASE,
)
# A year-less day and month with its weekday after it in parentheses (`on 30th October (Wednesday)`, `12 Mei (Senin)`,
# `October 30 (Wednesday)`).
_NAMED_PAREN_WEEKDAY = re.compile(
    rf"(?:{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon>{_MON})"
    rf"|(?<![\w])(?P<mon2>{_MON})\.?\s{{1,3}}(?P<d2>{_DAY}){_ORDINAL})"
    rf",?\s{{0,3}}\(\s{{0,2}}(?P<wd>{_WORD})\s{{0,2}}\)",
    re.IGNORECASE,
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
# The month's abbreviation may touch its day (`Sunday (March.17)`, `Wednesday (Jan.16th)`). A day written first may
# be an ordinal as well, as Malaysian English writes it (`announced during a meeting earlier on Monday (19th August)`).
_WEEKDAY_PAREN_NAMED = re.compile(
    rf"{_WEEKDAY_BEFORE_PAREN}\s{{0,3}}\(\s{{0,2}}"
    rf"(?:(?P<mon>{_MON})(?:\.\s{{0,3}}|\.?,?\s{{1,3}})(?P<d>{_DAY}){_ORDINAL}"
    rf"|(?P<d2>{_DAY}){_ORDINAL}{_LAST_DAY}\s{{1,3}}(?P<mon2>{_MON})\.?)"
    rf"(?:,?\s{{1,3}}(?P<y>{_YEAR}))?\s{{0,2}}\)", re.IGNORECASE
)
# The comma after the weekday may be Arabic and spaced as Arabic text spaces it (`الجمعة ، 20 مايو`), or follow the
# weekday's part of day (`berlangsung pada Kamis malam, 28 Februari, dan diikuti`). An Arabic month may have two words
# or two names (`الثلاثاء، 17 تشرين الثاني/نوفمبر`).
_WEEKDAY_NAMED = re.compile(
    rf"\b(?P<wd>{_WEEKDAY_WORD})(?:\s{{1,3}}{_PART_OF_DAY}(?=\s{{0,2}},))?(?:\s{{0,2}}[,،])?\s{{0,3}}"
    rf"(?:(?P<mon>{_MON})\.?,?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}"
    rf"|(?P<d2>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon2>{_ARABIC_MON}|{_MON}))"
    # A year after it makes it an absolute date, read as such; any other number is no part of it (`Friday July 7,
    # 1,165 delegates`, `Kamis, 6 Juli 10.00 WIB`).
    r"\b(?!\.?,?\s{0,3}\d{4}(?!\d))"
)
# A year-less day and month with a word that places it, as reporters write the dates of the months around the
# article's (`ditemukan pada 30 Agustus lalu`, `digelar pada 29-31 Maret mendatang`, Malay `berkuat kuasa 5 hingga 18
# Mac ini`, `on 24th April this year`, `on Dec 12 last year`): the word says which of its years the day is, so it is a
# date without a weekday. A range is read as its first day. A comma may stand before a year (`on Dec 12, last year`),
# not before a short word: after a comma `lalu` is "then" and starts the next item of a list (`pada 20 Maret, lalu 27
# Maret`, `pada 10 Oktober, lalu Persita pada 17 Oktober`), so it places nothing; nor does the `lalu` of `lalu lintas`
# (traffic), the subject of the next clause (`mulai 12 Mei lalu lintas dialihkan`). Malay courts set their dates with
# `depan` (next: `menetapkan 10 November depan bagi sebutan semula kes`); before a name it is "in front of" (`pada 20
# Mei depan Gedung DPR`), which places nothing.
_YEAR_PLACING = r"tahun\s{1,3}(?:ini|lalu|lepas|depan|hadapan)|(?:this|last|next)\s{1,3}year"
_PLACING = (
    rf"(?:,(?=\s{{1,3}}(?:{_YEAR_PLACING})))?\s{{1,3}}"
    rf"(?P<when>{_YEAR_PLACING}|lalu(?!\s{{1,3}}lintas)|lepas|ini|mendatang|nanti|depan(?!\s{{1,3}}(?-i:[A-Z])))\b"
)
_PLACED_DAY_MONTH = re.compile(
    rf"{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}"
    rf"(?:(?:\s{{0,2}}[-–]\s{{0,2}}|\s{{1,3}}(?:hingga|samp(?:ai|e)|to|dan|and)\s{{1,3}})(?P<last_d>{_DAY}){_ORDINAL})?"
    rf"\s{{1,3}}(?P<mon>{_MON})\.?{_PLACING}", re.IGNORECASE
)
_PLACED_MONTH_DAY = re.compile(
    rf"(?<![\w])(?P<mon>{_MON})\.?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL},?\s{{1,3}}"
    r"(?P<when>(?:this|last|next)\s{1,3}year)\b", re.IGNORECASE,
)
# A wire's dateline gives its day and month without the year, the agency in parentheses and a dash after them
# (`KUALA LUMPUR, Aug 6 (Bernama) -- A witness told`, `MELAKA, 13 Jan (Bernama) -- Ikatan Relawan`, `HOUSTON, Jan 27
# (Reuters) - The new`, `GAZA, Dec. 1 (Xinhua) -- Hamas`): the day the story was filed, on or before the publication,
# so it is a body date as the same dateline with its year is. Without the agency and the dash, a bare `June 25` stays
# too little to report.
_WIRE_DATELINE_DAY = re.compile(
    rf",\s{{1,3}}(?P<date>(?P<mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<d>{_DAY})"
    rf"|(?P<d2>{_DAY})\s{{1,3}}(?P<mon2>[A-Za-z]{{3,9}})\.?)"
    r"\s{1,3}\((?-i:[A-Z])[\w&.'-]{1,24}(?:\s[\w&.'-]{1,24}){0,2}\)\s{0,3}(?:-{1,2}|[\u2013\u2014])\s"
)
# The first day and month of a range whose last one is placed (`25 April hingga 3 Mei ini`, `mulai 7 Juli hingga 30
# Agustus lalu`), just before it: a range runs forward, so it is the latest such day not after the placed one.
_RANGE_HEAD_REACH = 30
_RANGE_HEAD = re.compile(
    rf"(?<![\d_])(?P<d>{_DAY}){_ORDINAL}\s{{1,3}}(?P<mon>{_MON})(?=\.?\s{{1,3}}(?:hingga|samp(?:ai|e)|to|until|-)\s{{1,3}}$)",
    re.IGNORECASE,
)
# Which year a placing word puts the day in: that of the publication, the one before, the one after; `None` for the
# latest such day not after the publication (`lalu`, Malay `lepas`), 0 for the nearest (`ini`), 1 for the first
# from the publication on (`mendatang`, `nanti`, Malay `depan`).
_YEAR_OFFSETS = {"ini": 0, "this": 0, "lalu": -1, "lepas": -1, "last": -1, "depan": 1, "hadapan": 1, "next": 1}
_SHORT_PLACINGS = {"lalu": None, "lepas": None, "ini": 0, "mendatang": 1, "nanti": 1, "depan": 1}
# One of these is in any text with a placed date (`mendatang` has `datang`).
_PLACING_WORDS = ("ini", "lalu", "lepas", "datang", "nanti", "depan", "hadapan", "year")


def resolve_day_month(day: int, month: int, base: datetime | date, weekday: int | None = None) -> date | None:
    """The year of a year-less `day/month`, from the publication date `base`.

    The latest such date not after `base`; the next one instead only when it is close
    (an announced event) and the written weekday matches it but not the earlier one, or
    matches neither and it is the nearer. The weekday never changes day or month: real
    articles carry wrong weekdays.
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
    if later is None or weekday is None or later - reference > _UPCOMING_WINDOW:
        return earlier
    if later.weekday() == weekday and (earlier is None or earlier.weekday() != weekday):
        return later
    # A weekday that fits neither is a slip (`Selasa (11/3)` for Monday 11 March): the nearer day, not one a year back.
    if earlier is None or (earlier.weekday() != weekday and later - reference < reference - earlier):
        return later
    return earlier


def _day_month_date(text: str, base: datetime | date) -> DateSpan | None:
    """The first year-less `5 Februari` or `March 31`, on the latest such day not after `base`."""
    found = []
    patterns = (_DAY_MONTH_NAME, _MONTH_NAME_DAY) if text.isascii() else (_DAY_MONTH_NAME, _MONTH_NAME_DAY,
                                                                            _DAY_ARABIC_MONTH)
    for pattern in patterns:
        for match in pattern.finditer(text):
            month = _arabic_month_number(match["mon"]) if pattern is _DAY_ARABIC_MONTH else month_number(match["mon"])
            start, day_number = match.start(), int(match["d"])
            if month and pattern is _DAY_MONTH_NAME:
                head = _RANGE_FIRST_DAY.search(text, max(0, start - _RANGE_FIRST_DAY_REACH), start)
                if head is not None and int(head["d"]) < day_number:
                    start, day_number = head.start(), int(head["d"])
            day = resolve_day_month(day_number, month, base) if month else None
            if day is not None:
                found.append(DateSpan(start, match.end(), day))
                break
    return min(found, key=lambda item: item.start, default=None)


def _year_less_dates(text: str, base: datetime | date | None) -> list[DateSpan]:
    """Body shapes `Senin (22/4)`, `(Rabu, 9/11)`, `Thursday (June 25)`, `Sunday, August, 25th`."""
    found: list[DateSpan] = []
    parenthesis, slash = "(" in text or "[" in text, "/" in text
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
            if weekday is None and pattern is not _YESTERDAY_PAREN_NUMERIC:
                continue
            groups = match.groupdict()
            month_first = False
            if "m" in groups:
                month: int | None = int(match["m"])
                day_number = int(match["d"])
                # A translation that kept the American order (Berita Jakarta's English `Friday (9/16)`): a second
                # number that is no month makes the first one the month, when the weekday agrees.
                month_first = month > 12 and day_number <= 12 and groups.get("last_d") is None and weekday is not None
                if month_first:
                    month, day_number = day_number, month
            else:
                month = _arabic_month_number(match["mon"] or match["mon2"])
                day_number = int(match["d"] or match["d2"])
            if month is None:
                continue
            last_day = groups.get("last_d")
            if last_day is not None:
                if int(last_day) <= day_number:
                    continue  # no range: a score, a count
                weekday = (weekday - (int(last_day) - day_number)) % 7
            position = match.end()
            written_year = groups.get("y")
            if written_year:
                day = _make_date(_full_year(written_year, base), month, day_number)
            elif base is not None:
                day = resolve_day_month(day_number, month, base, weekday)
            else:
                day = None
            if (weekday is None and day is not None and base is not None
                    and _to_wib(base).date() - day > _YESTERDAY_REACH):
                continue
            if day is not None and not (month_first and day.weekday() != weekday):
                found.append(DateSpan(match.start(), match.end(), day))
    if base is not None:
        found.extend(_day_word_dates(text, base))
        if parenthesis:
            found.extend(_wire_dateline_dates(text, base))
    return found


def _placed_day(day_number: int, month: int, when: str, reference: date) -> date | None:
    """The day `day_number`/`month` in the year its placing word `when` names, seen from the publication day."""
    words = when.lower().split()
    if len(words) == 2:  # `tahun lalu`, `last year`: a year counted from the publication's
        offset = _YEAR_OFFSETS[words[1] if words[0] == "tahun" else words[0]]
        return _make_date(reference.year + offset, month, day_number)
    placing = _SHORT_PLACINGS[words[0]]
    if placing is None:  # past: the latest such day not after the publication
        return resolve_day_month(day_number, month, reference)
    candidates = [day for year in (reference.year - 1, reference.year, reference.year + 1)
                  if (day := _make_date(year, month, day_number)) is not None]
    if placing == 1:  # to come
        return min((day for day in candidates if day >= reference), default=None)
    return min(candidates, key=lambda day: abs(day - reference), default=None)


def _placed_dates(text: str, base: datetime | date) -> list[DateSpan]:
    """`30 Agustus lalu`, `29-31 Maret mendatang`, `24th April this year`: the day in the year its word names, and the
    first day of a range it ends (`25 April hingga 3 Mei ini`). Body dates only: a header's date is the first it
    writes, not a placed one after it."""
    lowered = text.lower()
    if not any(word in lowered for word in _PLACING_WORDS):
        return []  # the common case, tested cheaply
    found = []
    reference = _to_wib(base).date()
    patterns = (_PLACED_DAY_MONTH, _PLACED_MONTH_DAY) if "year" in lowered else (_PLACED_DAY_MONTH,)
    for pattern in patterns:
        for match in pattern.finditer(text):
            month = month_number(match["mon"])
            last_day = match.groupdict().get("last_d")
            if month is None or (last_day is not None and int(last_day) <= int(match["d"])):
                continue  # no month, or no range (a score, a count)
            day = _placed_day(int(match["d"]), month, match["when"], reference)
            if day is None:
                continue
            head = _RANGE_HEAD.search(text, max(0, match.start() - _RANGE_HEAD_REACH), match.start())
            head_month = month_number(head["mon"]) if head is not None else None
            head_day = resolve_day_month(int(head["d"]), head_month, day) if head_month is not None else None
            if head_day is not None:
                found.append(DateSpan(head.start(), head.end(), head_day))
            found.append(DateSpan(match.start(), match.end(), day))
    return found


def _wire_dateline_dates(text: str, base: datetime | date) -> list[DateSpan]:
    """`KUALA LUMPUR, Aug 6 (Bernama) --`: a wire dateline's day, on the latest such day not after `base`."""
    found = []
    for match in _WIRE_DATELINE_DAY.finditer(text):
        month = month_number(match["mon"] or match["mon2"])
        day = resolve_day_month(int(match["d"] or match["d2"]), month, base) if month else None
        if day is not None:
            found.append(DateSpan(match.start("date"), match.end("date"), day))
    return found


def _day_word_dates(text: str, base: datetime | date) -> list[DateSpan]:
    """`tomorrow, on May 2`, `today (May 2)`: the day the word names, when the written day and month agree with it."""
    found = []
    for match in _DAY_WORD_NAMED.finditer(text):
        month = month_number(match["mon"] or match["mon2"])
        if month is None:
            continue
        named = _to_wib(base).date() + timedelta(days=_DAY_WORD_OFFSETS[" ".join(match["word"].lower().split())])
        day_number = int(match["d"] or match["d2"])
        for year in (named.year, named.year - 1, named.year + 1):
            day = _make_date(year, month, day_number)
            if day is not None and abs(day - named) <= _DAY_WORD_SLACK:
                found.append(DateSpan(match.start(), match.end(), day))
                break
    return found


# Each year-less shape with whether it cannot match without a parenthesis, and without a slash (cheap tests first).
_YEAR_LESS_SHAPES = (
    (_WEEKDAY_PAREN_NUMERIC, True, True), (_PAREN_WEEKDAY_NUMERIC, True, True), (_WEEKDAY_PAREN_NAMED, True, False),
    (_WEEKDAY_NAMED, False, False), (_WEEKDAY_NUMERIC, False, True), (_NAMED_PAREN_WEEKDAY, True, False),
    (_YESTERDAY_PAREN_NUMERIC, True, True),
)
