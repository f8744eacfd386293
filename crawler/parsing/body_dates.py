"""`find_body_dates`: every date of an article body, read in small windows around its day numbers
within a fixed budget; Hijri dates paired with their Gregorian day.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from datetime import date, datetime, timedelta

from crawler.parsing.absolute_dates import ARABIC_ORDINAL_WORD, _FOUR_DIGITS, clocked_short_year_dates, gregorian_dates
from crawler.parsing.date_clock import DateSpan
from crawler.parsing.date_words import fold, weekday_number
from crawler.parsing.hijri import HIJRI_DATE, hijri_day_number, hijri_month, hijri_to_gregorian
from crawler.parsing.year_less_dates import _placed_dates, _year_less_dates

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
# Digit runs (ASCII and Arabic); a class, not `\d`, because it scans several times faster.
_DIGIT_RUN = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+")


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
    arabic = not text.isascii()
    for count, match in enumerate(_DIGIT_RUN.finditer(text, 0, _MAX_BODY_TEXT)):
        if count > _MAX_DIGIT_RUNS:
            break
        if match.end() - match.start() > 2 or (match.start() and _is_code_char(text[match.start() - 1])):
            # Not a day number: a year, a code such as R11; but an Arabic date may spell its day as an ordinal word,
            # and have only its year in digits (`في السابع من أكتوبر 2023`).
            if not (arabic and match.end() - match.start() == 4
                    and ARABIC_ORDINAL_WORD.search(text, max(0, match.start() - _WINDOW_BEFORE), match.start())):
                continue
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


# `bertepatan` (coinciding) may go without its `dengan` (with): `1 Maret 2025 bertepatan 1 Ramadan 1446 Hijriah`.
_PAIR_JOIN = re.compile(r"\s*(?:H\.?)?\s*(?:bertepatan(?: dengan)?|atau|/|-|=)\s*$", re.IGNORECASE)
# The pair written Gregorian first (`Senin, 17 Juni 2024 / 10 Dzulhijjah 1445 H`, `16 June 2024 (10 Dhul Hijjah 1445
# AH)`, `Jumat (10/5) atau 2 Dzulqa'dah 1445 H`): what joins the Gregorian date to the Hijri one after it. A calendar's
# list gives each day its Hijri date after a colon (`Senin, 1 Juli 2024: 24 Dzulhijjah 1445 H`), a sentence says it is
# that day (`hari ini 21 Juli 2024 adalah 15 Muharram 1446 H`): one day too, though Umm al-Qura may count it a day
# apart. A newspaper's masthead sets the day's dates apart with bullets or bars (`MINGGU LEGI • 30 APRIL 2023 • 9
# SYAWAL 1444 H • 9 SAWAL 1956`): the same day again, which Umm al-Qura puts a day earlier. The clock of the day's event
# may come before a `bertepatan` (`terjadi pada hari Selasa, 21 Juli 2020 Jam 00:32:46 WIB yang bertepatan dengan
# tanggal 29 Zulqa'dah 1441 H`), as after a Hijri date falling on a Gregorian one (`_FALLS_ON`).
_REVERSED_PAIR_JOIN = re.compile(
    r"\s{0,3}(?:M\.?)?\s{0,3}"
    r"(?:,?\s{0,2}(?:pukul|jam)\s{1,2}(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[.:][0-5]\d)?(?:\s{1,2}(?:WIB|WITA|WIT))?\s{1,3}"
    r"(?:yang\s{1,3})?(?=bertepatan))?"
    r"(?:bertepatan(?: dengan)?(?:\s{1,3}tanggal)?|atau|or|adalah|/|-|=|:|\u2022|\||(?P<parenthesis>\())\s{0,3}",
    re.IGNORECASE,
)
# The longest text `_REVERSED_PAIR_JOIN` matches (`   M.   ,  pukul  00:32:46  WITA   yang   bertepatan dengan
# tanggal   `): a date ending further before a Hijri one is not its pair, and is not tried (a calendar's hundreds of
# dates made the search quadratic in regex calls).
MAX_PAIR_JOIN = 72
# The era after the Hijri half, and the parenthesis that opened it, closing the mention.
_HIJRI_ERA_AFTER = re.compile(r" ?(?:AH|H)\b")
# A Hijri date said to fall on a Gregorian one later in the same sentence (`1 Syawal 1444 H atau Idul Fitri
# ditetapkan pemerintah jatuh pada Sabtu, 22 April 2023`): the Gregorian date is the day, even when the calendar
# the Hijri date is converted by puts it a day earlier. No number between them: another date would be the one
# that falls on it; only the Gregorian year said to be the Masehi one, which names no day (`1 Syawal 1446 Hijriah Tahun
# 2025 Masehi jatuh pada Senin, 31 Maret 2025`, `1 Syawal 1446 Hijriah atau Hari Raya Idul Fitri 2025 Masehi akan jatuh
# pada ...`). Nor is the clock the Hijri day's event is set at, as the ministry writes the new moon's conjunction
# (`Ijtima' ... terjadi pada tanggal 29 Syakban 1444 Hijriah sekitar pukul 00.23 WIB bertepatan dengan hari Rabu, 22
# Maret 2023 Masehi`).
_FALLS_ON = re.compile(
    r" ?(?:H|AH|Hijri(?:ah|yah)?)?(?:(?:pukul|jam)\s{1,2}(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d.:])|[^.!?;\n\d]"
    r"|(?<!\d)(?:19|20)\d\d(?=\s{1,3}(?:M|Masehi)\b)){0,90}"
    r"\b(?:jatuh|bertepatan|falls?|fell)\b[^.!?;\n\d]{0,30}",
    re.IGNORECASE,
)
_FALLS_ON_REACH = 130
# A year-less day written with the Hijri date it restates (`10 Zulhijah 1445 H jatuh pada Senin (17/6)`, `Jumat (10/5)
# atau 2 Dzulqa'dah 1445 H`) is in the year of the Hijri date, which says it, when the two agree to within this (the
# calendars put a Hijri day a day or two apart): an announcement months ahead names a day the publication date would
# put a year back. A Hijri year written wrong agrees with no year and changes nothing.
_HIJRI_AGREEMENT = timedelta(days=2)
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


def _gregorian_before(scanned: str, hijri: re.Match[str],
                      found: list[DateSpan]) -> tuple[DateSpan, re.Match[str]] | None:
    """The date just before a Hijri date that the Hijri one restates (`17 Juni 2024 / 10 Dzulhijjah 1445 H`), and
    what joins them."""
    start = hijri.start()
    for item in found:
        if start - MAX_PAIR_JOIN <= item.end <= start:
            join = _REVERSED_PAIR_JOIN.fullmatch(scanned, item.end, start)
            if join is not None:
                return item, join
    return None


def _end_of_reversed_pair(scanned: str, end: int, join: re.Match[str]) -> int:
    """The end of a Gregorian-then-Hijri mention: past the era (`H`, `AH`) and the parenthesis the join opened."""
    era = _HIJRI_ERA_AFTER.match(scanned, end)
    if era is not None:
        end = era.end()
    if join["parenthesis"] and scanned.startswith(")", end):
        end += 1
    return end


def _in_hijri_year(day: date, hijri_day: date | None) -> date:
    """A year-less `day` moved to the year in which it agrees with the Hijri date restating it, if there is one."""
    if hijri_day is None:
        return day
    for year in (hijri_day.year, hijri_day.year - 1, hijri_day.year + 1):
        try:
            candidate = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if abs(candidate - hijri_day) <= _HIJRI_AGREEMENT:
            return candidate
    return day


def _dates_in(scanned: str, base: datetime | date | None) -> list[DateSpan]:
    """The non-overlapping dates of one window, in order (the longest of those starting together)."""
    gregorian = gregorian_dates(scanned)
    found = gregorian + _year_less_dates(scanned, base) + clocked_short_year_dates(scanned, base)
    if base is not None:
        found += _placed_dates(scanned, base)
    gregorian_starts = sorted(item.start for item in found)
    hijri_dates = HIJRI_DATE.finditer(scanned) if _FOUR_DIGITS.search(scanned) else ()
    for match in hijri_dates:
        month = hijri_month(match["month"])
        day = hijri_to_gregorian(int(match["year"]), month, hijri_day_number(match)) if month else None
        before = _gregorian_before(scanned, match, found)
        if before is not None:  # the same day written twice: one mention, the Gregorian day
            restated, join = before
            restated_day = restated.day if restated in gregorian else _in_hijri_year(restated.day, day)
            found.append(DateSpan(restated.start, _end_of_reversed_pair(scanned, match.end(), join), restated_day))
            continue
        following = bisect_left(gregorian_starts, match.end())
        paired = following < len(gregorian_starts) and (
            gregorian_starts[following] <= match.end() + 40
            or (gregorian_starts[following] <= match.end() + _FALLS_ON_REACH
                and _FALLS_ON.fullmatch(scanned, match.end(), gregorian_starts[following]) is not None)
        )
        if paired:
            pair = _hijri_gregorian_pair(scanned, match, gregorian)
            if pair is not None:
                found.append(pair)
            else:  # the day it falls on is written without its year
                found = [item._replace(day=_in_hijri_year(item.day, day))
                         if item.start == gregorian_starts[following] and item not in gregorian else item
                         for item in found]
        elif day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    found.sort(key=lambda item: (item.start, -item.end))
    kept: list[DateSpan] = []
    for item in found:
        if not kept or item.start >= kept[-1].end:
            kept.append(item)
    return kept
