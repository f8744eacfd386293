"""Dates that write their year: ISO 8601, day-first and month-first names, Arabic months, numeric
`dd/mm/yyyy` and `yyyy-mm-dd`, ranges and pairs of days, two-digit years and Saudi numeric Hijri dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, time

from crawler.parsing.date_clock import DateSpan, _RANGE_DASH, _at_clock, _make_date, _midnight, _to_wib
from crawler.parsing.date_words import (
    _ARABIC_MON, _MON, _ZONES, ENGLISH_WEEKDAYS, _arabic_month_number, mistyped_month_number, month_number,
    weekday_number,
)
from crawler.parsing.hijri import hijri_to_gregorian

_DAY = r"[0-3]?\d(?!\d)"
# Before the look behind of a shape that starts with a digit: the scan leaves most positions at their first test.
_DIGIT_FIRST = r"(?=\d)"
# English ordinals in small or capital letters (`6TH MARCH 2024`), and Malay `hb` (haribulan, day of the month:
# `12hb Januari 2021`, `31 hb. Januari 2006`).
_ORDINAL = r"(?:st|nd|rd|th|ST|ND|RD|TH|\s?hb\.?)?"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# ISO 8601, also with a stray space before the `T` (`2025-09-01 T21:54:38Z`) or the zone's name in its place
# (`2019-09-28WIB19:17:34+07:00`) or after the clock (`2024-12-10 10:15 WITA`, `2026-09-11 03:57:07 UTC`), there also
# in parentheses (`2026-05-30 00:30 (GMT+7)`). A template's 12-hour clock may follow the date, with its half of the day
# (`2023-10-03 10:38 PM`, a script header's `on 2021-12-12 03:00 pm WIB`): 22:38 and 15:00, not the morning.
_ISO = re.compile(
    r"(?<!\d)(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?: ?T| |(?P<zone>WITA|WIT|WIB))(?P<hour>\d\d):(?P<minute>\d\d)"
    r"(?::(?P<second>\d\d)(?:\.\d{1,9})?)?(?:\s{0,2}(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?"
    r"(?:\s?(?P<offset>Z|[+-]\d\d:?\d\d)|\s{1,3}(?P<zone_parenthesis>\()?"
    r"(?P<zone_after_clock>(?i:WITA|WIT|WIB|WP|GMT|UTC|MYT|SGT))\b"
    r"(?P<zone_offset>[+-](?:\d\d:?\d\d|\d{1,2})(?!\d))?(?(zone_parenthesis)\)))?(?!\d)"
)
# ISO 8601's basic form (`20251112`, `20251112T143000+0700`), only as the whole string: in running text eight
# digits are an id or a phone number as often as a date.
_ISO_BASIC = re.compile(
    r"\s*(?P<y>(?:19|20)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)"
    r"(?:T(?P<hour>[0-2]\d)(?P<minute>[0-5]\d)(?P<second>[0-5]\d)?(?:\.\d{1,9})?(?P<offset>Z|[+-]\d\d:?\d\d)?)?\s*"
)

# A clock between the day and the year, as `date` and `ctime` print a moment and feeds and APIs copy it (`Tue Jul  2
# 12:44:23 WIB 2019`, `Sat Apr 06 00:49:30 +0800 2013`).
_CLOCK_BEFORE_YEAR = re.compile(
    r"(?<![\w])(?P<mon>[A-Za-z]{3,9})\.?\s{1,3}(?P<d>[0-3]?\d)\s{1,3}"
    r"(?P<hour>[012]?\d):(?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
    r"(?:\s{1,3}(?P<zone>WITA|WIT|WIB|WP|GMT|UTC|MYT|SGT|[PE][SD]T)|\s{1,3}(?P<offset>[+-]\d\d:?\d\d))?"
    r"\s{1,3}(?P<y>(?:19|20)\d\d)(?!\d)"
)

# Two days sharing a month or a year are two dates (`28 dan 30 Juni 2023`, `February 27 and March 13, 2017`, an event
# notice's `2 & 9 September 2021`), also when either is meant (`on the 17th or 18th June 2007`, `5 atau 6 Mei`).
_LIST_AND = r"(?:\s{1,3}(?:dan|and|or|atau)|\s{0,2}&)\s{1,3}"
# The first day of a range or a pair, looked for once a date is found, in the characters just before it; its month
# may be Arabic (`١ يوليو - ٣١ أغسطس ٢٠٢٧`), and so may the word ending the range (`من 1 إلى 14 أغسطس 2026`, "from 1 to
# 14 August", with or without the hamza; `حتى`, until), also with the `و` (and) a wire glues to it (Yemen's SABA:
# `خلال الفترة من 28 وحتى 30 يوليو 2025`, "from the 28th and until the 30th"). A slash may join its day and month as
# it joins the last's (a university calendar's `27/سبتمبر - 8/أكتوبر/2026م`). A clock's minutes are no first day
# (`Thời gian: 10:15 - 25/01/2026`, `14.05 - 8 Juni 2024`): the date after them is the clock's.
_ARABIC_RANGE_WORD = r"\s{1,2}و?(?:إلى|الى|حتى)\s{1,2}"
# Arabic joins two days with `و` (and), mostly glued to the second (`بين 12 و14 مايو 2025`, a school calendar's `ما بين
# 1 و2 يوليوز 2027`): a pair, as `dan` makes one.
_ARABIC_AND = r"\s{1,3}و\s{0,2}"
_RANGE_START = re.compile(
    rf"(?<![\d_])(?<!\d[:.])(?P<first_d>{_DAY}){_ORDINAL}(?:(?:\s{{1,3}}|\s?/\s?)(?P<first_mon>[A-Za-z]{{3,9}}|[\u0621-\u064A]{{3,7}})\.?)?"
    rf"(?:{_RANGE_DASH}|{_ARABIC_RANGE_WORD}|(?P<pair>{_LIST_AND}|{_ARABIC_AND}))\Z"
)
_PAIR_JOIN = re.compile(_LIST_AND)
_PAIRED_MONTH_FIRST = re.compile(
    rf"(?<![\w])(?P<first_mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<first_d>{_DAY}){_ORDINAL}{_LIST_AND}\Z"
)
_RANGE_REACH = 30
# A number sign just before a day number makes it a number, a journal issue's (`Vol. 5 No. 2 Desember 2014`, `Vol. IV,
# No. 2 Desember 2016`) or an item's: the month and year after it are the issue's, no day.
_NUMBER_SIGN = re.compile(r"(?:\b(?:No|NO|no|Nr)\.|\b(?:No|NO|Nomor|NOMOR|nomor)\b)\s{0,2}\Z")
_NUMBER_SIGN_REACH = 9
# An ordinal's `ke-` just before a day number makes it a count of weeks or stages, not a day (`sekitar Minggu ke-3 Maret
# 2021`, a school calendar's `Pekan ke-3 September 2026`, `LAPORAN MINGGU KE-2 JUNI 2020`): the month and year are the
# week's, no day. A week word with the bare `ke` counts too (`pekan ke 3 Maret 2021`), and a week word alone that is
# no weekday (a status report's `Week 3 March 2026 Status Report`, `Kegiatan Pekan 2 Agustus 2025`), not after a word
# making it a weekend or a week that a date follows (`akhir pekan 2 Juni 2024`, `last week 3 June`). The bare `ke`
# alone is `to` (`diundur ke 5 Juni 2024`, a date); `Minggu 2 Juni 2024` is a Sunday. The nth day is a day (`hari ke-3
# Juni 2024`).
_ORDINAL_MARK = re.compile(
    r"(?<![Hh]ari )(?<![Tt]anggal )(?<![A-Za-z])(?i:ke)\s?-\s?\Z|(?i:\b(?:minggu|pekan|week)\s{1,2}ke\s{1,2})\Z"
    r"|(?<![A-Za-z])(?<!(?i:this|last|next|khir) )(?i:week|pekan)\s{1,2}\Z"
)
_ORDINAL_MARK_REACH = 16


def _counted_not_dated(text: str, day_start: int) -> bool:
    """Whether the number at `day_start` is an issue's or an item's number (`No. 2 Desember 2014`) or an ordinal
    (`Minggu ke-3 Maret 2021`): a number before a month and a year that names no day."""
    return bool(
        _NUMBER_SIGN.search(text, max(0, day_start - _NUMBER_SIGN_REACH), day_start)
        or _ORDINAL_MARK.search(text, max(0, day_start - _ORDINAL_MARK_REACH), day_start)
    )
# The last characters of a range's or a pair's dashes and words (`-`, `s.d.`, `s/d`, `hingga`, `sampai`, `sampe`,
# `dengan`, `to`, `until`, `dan`, `and`, `or`, `atau`, `&`, `إلى`, `حتى`, `و`).
_RANGE_LAST_CHARACTERS = frozenset("-.dainolrue&ىو")
# The characters that may touch a range's or a pair's second day: a dash, Arabic's `و` (`1 و2 يوليوز`).
_RANGE_TOUCHING_CHARACTERS = frozenset("-و")
_DMY_NAME = re.compile(
    # A letter may touch the day: header text glued to it (`Bisnis.com15 Agustus 2019`); the formal `tahun` (year) may
    # come before the year (`12-15 Februari tahun 2025`, `17 Agustus Tahun 1945`). An ordinal may have a comma after it
    # (`25th, November 2025`), or `of` (British and Malaysian English: `15th of December 2025`, `the 5th of March 2025`).
    # A deed's formal date names the month and the year with their words (`Mulai tanggal 01 bulan Juni tahun 2024 s/d
    # tanggal 30 bulan November tahun 2024`): both, as a count of months before a month (`selama 3 bulan Juni 2024`) is
    # no day. Slashes may stand around the month (a form's `Jumat, 16/Agustus/2019 Pukul 23:21`, `Hadir Pada
    # 30/Januari/2025`), one after the day wanting one after the month; not after a slash (a receipt's number
    # `KWITANSI/1/AGUSTUS/2017`).
    rf"{_DIGIT_FIRST}(?<![\d_])(?P<d>{_DAY}){_ORDINAL}"
    r"(?:(?<=[A-Za-z])(?:,?\s{1,3}|\s{1,3}(?i:of)\s{1,3})|\s{1,3}|\s{0,2}-\s{0,2}|(?<!/\d)(?<!/\d\d)(?P<slash>\s?/\s?)"
    r"|\s{1,3}(?i:bulan)\s{1,3}(?=[A-Za-z]{3,9}\s{1,3}(?i:tahun)\s))"
    rf"(?P<mon>{_MON})\.?"
    rf"(?(slash)\s?/\s?|(?:,?\s{{1,3}}(?:[Tt]ahun\s{{1,3}})?|\s{{0,2}}-\s{{0,2}}))(?P<y>{_YEAR})"
)
# Arabic digits may touch an Arabic month (`15نيسان/أبريل2014`), which may have two words or two names; the word
# `عام` or `سنة` (year) may come before the year, as `tahun` does in Indonesian (`5 نوفمبر/تشرين الثاني عام 2009`).
# Egyptian pages and Gulf calendars put slashes around the month's name (`السبت 07/يناير/2017 - 09:21 م`, a university
# calendar's `7/يناير/2027م`): a slash after the day wants one after the month. Templates join the three with bare
# commas (an Arabic time filter's `14:35 , 4,يونيو,2024`, an article card's `30,يناير,2025`): a comma after the day
# wants one after the month.
_DMY_ARABIC = re.compile(
    rf"(?<![\d_])(?P<d>{_DAY})(?:(?P<slash>\s?/\s?)|(?P<comma>,)|\s{{0,3}})(?P<mon>{_ARABIC_MON})"
    rf"(?(slash)\s?/\s?|(?(comma),|\s{{0,3}}(?:(?:عام|سنة)\s{{0,2}})?))(?P<y>{_YEAR})"
)
# Arabic writes a day as an ordinal word, with its article, before `من` (of) and the month (`في السابع من أكتوبر 2023`,
# "on the seventh of October 2023"; the 15th `الخامس عشر من شهر سبتمبر`, the 21st `الحادي والعشرين من مارس 2024`), or
# joined to the month by `لـ` (to) as after `الموافق` (Mauritania's crescent committee: `غدا الإثنين الموافق للثامن
# يوليو 2024`). Only with a Gregorian month and a four-digit year: a Hijri month is the Hijri reader's.
_ARABIC_ORDINAL_DAY = re.compile(
    r"(?<![\u0621-\u064A])(?:ال|لل)(?:(?P<unit>أول|اول|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)"
    r"(?:\s{1,2}(?P<teen>عشر)|\s{1,2}و\s{0,2}ال(?P<tens>عشرين|ثلاثين))?|(?P<tens_only>عشرين|ثلاثين))"
    rf"\s{{1,2}}(?:من\s{{1,2}}(?:شهر\s{{1,2}})?)?(?P<mon>{_ARABIC_MON})"
    rf"\s{{0,3}}(?:ل?(?:عام|سنة)\s{{0,2}})?(?P<y>{_YEAR})"
)
# An ordinal day word as `_ARABIC_ORDINAL_DAY` starts, for the body's scan to look at the year after it: such a date has
# no day number to open a window around.
ARABIC_ORDINAL_WORD = re.compile(
    r"(?<![\u0621-\u064A])(?:ال|لل)(?:أول|اول|حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر|عشرين|ثلاثين)\s"
)
_ARABIC_ORDINAL_UNITS = {
    "أول": 1, "اول": 1, "حادي": 1, "ثاني": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "سادس": 6, "سابع": 7, "ثامن": 8,
    "تاسع": 9, "عاشر": 10,
}
# An ordinal after a part's name counts the parts of the month, no day (`النصف الثاني من يونيو 2024`, the second half;
# `الأسبوع الثالث من مارس 2024`, the third week), as `Minggu ke-3 Maret 2021` does; after a Levantine or a Hijri month's
# first word it ends that month's name (`كانون الثاني يناير 2024`, January).
_ARABIC_PART_BEFORE_ORDINAL = re.compile(
    r"(?:أسبوع|اسبوع|نصف|ربع|ثلث|عقد|جزء|فصل|مرحلة|دور|جولة|شطر|كانون|تشرين|ربيع|جمادى|جمادي)\s{1,2}\Z"
)
_ARABIC_PART_REACH = 12

_MDY_NAME = re.compile(
    # The comma may touch the year (ANTARA's English datelines: `Jakarta, Jan 30,2018 (Antara)`), or the day after the
    # month, as card templates join them (a news theme's author card `Sasha ● March,29 2024 ● Comments`, a shop's
    # review stamp `Surabaya, Jawa Timur no Januari,19 2023`).
    rf"(?<![\w])(?P<mon>{_MON})\.?(?:,\s{{0,3}}|\s{{1,3}})(?P<d>{_DAY}){_ORDINAL}"
    rf"(?:{_RANGE_DASH}(?:[A-Za-z]{{3,9}}\.?\s{{1,3}})?{_DAY}{_ORDINAL})?(?:,\s{{0,3}}|\s{{1,3}})(?P<y>{_YEAR})"
)
# Year, month name, day, as citations, changelogs and file headers write a date (`2021 Jun 15`, `Date  : 2021 Jun 15
# 06:38:30 PM`, `eLife. 2021 Jun 15;10:e65554`).
_YMD_NAME = re.compile(
    rf"{_DIGIT_FIRST}(?<![\w/.-])(?P<y>{_YEAR}),?\s{{1,3}}(?P<mon>[A-Za-z]{{3,9}})\.?\s{{1,3}}(?P<d>{_DAY}){_ORDINAL}"
    r"(?![:.]?\d)"
)
# The second number may be a day (`11/29/2011`, written month first): read as such when the first is a month. A range
# of days before the slashes is read as its first (`(12-13/11/2022)`, a school's `Rabu dan Kamis (25 – 26/1/2023)`),
# not a clock's minutes (an app's `Thời gian: 10:15 - 25/01/2026`).
# A space may stand on either side of a slash, not always the same (a dateline's `Jakarta, 31/12 / 2021`, a form's
# `4 /12 / 2021`). So may a space around a dash, as a form or a card spaces it (`Tanggal: 22 - 10 - 2023`, `12 - 02 - 2024
# , 04:30PM`, `Ending Date : 02 - 11 -2023`).
_NUMERIC_DMY = re.compile(
    _DIGIT_FIRST + r"(?<![\d/.-])(?:(?<!\d:)(?P<first_d>[0-3]?\d)(?:-|(?P<spaced>\s{1,2}[-–]\s{1,2})))?"
    r"(?P<d>[0-3]?\d)(?P<sep>[.-]|(?P<slash> ?/ ?)|(?P<spaced_dash> {1,2}- {0,2}| {0,2}- {1,2}))(?P<m>[0-3]?\d)"
    r"(?(slash) ?/ ?|(?(spaced_dash) {0,2}- {0,2}|(?P=sep)))"
    r"(?P<y>\d{4})(?![\d/])"
)
# An English day name just before a numeric date (`Fri, 04/10/2009`, `Friday (04/10/2009)`): the word ending these
# characters once the separators after it are stripped.
_WEEKDAY_BEFORE_REACH = 16
_SEPARATORS_AFTER_WEEKDAY = " \t\n,.("
_LATIN_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
# `31-10-13`: a two-digit year, read only in a date string (parse_date), never in a body.
_NUMERIC_DMY_SHORT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<y>\d\d)(?![\d/.-])"
)
# `01-Jan-15`: a named month and a two-digit year, likewise only in a date string (a body reads it only before a
# clock with seconds, `_CLOCKED_SHORT_YEAR`); also with spaces (an index's `22 Jul 24`, an old feed's `Mon, 12 May
# 25 14:30:00 +0700`): there the year ends the line or a field, or a clock follows it; a clock is no year (`12 Mei
# 14:30`), a count no year either (`1 Des 20 orang`).
_NAMED_MONTH_SHORT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<d>[0-3]?\d)(?P<sep>[-/ ])(?P<mon>[A-Za-z]{3,9})\.?(?P=sep)(?P<y>\d\d)(?![\d/.:-])"
    r"(?:(?<! \d\d)|(?=[ \t]*(?:\Z|[\n|,)]|[012]?\d[:.][0-5]\d)))"
)
# In a body a two-digit year is read only in the seismology agency's quake line, which articles quote whole
# (`#Gempa Mag:6.4, 11-Okt-18 01:44:57 WIB, Lok:7.42 LS`): a month name between dashes, then a clock with seconds.
_CLOCKED_SHORT_YEAR = re.compile(
    r"(?<![\w/.-])(?P<d>[0-3]?\d)-(?P<mon>[A-Za-z]{3,9})-(?P<y>\d\d)(?= {1,2}[012]?\d:[0-5]\d:[0-5]\d(?!\d))"
)
# A number written like a date after `Nomor`, `No.` or `Number` names a document, not a day (`Surat Edaran Nomor
# 12/5/2024`, `SE Nomor: 7/4/2023`).
_DOCUMENT_NUMBER_BEFORE = re.compile(r"(?<![\w])(?i:nomor|no|nr|number)\.?\s{0,3}:?\s{0,3}\Z")
_NUMERIC_YMD = re.compile(
    _DIGIT_FIRST + r"(?<![\d/.-])(?P<y>\d{4})(?P<sep>[/.-])(?P<m>[01]?\d)(?P=sep)(?P<d>[0-3]?\d)(?![\d/])"
)
# The header line most pages print, whole: words without digits (a weekday, a byline), a day, a month name, a year,
# then perhaps a 24-hour clock and an Indonesian zone (`Selasa, 20 Mei 2025 00:30 WIB`, `Rabu, 24 Desember 2025 |
# 07:26`, `Rana Setiawan - Jumat, 15 Februari 2019 - 23:14 WIB`, `1 Juli 2011`). Each part is a narrower form of the
# one `_DMY_NAME` and `_TIME_AFTER_DATE` match, so a line it reads is read as the chain of shapes reads it, in a
# fraction of the time; a line with anything more (a range, an ordinal, am/pm, a second date) is left to the chain.
_HEADER_LINE = re.compile(
    r"\D*(?<![\d_])(?P<d>[0-3]?[0-9])\s{1,3}(?P<mon>[A-Za-z]{3,9})\.?\s{1,3}(?P<y>(?:19|20)[0-9][0-9])"
    r"(?:(?:\s{1,3}|\s{0,3}[,|-]\s{0,3})(?P<hour>[01]?[0-9]|2[0-3])[:.](?P<minute>[0-5][0-9])(?:[:.](?P<second>[0-5][0-9]))?"
    r"(?:\s{1,3}(?P<zone>WITA|WIT|WIB))?)?\s*"
)
_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Every Gregorian and Hijri shape writes a four-digit year: a text without four digits in a row has none.
_FOUR_DIGITS = re.compile(r"\d{4}")
# The Hijri years Umm al-Qura converts: a numeric date written year first with one is Hijri, never a Gregorian day.
_HIJRI_YEARS = (1343, 1500)


# A two-digit year lands at most this many years after the base's (`99` written in 2024 is 1999).
_SHORT_YEAR_AHEAD = 50


def _full_year(written: str, base: datetime | date | None) -> int:
    """A written year in full: two digits name the year nearest `base` (or now) in a sliding century, so the one
    before when the century of `base` would put it more than fifty years ahead (`09-Nov-99` is 1999)."""
    year = int(written)
    if len(written) == 2:
        reference_year = _to_wib(base).year
        year += reference_year // 100 * 100
        if year > reference_year + _SHORT_YEAR_AHEAD:
            year -= 100
    return year


def _named_date(match: re.Match[str]) -> date | None:
    """The day of a match with a month name (`mon`), a day (`d`) and a year (`y`); None when there is none such."""
    month = month_number(match["mon"]) or mistyped_month_number(match["mon"])
    return _make_date(int(match["y"]), month, int(match["d"])) if month else None


def _named_month_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    found = []
    for match in pattern.finditer(text):
        day = _named_date(match)
        if day is None:
            continue
        start = match.start()
        if pattern is _MDY_NAME and start > 1 and text[start - 2] in "dnr":  # `February 27 and March 13, 2017`
            before = _PAIRED_MONTH_FIRST.search(text, max(0, start - _RANGE_REACH), start)
            first = _range_start(int(before["first_d"]), before["first_mon"], day) if before else None
            if first is not None:
                found.append(DateSpan(before.start(), before.end("first_d"), first))
        found.append(DateSpan(start, match.end(), day))
    return found


def _day_first_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    """Day-first dates; a range of days is read as its first (`12-14 Maret 2024`), a pair as two dates
    (`28 dan 30 Juni 2023`)."""
    found: list[DateSpan] = []
    for match in pattern.finditer(text):
        day = _named_date(match)
        if day is not None and not _counted_not_dated(text, match.start()):
            start, day = _range_head(text, match.start(), day, found)
            found.append(DateSpan(start, match.end(), day))
    return found


def _range_head(text: str, start: int, day: date, found: list[DateSpan]) -> tuple[int, date]:
    """The start and the day of a day-first date whose day number is at `start`: a range's first day (`12-14 Maret
    2024`); a pair's first is a date of its own, added to `found` (`28 dan 30 Juni 2023`)."""
    # A dash or `و` touches the day, or the range's last character is one before it (`12 - 14`, `12 s.d. 14`).
    if start > 1 and (text[start - 1] in _RANGE_TOUCHING_CHARACTERS or text[start - 2] in _RANGE_LAST_CHARACTERS):
        before = _RANGE_START.search(text, max(0, start - _RANGE_REACH), start)
        first = _range_start(int(before["first_d"]), before["first_mon"], day) if before else None
        if first is not None and _counted_not_dated(text, before.start("first_d")):
            first = None  # a week's number, the range's start (`Periode: Pekan 2 sampai 28 Oktober 2026`)
        if first is not None and before["pair"]:
            found.append(DateSpan(before.start(), before.start("pair"), first))
        elif first is not None:  # not so `3-1 Mei 2023`, a score before a date
            return before.start(), first
    return start, day


def _arabic_ordinal_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    """Days written as Arabic ordinal words before a Gregorian month and a year (`السابع من أكتوبر 2023`)."""
    if text.isascii():
        return []
    found = []
    for match in pattern.finditer(text):
        if _ARABIC_PART_BEFORE_ORDINAL.search(text, max(0, match.start() - _ARABIC_PART_REACH), match.start()):
            continue
        if match["tens_only"]:
            day_number = 20 if match["tens_only"] == "عشرين" else 30
        else:
            day_number = _ARABIC_ORDINAL_UNITS[match["unit"]]
            if match["teen"]:
                day_number += 10
            elif match["tens"]:
                day_number += 20 if match["tens"] == "عشرين" else 30
        month = _arabic_month_number(match["mon"])
        day = _make_date(int(match["y"]), month, day_number) if month else None
        if day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    return found


def _arabic_dates(text: str, pattern: re.Pattern[str]) -> list[DateSpan]:
    """Day-first dates with an Arabic month, in a text with letters other than ASCII; a range as its first day."""
    if text.isascii():
        return []
    found: list[DateSpan] = []
    for match in pattern.finditer(text):
        month = _arabic_month_number(match["mon"])
        day = _make_date(int(match["y"]), month, int(match["d"])) if month else None
        if day is not None:
            start, day = _range_head(text, match.start(), day, found)
            found.append(DateSpan(start, match.end(), day))
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
        if not 1900 <= year <= 2100 or _DOCUMENT_NUMBER_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue
        first_day = match.groupdict().get("first_d")
        start = match.start()
        if first_day is not None:
            # Only days that run forward between slashes make a range (not `3-1/5/2024`, nor `12-13-11-2022`); a
            # number before a spaced dash that does not is no part of the date (a score: `menang 3 - 1/5/2024`).
            if match["slash"] is not None and int(first_day) < day_number:
                day = _make_date(year, month, int(first_day)) if _make_date(year, month, day_number) else None
                if day is not None:
                    found.append(DateSpan(start, match.end(), day))
                continue
            if match["spaced"] is None:
                continue
            start = match.start("d")
        # Spaced dashes are a form's day-first date: a number past twelve there is no month (`skor 2 - 13 - 2024`).
        spaced_dash = "spaced_dash" in match.re.groupindex and match["spaced_dash"] is not None
        if month > 12 >= day_number and not spaced_dash:  # m/d/yyyy written the American way
            month, day_number = day_number, month
        elif month != day_number and month <= 12 and day_number <= 12 and _month_first(text, start, year,
                                                                                         month, day_number):
            month, day_number = day_number, month
        day = _make_date(year, month, day_number)
        if day is not None:
            found.append(DateSpan(start, match.end(), day))
    return found


def _month_first(text: str, start: int, year: int, month: int, day_number: int) -> bool:
    """Whether a numeric date that reads either way is written month first: an English day name before it
    (`Fri, 04/10/2009 3:30 PM`) names the weekday of the month-first reading and not of the day-first one.
    Indonesian and Malay day names go with day-first dates, whatever weekday they name."""
    before = text[max(0, start - _WEEKDAY_BEFORE_REACH):start].rstrip(_SEPARATORS_AFTER_WEEKDAY)
    word = before[len(before.rstrip(_LATIN_LETTERS)):].lower()
    if word not in ENGLISH_WEEKDAYS:
        return False
    weekday = weekday_number(word)
    day_first, month_first = _make_date(year, month, day_number), _make_date(year, day_number, month)
    return (month_first is not None and month_first.weekday() == weekday
            and (day_first is None or day_first.weekday() != weekday))


# Shapes in order of trust: a named month is unmistakable, a numeric date can be a code. A year before a month name,
# rare in a header, comes last, so that a numeric date's header is not scanned for it.
_GREGORIAN_SHAPES: tuple[tuple[Callable[[str, re.Pattern[str]], list[DateSpan]], re.Pattern[str]], ...] = (
    (_day_first_dates, _DMY_NAME), (_named_month_dates, _MDY_NAME), (_arabic_dates, _DMY_ARABIC),
    (_arabic_ordinal_dates, _ARABIC_ORDINAL_DAY),
    (_numeric_dates, _NUMERIC_DMY), (_numeric_dates, _NUMERIC_YMD), (_named_month_dates, _YMD_NAME),
)


def gregorian_dates(text: str) -> list[DateSpan]:
    """Absolute Gregorian dates (named month or numeric, four-digit year) in `text`."""
    if not _FOUR_DIGITS.search(text):
        return []
    return [span for reader, pattern in _GREGORIAN_SHAPES for span in reader(text, pattern)]


def header_line_moment(text: str) -> datetime | None:
    """The moment a whole header line of the most common shape (`_HEADER_LINE`) states; None for any other text."""
    match = _HEADER_LINE.fullmatch(text)
    if match is None or _counted_not_dated(text, match.start("d")):
        return None
    month = month_number(match["mon"])
    day = _make_date(int(match["y"]), month, int(match["d"])) if month else None
    if day is None:
        return None
    if match["hour"] is None:
        return _midnight(day)
    clock = time(int(match["hour"]), int(match["minute"]), int(match["second"] or 0))
    return datetime.combine(day, clock, tzinfo=_ZONES[match["zone"] or "WIB"])


def clocked_short_year_dates(text: str, base: datetime | date | None) -> list[DateSpan]:
    """The `dd-Mon-yy` dates a clock with seconds follows (`11-Okt-18 01:44:57 WIB`): the only two-digit years a
    body is read for (century from `base`, else now)."""
    found = []
    for match in _CLOCKED_SHORT_YEAR.finditer(text):
        month = month_number(match["mon"])
        day = _make_date(_full_year(match["y"], base), month, int(match["d"])) if month else None
        if day is not None:
            found.append(DateSpan(match.start(), match.end(), day))
    return found


def _short_year_date(text: str, base: datetime | date | None) -> DateSpan | None:
    """The first `dd-mm-yy` or `dd-Mon-yy` date (century from `base`, else 2000)."""
    for pattern in (_NUMERIC_DMY_SHORT_YEAR, _NAMED_MONTH_SHORT_YEAR):
        for match in pattern.finditer(text):
            month = int(match["m"]) if "m" in match.groupdict() else month_number(match["mon"])
            day = _make_date(_full_year(match["y"], base), month, int(match["d"])) if month else None
            if day is not None:
                return DateSpan(match.start(), match.end(), day)
    return None


# A weekday's year-less date paired with the next weekday's written in full (`berlanjut, pertengahan pekan ini, Rabu (3/10)
# dan Kamis (4/10/2018) dini hari Wita`, `mulai Sabtu (4/11) hingga Minggu (5/11/2023)`): looked for in the characters
# before the full date's parenthesis. The first day is the pair's, in the full date's year.
_YEAR_LESS_PAIR_HEAD = re.compile(
    r"(?<![\w])(?P<weekday>[A-Za-z']{3,9})\s{0,3}\(\s{0,2}(?P<d>[0-3]?\d)/(?P<m>[01]?\d)\s{0,2}\)"
    r"(?:\s{1,3}(?:dan|and|hingga|sampai|sampe|s\.?d\.?|s/d)|\s{0,2}[-&])\s{1,3}"
    r"(?P<last_weekday>[A-Za-z']{3,9})\s{0,3}\(\s{0,2}\Z"
)
_YEAR_LESS_PAIR_HEAD_REACH = 48
# The days of a pair or a range lie within a month of each other.
_PAIR_SPAN = 31


def _year_less_pair_head(text: str, found: DateSpan) -> DateSpan | None:
    """The year-less weekday date paired before `found` (`Rabu (3/10) dan Kamis (4/10/2018)`), through `found`'s end;
    None when there is none."""
    before = text[max(0, found.start - _YEAR_LESS_PAIR_HEAD_REACH):found.start]
    if not before.rstrip().endswith("("):
        return None  # the common case, tested cheaply
    head = _YEAR_LESS_PAIR_HEAD.search(before)
    if head is None or weekday_number(head["weekday"]) is None or weekday_number(head["last_weekday"]) is None:
        return None
    month, day_number, last = int(head["m"]), int(head["d"]), found.day
    year = last.year if (month, day_number) <= (last.month, last.day) else last.year - 1
    day = _make_date(year, month, day_number)
    if day is None or not 0 < (last - day).days <= _PAIR_SPAN:
        return None
    return DateSpan(found.start - len(before) + head.start(), found.end, day)


def _first_gregorian(text: str) -> DateSpan | None:
    """The first date of the most trusted shape present (a header line names one date). The first of a pair of days
    ends where the pair does: the clock after it is both days' (`2 & 9 September 2021 pukul 19.00-21.00 WIB`)."""
    for reader, pattern in _GREGORIAN_SHAPES:
        found = reader(text, pattern)
        if found:
            # A one-word Arabic month fits the day-first shape too: in Arabic text a date only the Arabic shape reads,
            # written first, is the first (`في 24 ابريل عام 2014م, وبدأ بثها التجريبي في 29 ابريل 2014م`).
            if pattern is _DMY_NAME and _ARABIC_LETTER.search(text):
                arabic = _arabic_dates(text, _DMY_ARABIC)
                if arabic and arabic[0].start < found[0].start:
                    found = arabic
            first = found[0]
            if len(found) > 1 and _PAIR_JOIN.fullmatch(text, first.end, found[1].start):
                return first._replace(end=found[1].end)
            return _year_less_pair_head(text, first) or first
    return None


def _numeric_hijri(text: str) -> DateSpan | None:
    """A Hijri date written `yyyy/mm/dd` (Saudi style), converted."""
    for match in _NUMERIC_YMD.finditer(text):
        year = int(match["y"])
        if _HIJRI_YEARS[0] <= year <= _HIJRI_YEARS[1]:
            day = hijri_to_gregorian(year, int(match["m"]), int(match["d"]))
            if day is not None:
                return DateSpan(match.start(), match.end(), day)
    return None


def _clock_before_year(text: str) -> datetime | None:
    """The first `Mon DD HH:MM:SS [zone] YYYY` moment, in the zone or offset it writes."""
    for match in _CLOCK_BEFORE_YEAR.finditer(text):
        day = _named_date(match)
        if day is not None:
            return _at_clock(day, match)
    return None


def _iso(text: str) -> tuple[datetime, int] | None:
    """The moment of the first ISO 8601 stamp in `text`, and where the stamp starts."""
    # The extended form has its dashes.
    match = (_ISO.search(text) if "-" in text else None) or _ISO_BASIC.fullmatch(text)
    if not match or _HIJRI_YEARS[0] <= int(match["y"]) <= _HIJRI_YEARS[1]:
        return None  # a Hijri year: Saudi sites write their Hijri dates as ISO ones are (`1437-03-13 05:44 مساءً`)
    day = _make_date(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    moment = _midnight(day) if match["hour"] is None else _at_clock(day, match)
    return (moment, match.start()) if moment is not None else None
