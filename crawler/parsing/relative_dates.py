"""Relative times (`6 jam yang lalu`, `2 hours ago`, `منذ 3 ساعات`, `kemarin pukul 12.00`, `hari ini`),
read back from a base time: calendar units as whole months, the others as seconds.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from crawler.parsing.date_clock import _TIME, _at_clock, _make_date, _midnight, _to_wib
from crawler.parsing.date_words import weekday_number

# Counts written as words (`dua jam yang lalu`, `two hours ago`); `setengah` (half) only of a clock unit.
_NUMBER_WORDS = {
    "satu": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6, "tujuh": 7, "delapan": 8, "sembilan": 9,
    "sepuluh": 10, "setengah": 0.5, "an": 1, "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "half an": 0.5,
}
# A ticker's `Latest` list glues the headline to it (`3 hours agoSudan's RSF Welcome ...`): a capital after `ago`; a
# news theme's byline glues the `on` before its hidden date (`Published 2 months agoon By ...`): `on` after `ago`. An
# icon's label may touch the count (an aggregator's `time2 hours ago`). A theme half translated to Arabic writes `ago`
# as `منذ قليل` (a while ago) after the English count (MINA's Arabic edition: `13 hours منذ قليل`). `a few seconds ago`,
# what a card's relative-time script prints for the last half minute, is half a minute back, as `beberapa detik` is;
# `a few` of a larger unit says too little. Short relative-time locales cut the larger units too (timeago's `1 wk ago`,
# `3 mos ago`, `1 yr ago` of a post card, a theme's `2 Yrs Ago`, the browser's short `3 wk. ago`, `5 mo. ago`), and
# months cut to `mth` (a forum post's `7 mths ago`, a feed's `1 Mth Ago`).
_EN_RELATIVE = re.compile(
    r"(?:(?<![\d.,_])(?P<n>\d{1,5})\s{0,2}"
    r"|(?<![\w])(?:(?P<few>a\s{1,3}few)\s{1,3}|(?P<n_word>half\s{1,3}an|an?|one|two|three|four|five|six|seven|eight|nine|ten)\s{1,3}))"
    r"(?P<unit>sec|second|min|minute|hr|hour|day|week|wk|month|mth|mo|year|yr)s?\.?\s{1,3}"
    r"(?:ago(?:\b|(?-i:(?=[A-Z]|on(?:\b|[A-Z]))))|منذ\s{1,3}قليل)",
    re.IGNORECASE
)
# The compact count of a news site's cards and tickers, its unit's letter glued to it (`3h ago`, `15m ago`, `2d ago`,
# relative-time helpers' `30s ago`, never a decade's `1990s`): `m` is minutes there, as months are never counted so.
# The same helpers count years by `y` (`${years}y ago`, a card list's `time: "1y ago"`), calendar years back.
_EN_COMPACT_RELATIVE = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,5})(?P<unit>[hmdwy]|(?<!\d\d\d)s)\s{1,3}ago(?:\b|(?-i:(?=[A-Z]|on(?:\b|[A-Z]))))",
    re.IGNORECASE,
)
# `5 menit yang lalu`, `5 mnt yg lalu`, the short `1dt`, `5m` (minutes, glued: `200 m lalu belok` is metres and
# then), `2j`, `1hr`, `2mgg` of apps and widgets, and their other cuts of `jam` and `hari` (a card helper's
# `${diffHours} jm lalu`, `${diffDay} hri lalu`; never `mg`, which is milligrams: `timbang 200 mg lalu tuang`); Malay
# writes `yang lepas` and `minit`; `beberapa detik/saat` is half a minute. An aggregator's ticker glues its source's
# domain to it (`19 jam lalufajar.co.id`).
_ID_RELATIVE = re.compile(
    r"(?:(?<![\d.,_])(?P<n>\d{1,5})\s{0,2}"
    r"|(?<![\w])(?:(?P<n_word>satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|setengah)\s{1,3}"
    r"|se|(?P<few>beberapa)\s{1,3}))"
    r"(?P<unit>detik|dtk|dt|saat|menit|mnt|minit|min|(?<=\d)m|jam|jm|j|hari|hri|hr|h|minggu|mgg|mgu|pekan|bulan|bln|tahun"
    r"|thn)"
    r"\s{1,3}(?:(?:yang|yg)\s{1,3})?(?:lalu|lepas)(?:\b|(?=[a-z0-9-]{2,40}\.(?:co\.id|com|id|net|org|my)\b))",
    re.IGNORECASE
)
# The larger parts of a duration written in several, each just before the next (`2 jam 5 menit yang lalu`, `1 year 46
# weeks ago`, `1 hour and 20 minutes ago`, `2thn 3bln 1hr 1dt yang lalu`).
_EARLIER_PART = re.compile(
    r"(?<![\w.,])(?P<n>\d{1,5})\s{0,2}(?P<unit>detik|dtk|dt|menit|mnt|minit|jam|jm|j|hari|hri|minggu|mgg|pekan|bulan|bln"
    r"|tahun|thn|sec|second|min|minute|hr|hour|day|week|month|year)s?,?\s{1,3}(?:(?:dan|and)\s{1,3})?\Z", re.IGNORECASE
)
_EARLIER_PART_REACH = 24
# `kurang dari 1 menit yang lalu`, `less than 1 hour ago`: within the last minute, hour or day, read as just now; less
# than more than that says too little. Less than some seconds under a minute is within the last minute too, as
# relative-time helpers print the first seconds (a news card's `since_posted: 'less than 10 seconds ago'`, a PHP
# helper's `kurang dari 5 detik yang lalu`, Rails' `less than 20 seconds ago`).
_LESS_THAN = re.compile(r"(?:kurang\s{1,3}dari|less\s{1,3}than)\s{1,3}\Z", re.IGNORECASE)
_MINUTE_SECONDS = 60
_LESS_THAN_REACH = 16
# Whole days back and the clock of that day (`2 Hari Yang Lalu Pukul 14:30` of comment widgets, `3 days ago at 9:15`),
# the label left out after a comma as `Kemarin, 11:00` leaves it (activity lists' `2 hari lalu, 15:00`, `3 hari lalu,
# 16:45`, `2 hari lalu, 18.05`); a count after the comma is no clock (`2 hari lalu, 15 orang`). Whole weeks back are
# whole days too (`1 minggu lalu, 14:15`, `1 minggu lalu, 15:30`).
_CLOCK_OF_THE_DAY = re.compile(
    r"\s{0,3}(?:,\s{0,3}(?:(?:pada\s{1,3})?(?:pukul|pkl?\.?|jam|at)\s{1,3})?|(?:pada\s{1,3})?(?:pukul|pkl?\.?|jam|at)"
    r"\s{1,3})" + _TIME + r"\s{0,3}\Z", re.IGNORECASE
)
# What a card's or widget's time label says before a word-only time, at the start of the text or of its part
# (`Diperbarui baru saja`, `Last updated just now`, `Terakhir diperbarui kemarin`, `Published yesterday`, `Diperbarui
# kemarin 11:59 PM`, `Updated today at 2:45 PM`); a sentence's verb before it (`were published yesterday`) is no label.
_TIME_LABEL = (
    r"(?:(?:(?:last|terakhir)\s{1,3})?(?:updated|update|diperbarui|diperbaharui|diupdate|dikemaskini|published|posted"
    r"|diterbitkan|diposting|dipublikasikan)\s{1,3})?"
)
# Word-only relative times stand alone (a ticker entry, the end of a header line), never mid-sentence; Malay writes
# `baru sahaja` (just now), Arabic relative-time helpers `الآن` (now) for the last minute.
_WORD_RELATIVE = re.compile(
    r"(?:\A|[-|,:•·]\s{0,3})" + _TIME_LABEL
    + r"(?P<word>kemarin\s{1,3}lusa|kemarin|kelmarin|semalam|yesterday|hari\s{1,3}ini|today"
    r"|sekarang|skrg|baru\s{1,3}sa(?:ha)?ja|barusan|just\s{1,3}now|الآن|[أا]ول\s{1,3}[أا]مس|أمس|امس|البارحة)\s{0,3}\Z",
    re.IGNORECASE,
)
# The last minute said without a count, as relative-time helpers print it (`moments ago`, `MOMENTS AGO`, `Seconds ago`,
# `a moment ago`, `few seconds ago`): half a minute back, as `a few seconds ago` is; standing alone like
# `_WORD_RELATIVE` (`he left moments ago` is a sentence).
_MOMENTS_AGO = re.compile(
    r"(?:\A|[-|,:•·]\s{0,3})" + _TIME_LABEL
    + r"(?:a\s{1,3}moment|moments|(?:a\s{1,3})?few\s{1,3}seconds|seconds)\s{1,3}ago\s{0,3}\Z",
    re.IGNORECASE,
)
_UNIT_SECONDS = {
    "sec": 1, "second": 1, "detik": 1, "dtk": 1, "dt": 1, "saat": 1, "min": 60, "minute": 60, "menit": 60, "mnt": 60,
    "minit": 60, "hour": 3600, "jam": 3600, "jm": 3600, "j": 3600, "day": 86400, "hari": 86400, "hri": 86400,
    "h": 86400, "week": 604800,
    "minggu": 604800, "mgg": 604800, "mgu": 604800, "pekan": 604800, "month": 30 * 86400, "bulan": 30 * 86400,
    "bln": 30 * 86400, "year": 365 * 86400, "tahun": 365 * 86400, "thn": 365 * 86400,
}
# `hr` is an hour in English, a day (`hari`) in Indonesian; `wk`, `mo`, `mth` and `yr` are English only.
_EN_UNIT_SECONDS = {**_UNIT_SECONDS, "hr": 3600, "wk": 604800, "mo": 30 * 86400, "mth": 30 * 86400,
                    "yr": 365 * 86400}
_ID_UNIT_SECONDS = {**_UNIT_SECONDS, "hr": 86400, "m": 60}
_COMPACT_UNIT_SECONDS = {"s": 1, "h": 3600, "m": 60, "d": 86400, "w": 604800, "y": 365 * 86400}
_CALENDAR_UNITS = {"month": 1, "mo": 1, "mth": 1, "bulan": 1, "bln": 1, "year": 12, "yr": 12, "tahun": 12, "thn": 12,
                   "y": 12}
# Days back of a day word standing alone (`kelmarin` and `semalam` are Malay for yesterday; `semalam`, last night in
# Indonesian, is the day before too). Arabic says the day before yesterday `أول أمس` ("the first of yesterday", a
# notification card's time: `time: 'أول أمس'`), with or without its hamzas, as `kemarin lusa` says it.
_DAYS_BACK = {"kemarin": 1, "kelmarin": 1, "semalam": 1, "yesterday": 1, "kemarin lusa": 2, "أمس": 1, "امس": 1,
              "البارحة": 1, **dict.fromkeys(("أول أمس", "اول امس", "أول امس", "اول أمس"), 2)}
_FEW_SECONDS = 30
_MAX_MONTHS_BACK = 30 * 12
_DAY_SECONDS = 86400
_WEEK_SECONDS = 7 * _DAY_SECONDS
# Arabic (`منذ 3 ساعات`, `قبل 15 دقيقة`): a unit without a count is one (`منذ ساعة`), its dual two (`منذ ساعتين`); `قبل`
# ending a word is no `ago` (`المقبل`, next).
# `منذ لحظات` (moments ago), a card's word for the last minute, is half a minute back, as `beberapa detik` is.
# From eleven on Arabic counts a unit in the singular with its accusative alef (moment's Arabic locale: `منذ 11 يومًا`,
# `منذ 11 شهرا`; a relative-time test's `منذ 15 يوماً`), its tanwin mark left out; not years, whose accusative
# (`منذ 23 عاما`) is a sentence's history more often than a page's age.
# Egyptian and Levantine sites end a unit with `ه` where `ة` is meant (`منذ ساعه`, `منذ 24 دقيقه`, `منذ 3 سنه`), write
# its dual in the nominative (`منذ ساعتان`, `منذ يومان`, `منذ شهران`) and years `سنين`, as media monitors' date readers
# of those sites list them.
# `منذ أقل من دقيقة` (less than a minute ago), `منذ أقل من ساعة`, as Arabic relative-time helpers print the first minute
# or hour, is the base, as `kurang dari 1 menit yang lalu` is. Half and a quarter of a clock unit count as
# `setengah jam` does (a news card's `<div class="time"> منذ نصف ساعة </div>`, a ticker's `اخر تحديث منذ ربع ساعة`);
# of a month or a year they name no calendar day.
_AR_MOMENTS = frozenset(("لحظات", "لحظة"))
_AR_RELATIVE = re.compile(
    r"(?<![\u0621-\u064A])(?:منذ|قبل)\s{1,3}(?P<less>[أا]قل\s{1,3}من\s{1,3})?"
    r"(?:(?P<n>\d{1,5})\s{0,3}|(?P<fraction>نصف|ربع)\s{1,3})?(?P<unit>[\u0621-\u064A]{3,7})"
)
_AR_FRACTIONS = {"نصف": 0.5, "ربع": 0.25}
# A count's unit cut to its first letter, as compact Arabic relative-time helpers print it (`منذ ${min} د`, `منذ ${hr}
# س`, `منذ ${day} ي`: minutes, hours, days); only with its count and standing alone, where a lone letter is no word.
_AR_ABBREVIATED_RELATIVE = re.compile(
    r"(?:\A|[-|,:،•·]\s{0,3})(?:منذ|قبل)\s{1,3}(?P<n>\d{1,5})\s{0,3}(?P<unit>[دسي])\s{0,3}\Z"
)
_AR_ABBREVIATED_UNIT_SECONDS = {"د": 60, "س": 3600, "ي": 86400}
_AR_UNITS: dict[str, tuple[str, int]] = {
    **dict.fromkeys(("ثانية", "ثانيه", "ثوان", "ثواني"), ("second", 1)),
    **dict.fromkeys(("ثانيتين", "ثانيتان"), ("second", 2)),
    **dict.fromkeys(("دقيقة", "دقيقه", "دقائق"), ("minute", 1)), **dict.fromkeys(("دقيقتين", "دقيقتان"), ("minute", 2)),
    **dict.fromkeys(("ساعة", "ساعه", "ساعات"), ("hour", 1)), **dict.fromkeys(("ساعتين", "ساعتان"), ("hour", 2)),
    **dict.fromkeys(("يوم", "يوما", "أيام", "ايام"), ("day", 1)), **dict.fromkeys(("يومين", "يومان"), ("day", 2)),
    **dict.fromkeys(("أسبوع", "اسبوع", "إسبوع", "أسبوعا", "اسبوعا", "أسابيع", "اسابيع"), ("week", 1)),
    **dict.fromkeys(("أسبوعين", "اسبوعين", "إسبوعين", "أسبوعان", "اسبوعان"), ("week", 2)),
    **dict.fromkeys(("شهر", "شهرا", "أشهر", "اشهر", "شهور"), ("month", 1)), **dict.fromkeys(("شهرين", "شهران"), ("month", 2)),
    **dict.fromkeys(("سنة", "سنه", "سنوات", "سنين", "عام", "أعوام", "اعوام"), ("year", 1)),
    **dict.fromkeys(("سنتين", "عامين", "سنتان", "عامان"), ("year", 2)),
}
# A day word and a clock (`Kemarin pukul 12.00`, `Hari ini, 08:15 WIB`), standing alone like `_WORD_RELATIVE`. Arabic
# cards write yesterday and today with `الساعة` (the hour), `في` (at) or `عند الساعة` before the clock (`أمس الساعة 8:00
# م`, `اليوم الساعة 03:00 ص`, `أمس في 22:40`). A dash may join them, as dashboards' and apps' time labels do (`اليوم -
# 10:24 ص`, `أمس - 4:15 م`, `Kemarin - 07:45`).
_DAY_WORD_CLOCK = re.compile(
    r"(?:\A|[-|,:•·]\s{0,3})" + _TIME_LABEL
    + r"(?P<word>kemarin|kelmarin|semalam|yesterday|hari\s{1,3}ini|today|[أا]ول\s{1,3}[أا]مس|أمس|امس|البارحة|اليوم)"
    r"\s{0,3}[,،-]?\s{0,3}"
    r"(?:(?:pada\s{1,3})?(?:pukul|pkl?\.?|jam|at)\s{1,3}|(?:عند\s{1,3})?الساعة\s{1,3}|في\s{1,3})?" + _TIME + r"\s{0,3}\Z",
    re.IGNORECASE,
)
# A weekday said to be past, alone (`Senin lalu`, Malay `Isnin lepas`, `last Monday`), also with `kemarin` (the
# recent one: `Jumat kemarin`, as a weekday and clock reads it in `Jumat kemarin jam 16.00`) and after `hari` (day:
# `hari Senin kemarin`): the latest such day before the base, a date without its time. `Minggu lalu` and `minggu
# kemarin` are last week as often as last Sunday: no date. Arabic says it with `الماضي` (past) after the day, `يوم`
# (day) perhaps before it (`الأحد الماضي`, `يوم الخميس الماضي`).
_PAST_WEEKDAY = re.compile(
    r"\s{0,20}(?:(?:hari\s{1,3})?(?P<weekday>[A-Za-z']{3,9})\s{1,3}(?:lalu|lepas|kemarin|kelmarin)"
    r"|last\s{1,3}(?P<english>[A-Za-z]{3,9})"
    r"|(?:يوم\s{1,3})?(?P<arabic>ال[\u0621-\u064A]{3,6})\s{1,3}الماضي)\s{0,20}\Z",
    re.IGNORECASE,
)
# Every relative shape has one of these words (`ago`, `lalu`, `kemarin`, `hari ini`...): a cheap test first, on
# casefolded text. The words stop before an `i`: the shapes match it case-insensitively, so also as the dotless `ı`,
# which casefold() keeps. The Arabic ones (`منذ`, `أمس`) are looked for only in a text with letters other than ASCII.
_RELATIVE_WORD = re.compile(r"ago|lalu|lepas|kemar|kelmar|semal|yesterday|har|today|sekarang|skrg|baru|just|last")
_ARABIC_RELATIVE_WORD = re.compile(r"منذ|قبل|مس|البارحة|اليوم|الماضي|الآن")


def _relative(text: str, base: datetime | date | None) -> datetime | None:
    folded = text.casefold()
    if not _RELATIVE_WORD.search(folded) and (text.isascii() or not _ARABIC_RELATIVE_WORD.search(folded)):
        return None
    reference = _to_wib(base)
    for pattern, unit_seconds in ((_EN_RELATIVE, _EN_UNIT_SECONDS), (_ID_RELATIVE, _ID_UNIT_SECONDS),
                                  (_EN_COMPACT_RELATIVE, _COMPACT_UNIT_SECONDS)):
        match = pattern.search(text)
        if match:
            amount = " ".join((match["n"] or match.groupdict().get("n_word") or "1").lower().split())
            count = int(amount) if amount.isdigit() else _NUMBER_WORDS[amount]
            unit = match["unit"].lower()
            if match.groupdict().get("few"):
                if unit not in ("detik", "saat", "sec", "second"):
                    continue  # `beberapa jam yang lalu`, `a few hours ago` say too little
                return reference - timedelta(seconds=_FEW_SECONDS)
            if unit in _CALENDAR_UNITS and not float(count).is_integer():
                continue  # half a month is no calendar day
            if _LESS_THAN.search(text, max(0, match.start() - _LESS_THAN_REACH), match.start()):
                within_a_minute = unit_seconds[unit] == 1 and count <= _MINUTE_SECONDS
                if not within_a_minute and (count != 1 or unit in _CALENDAR_UNITS or unit_seconds[unit] > _DAY_SECONDS):
                    continue
                return reference
            if unit_seconds[unit] in (_DAY_SECONDS, _WEEK_SECONDS) and float(count).is_integer():
                clock = _CLOCK_OF_THE_DAY.match(text, match.end())
                if clock is not None:
                    days_back = int(count) * unit_seconds[unit] // _DAY_SECONDS
                    return _at_clock(reference.date() - timedelta(days=days_back), clock)
            parts = [(count, unit)]
            position = match.start()
            while position and text[position - 1].isspace():
                earlier = _EARLIER_PART.search(text, max(0, position - _EARLIER_PART_REACH), position)
                if earlier is None:
                    break
                parts.append((int(earlier["n"]), earlier["unit"].lower()))
                position = earlier.start()
            return _counted_back(reference, parts, unit_seconds)
    if _MOMENTS_AGO.search(text):
        return reference - timedelta(seconds=_FEW_SECONDS)
    match = _AR_ABBREVIATED_RELATIVE.search(text)
    if match:
        return reference - timedelta(seconds=int(match["n"]) * _AR_ABBREVIATED_UNIT_SECONDS[match["unit"]])
    match = _AR_RELATIVE.search(text)
    if match and match["unit"] in _AR_MOMENTS and match["n"] is None:
        return reference - timedelta(seconds=_FEW_SECONDS)
    if match and match["less"] and match["unit"] in _AR_UNITS:
        unit, times = _AR_UNITS[match["unit"]]
        count = int(match["n"] or 1) * times
        seconds = _UNIT_SECONDS[unit]
        # Less than more than one minute, hour or day says too little; less than some seconds is the last minute.
        one_clock_unit = count == 1 and seconds <= _DAY_SECONDS
        return reference if one_clock_unit or seconds == 1 and count <= _MINUTE_SECONDS else None
    if match and match["unit"] in _AR_UNITS:
        unit, times = _AR_UNITS[match["unit"]]
        if match["fraction"]:
            if unit in _CALENDAR_UNITS:
                return None
            return reference - timedelta(seconds=_AR_FRACTIONS[match["fraction"]] * times * _UNIT_SECONDS[unit])
        count = int(match["n"] or 1) * times
        if unit in _CALENDAR_UNITS:
            months = count * _CALENDAR_UNITS[unit]
            return _months_back(reference, months) if months <= _MAX_MONTHS_BACK else None
        return reference - timedelta(seconds=count * _UNIT_SECONDS[unit])
    match = _DAY_WORD_CLOCK.search(text)
    if match:
        day = reference.date() - timedelta(days=_DAYS_BACK.get(" ".join(match["word"].lower().split()), 0))
        return _at_clock(day, match)
    match = _WORD_RELATIVE.search(text)
    if match:
        return reference - timedelta(days=_DAYS_BACK.get(" ".join(match["word"].lower().split()), 0))
    match = _PAST_WEEKDAY.match(text)
    if match and (word := match["weekday"] or match["english"] or match["arabic"]).lower() != "minggu" \
            and (weekday := weekday_number(word)) is not None:
        return _midnight(reference.date() - timedelta(days=(reference.weekday() - weekday - 1) % 7 + 1))
    return None


def _counted_back(reference: datetime, parts: list[tuple[float, str]], unit_seconds: dict[str, int]) -> datetime | None:
    """`reference` moved back by a duration's parts: whole calendar months first (`sebulan yang lalu` on 22 April is
    22 March), then the clock units. None beyond a web page's age: a sentence's history (`founded in September 1526,
    or 490 years ago`) is no time of the page."""
    months = sum(int(count) * _CALENDAR_UNITS[unit] for count, unit in parts if unit in _CALENDAR_UNITS)
    if months > _MAX_MONTHS_BACK:
        return None
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
