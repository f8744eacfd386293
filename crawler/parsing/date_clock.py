"""Clocks and zones: the time-of-day shapes (`14.30 WIB`, `3:25:50 sore`, `pukul 14.30`), reading them on
a day in the zone they name, and the base day in WIB. Also `DateSpan` and `_make_date`, which every
date-finding module shares.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta, timezone, tzinfo
from typing import NamedTuple

from crawler.parsing.date_words import (
    _ARABIC_PART_OF_DAY, _ARABIC_PARTS_OF_DAY, _ARABIC_WEEKDAY, _SPELLED_ZONE, _SPELLED_ZONES, _TIME_PART_OF_DAY,
    _ZONES, weekday_number,
)
from crawler.times import WIB

# A range of days is read as its first (`12-14 Maret 2024`, Malay `12 sehingga 14 Mei 2025`, `30 Juni-2 Juli 2023`,
# `Oct 6-13, 2018`, `from 11 to 14 July 2023`, the spoken `sampe` of a casual page: `dari tanggal 30 Juni sampe 1 Juli
# 2023`): what a page dated so, an edition or an event, starts on.
_RANGE_DASH = (r"(?:\s{0,2}(?:-|s\.?d\.?|s/d)\s{0,2}|\s{1,2}(?:hingga|sehingga|samp(?:ai|e)(?:\s{1,2}dengan)?|to|until)"
               r"\s{1,2})")

# What makes an hour without minutes a clock: am/pm after it, or a part of day or an Indonesian zone after an hour
# labelled `pukul`/`jam` (`pukul 9 pagi`, `jam 13 WIB`).
_AMPM_AHEAD = r"(?=\s{0,2}[aApP]\.?[mM]\.?(?![A-Za-z]))"
_LABELLED_HOUR_AHEAD = r"(?(labelled)(?=\s{1,5}(?:" + _TIME_PART_OF_DAY + r"|WITA|WIT|WIB|WP)\b)|(?!))"
_TIME = (
    # An hour without minutes is a clock only where it plainly is one: before am/pm (`9am`, a ticker's `1pm, RABU:`), or
    # after `pukul`/`jam` and before a part of day or an Indonesian zone (`pukul 9 pagi`, `jam 13 WIB`); `5 jam` and
    # `jam 7 hari` stay durations.
    # Malay may leave the label out after `pada` (`Belanjawan 2021 yang dijadual pada 4 petang, 6 November`): the part
    # of day still has to follow, so `pada 17 Agustus` stays a day.
    # Indonesian says a half hour by the hour it leads to (`pukul setengah 10 pagi` is 9.30, `pukul setengah 12 siang`
    # 11.30): only after `pukul`/`jam`, before a part of day or a zone as an hour without minutes.
    r"(?P<labelled>(?<=pukul\s)|(?<=jam\s)|(?<=pkl\s)|(?<=pk\s)|(?<=pk\.\s)|(?<=pada\s))?"
    r"(?:(?(labelled)(?P<half_before>setengah\s{1,2})(?=[012]?\d\s)|(?!)))?(?P<hour>[012]?\d)"
    # After `pukul` a space may be typed after the separator when an Indonesian zone follows the minutes (`Sekitar pukul
    # 12: 40 Wita Selasa (18/01/2022)`, `sekitar pukul 07. 45 WIT,`): a count's dot (`pukul 12. 40 orang`) has no zone.
    r"(?:(?:[:.]|(?(labelled)[:.]\s(?=[0-5]\d\s{1,3}(?:WITA|WIT|WIB|WP)\b)|(?!)))"
    # Digits after a dot past the minutes make a day, month and year (`15.04.2023 - 18.04.2023`, a range's end), no
    # clock: `18.04` there is no 18:04.
    r"(?P<minute>[0-5]\d)(?:[:.](?P<second>[0-5]\d))?(?!\d|\.\d))?"
    # A span of hours (`09.00-11.30 WITA`, `19.00 hingga 21.00 WITA`, `8-9 p.m.`, `jam 8 - 10 pagi`), with the dashes
    # and words of a range of days, is read as its start, in the zone and half of the day written after its end: the
    # end is no offset (`-11`); a date after a clock (`12.10.2024`) is no end. An end without minutes is one only
    # before what makes an hour a clock. A notice's span open to its end (`Pukul : 09.00 - Selesai WIT`, "until done")
    # is read as its start, in the zone written after it; without a zone it ends nothing (`jam 08.00 sampai selesai`).
    rf"(?-i:{_RANGE_DASH}(?:(?P<range_end>[012]?\d)(?:[:.][0-5]\d(?![.:]?\d)|{_AMPM_AHEAD}|{_LABELLED_HOUR_AHEAD})"
    r"|(?:[Ss]elesai|SELESAI)(?=\s{1,5}(?i:WITA|WIT|WIB|WP)\b)))?"
    rf"(?(minute)|(?:{_AMPM_AHEAD}|{_LABELLED_HOUR_AHEAD}))"
    # Spaces, tabs and line breaks between a clock and its zone as markup leaves them (`4:56</span>\n\t  <span>WITA`).
    # Arabic writes ص (morning) and م (evening) for AM and PM (`10:46 ص`), or the words (`2:00 صباحًا`, `مساءً`). An
    # Egyptian template stretches the letter with a tatweel (`الخميس 3 أبريل 2025 11:29 صـ`, `مـ`), itself in the range
    # of Arabic letters.
    r"(?:\s{0,5}(?P<ampm>[aApP]\.?[mM]\.?|(?:صباح|مساء)[اً]{0,2}(?![\u0621-\u064A])|[صم]\u0640?(?![\u0621-\u064A]))"
    r"|\s{1,5}(?P<daypart>" + _TIME_PART_OF_DAY + "|" + _ARABIC_PART_OF_DAY + r"))?"
    # The end of a span whose start has its own half of the day (`9 p.m.-12 a.m.`, `11 a.m.-3 p.m.`) or its own part of
    # day (Malay `3:00 petang - 5:00 petang`, `8.30 pagi sehingga 4.30 petang`).
    rf"(?:(?<=[mM.])(?-i:{_RANGE_DASH})[012]?\d(?:[:.][0-5]\d)?(?=\s{{0,2}}[aApP]\.?[mM]\.?(?![A-Za-z]))"
    r"\s{0,2}[aApP]\.?[mM]\.?"
    rf"|(?(daypart)(?-i:{_RANGE_DASH})[012]?\d(?:[:.][0-5]\d)?\s{{1,5}}{_TIME_PART_OF_DAY}\b|(?!)))?"
    # A zone may be followed by its abbreviation in parentheses (`waktu Arab Saudi (WAS)`, `Waktu Indonesia Tengah
    # (WITA)`), which says no more. Zone and offset may stand in parentheses themselves (`2:00PM (GMT+8)`, `16:41(GMT+8)`,
    # `17:00 (WITA)`): they are read only when the parenthesis closes after them. After GMT an offset's hour
    # need not be padded (ANTARA's English header `September 16, 2025 16:08 GMT+700`).
    r"(?:\s{0,5}(?P<zone_parenthesis>\()?(?P<zone>WITA|WIT|WIB|WP|GMT|UTC|(?-i:UT)|MYT|SGT|(?-i:[PE][SD]T)|Z|"
    + _SPELLED_ZONE + r")\b(?:\s{0,3}\((?-i:[A-Z]{2,4})\))?)?"
    r"(?:\s{0,5}(?P<offset>[+-](?:\d\d:?\d\d|(?<=GMT[+-]|UTC[+-])\d\d\d|\d{1,2})(?!\d)))?(?(zone_parenthesis)\))"
)
# The clock faces a notice draws before the time under its date (`🗓️ Minggu, 5 April 2026` and `⏰ Pukul 18.30 WIB`
# on the next line), with the variation selector that may follow them.
_CLOCK_EMOJI = "[\u231a\u23f0-\u23f3\U0001f550-\U0001f567\U0001f570]\ufe0f?"
# A clock after its date, past separators, a clock face, `pukul`, and the parenthesis of a body's date (`Kamis
# (5/11/2015) pukul 14.56 WIB`) or its own (`24 Oktober 2024 (14:30 WIB)`), also said to be about that time (`Senin
# (5/5) sekitar Pukul 17.00 Wita`, the spoken `sekiranya` of a witness's account: `pada Minggu (11/2/2024) dini hari
# sekiranya pukul 04.00 WIB`, `kurang lebih` and Malay `lebih kurang` and `kira-kira` (more or less: a letter's `Per
# tanggal 14 Juli 2025, pada kurang lebih pukul 13.00 WITA`), English `at around` and `from around` as in ANTARA's `on
# Jan 31 from around 6 p.m. until 11 p.m. Western Indonesian Standard Time (WIB)` and a police report's `On 30/07/2023
# at around 18:15 hrs`; not `about` alone, which counts as often: `about 10.30 percent`) or to be it exactly (`Jumat, 28
# Februari 2025, tepat pukul 07:46:49 WIB`, `tepatnya pukul`), to start at it (`Selasa (11/06/2024) mulai pukul 14.00
# Wita`, a notice's `pada hari Sabtu tanggal 04 Desember 2021 dari pukul 09:00 WITA`, or begun: `hari Kamis (12/1/23)
# dimulai pukul 08.00 WIB`) or at it (Malay `10hb Januari 2026, pada jam 7:33 malam`, Arabic `06 مايو 2024 الساعة
# 22:14`, `الاثنين ، 12 فبراير ، في الساعة 18.05 WIB`, the
# Maghreb's `14 جوان 2026 على الساعة 10:15 صباحاً`, or the word without its article as a label: an Iranian Arabic
# agency's `12 May 2018 ساعة 7:52`), also at about it (`حوالي`, about: `الجمعة ، 25 مارس ، في حوالي الساعة 15.30 WIB`),
# or under a label, with its colon or without (`Tanggal: Senin, 12 Mei 2025 Jam: 14:30`, `Tanggal 12/05/2025 Waktu
# 14.30`, Malay `Tarikh : 13 Februari 2025 (Khamis)` and `Masa : 10.00 pagi` on the next line). Brunei's and Malaysia's
# official texts name the era after the year (`8 April 2020 Masihi, mulai jam 6.45 petang`), Indonesian ones its letter
# (`Jumat, 28 Februari 2025 M, pukul 7:44:38 WIB`). A body's date may say its part of the day before the clock, or a
# comma after its parenthesis (`Rabu (26/11) malam sekitar pukul 21.00 WIB`, `Jumat (8/11) dini hari sekitar pukul 02.00
# Wita`, `Senin (11/4/2022), sekitar Pukul 18.00 WIB`), or the word placing it (`Jumat (2/4) lalu sekitar Pukul 22.20
# WIB`): the part of day is the clock's when the clock says none (`malam pukul 9.30`). The dot between them may be
# the mathematical dot or bullet operator a calendar or an app prints (`SAT ⋅ DEC 30, 2023 ⋅ 7:30PM`, `03/02/2024 ∙
# 13:32`) rather than the middle dot; a blog theme's comment stamp puts a tilde there (`Sabtu 19 Februari 2022 ~ 09.31`,
# a ticket's `12-10-2023 ~ 10:51`), a date range's tilde being followed by a day, never by a clock. A card or a
# notification list may set a black circle there, as a news header sets it between place and date (`Jakarta ● Thu, May
# 8, 2025`): `04 Oktober 2024 ● 08:45`. A tally says the clock it stands at with `per` (as of: `berdasarkan data Selasa
# (14/12/2021) per pukul 22.15 WIB`, `berita populer pada Selasa (16/8/2022) per 13.57 WIB`): only before `pukul` or a
# clock with an Indonesian zone, as `per` after a date is as often a rate or a share (`per 100 orang`).
_TIME_AFTER_DATE = re.compile(
    r"(?:\s{0,3}(?:[,|/•·⋅∙●~()-]|" + _CLOCK_EMOJI
    + r"|(?:pukul|pkl?\.?|jam|waktu|masa|time)(?:\s{0,2}:)?|pada|at|@|sekitar|sekira(?:nya)?|(?:di)?mulai|dari"
    r"|kurang\s{1,2}lebih|lebih\s{1,2}kurang|kira-kira"
    r"|per(?=\s{1,3}(?:pukul|pkl?\.?\s|[012]?\d[:.][0-5]\d\s{0,3}(?:WITA|WIT|WIB)\b))"
    r"|(?:at|from)\s{1,3}(?:around|about)(?![A-Za-z])"
    r"|masihi,?|(?-i:M\.?)(?=[\s,])|(?:(?:في|على)\s{1,2})?(?:حوال[يى]\s{1,2})?(?:ال)?ساعة"
    r"|(?:lalu|kemarin|tadi|tepat(?:nya)?)(?![A-Za-z])"
    r"|(?P<daypart_before>pagi|siang|sore|petang|malam|dini\s{0,3}hari|sh?ubuh)(?![A-Za-z]))){0,5}"
    r"\s{0,3}" + _TIME, re.IGNORECASE
)
# A part of day said before a clock (`_TIME_AFTER_DATE`'s), as the part of day after one that reads its hours alike.
_PARTS_OF_DAY_BEFORE = {"dini": "pagi", "dinihari": "pagi", "subuh": "pagi", "shubuh": "pagi"}
# A time written before its date (`10:15 WIB, 14 Februari 2024`, `11:51 WIB - Senin, 1 September 2025`), also said to
# be on it (`pukul 23.00 WIT pada Senin (24/1)`, `10 a.m. on May 12, 2025`): matched up to the date's start, or to the
# parenthesis of a body's date (`pukul 14.30 WIB, Senin (12/5/2025)`); a word between them must be a weekday.
_TIME_BEFORE_DATE = re.compile(
    r"(?<![\d.:])" + _TIME + r"\s{0,3}(?:[,|/•·-]\s{0,3})?(?:(?:pada|on)\s{1,3})?"
    r"(?:(?P<weekday>[A-Za-z']{3,9}|" + _ARABIC_WEEKDAY + r")\s{0,2},?\s{1,3})?\(?$", re.IGNORECASE
)
_TIME_BEFORE_REACH = 40
# A clock after a colon closing its date (a file header's `@created on 18.09.2020 : 21:29`, `tanggal/waktu : 10 mei
# 2020 : 21.30`): only one that ends the text, its line or its part, as a count after a year's colon does not (`10
# Mei 2025: 12.50 persen`).
_TIME_AFTER_COLON = re.compile(r"\s{0,3}:\s{0,3}" + _TIME + r"(?=[ \t]{0,3}(?:[\]|,;)\r\n]|\Z))", re.IGNORECASE)
# A weekday between a date and its clock (`4 mei 2018 jumaat 09:09 ptg`, `22 Januari 2018 - Isnin, 10.00`), also in
# parentheses before a labelled clock (a Malay notice's `13 Februari 2025 (Khamis)` and `Masa : 10.00 pagi` under it).
_WEEKDAY_THEN_TIME = re.compile(
    r"\s{0,3}(?:[,|-]\s{0,3})?\(?(?P<weekday>[A-Za-z']{3,9})\)?,?\s{1,3}(?:[|-]\s{0,3})?"
    r"(?:(?:pukul|pkl?\.?|jam|waktu|masa|at)(?:\s{0,2}:)?\s{1,3})?" + _TIME, re.IGNORECASE
)
_WEEKDAY_THEN_TIME_LENGTH = 8  # ` Isnin 9:05`: fewer characters after a date hold no weekday and clock
# The same moment restated after a clock in local time, in a zone that says it (`pukul 08.30 waktu setempat atau pukul
# 13.30 WIB`, `pukul 7 pagi waktu setempat (pukul 12 siang waktu Jakarta)`).
_TIME_RESTATED = re.compile(
    r"\s{0,3}(?:\(|atau|or)\s{0,3}(?:(?:pukul|pkl?\.?|jam|at)\s{1,3})?" + _TIME, re.IGNORECASE
)
# A time alone, or after `pukul`/`pk`/`jam` or a label (`pukul 14.30`, `Waktu : 14.40 WIB`, Malay `Masa : 10:24 AM`),
# also said to be about it (`sekitar pukul 14.00 WIB`, `sekira pukul 05.00 WIT`, `pada kurang lebih pukul 13.00 WITA`):
# a reading only with a base day. Words after it place it (`_bare_time`): a weekday, a part of day, `tadi` (earlier),
# `kemarin` (`sekitar pukul 20.10 WIB, Senin malam`, `pukul 07.30 WIB pagi tadi`). The full stop of the sentence it ends
# may close a word (`pada jam 11.02 pagi.`), not the digits (`12.05.` is a day and month).
_BARE_TIME = re.compile(
    r"\s{0,20}(?:(?:sekitar|sekira(?:nya)?|pada)\s{1,3})?"
    r"(?:(?:kurang\s{1,2}lebih|lebih\s{1,2}kurang|kira-kira)\s{1,3})?"
    r"(?:(?:pukul|pkl?\.?|jam|waktu|masa)(?:\s{0,2}:)?\s{1,3})?" + _TIME
    # The same moment restated in an Indonesian zone (`pukul 07.00 Waktu Arab Saudi (WAS) atau pukul 11.00 WIB`).
    + r"(?P<restated>\s{0,3}(?:\(|atau|or)\s{0,3}(?:(?:pukul|pkl?\.?|jam)\s{1,3})?[012]?\d[:.][0-5]\d\s{0,3}"
    r"(?:WITA|WIT|WIB)\)?)?"
    + r"(?:\s{0,3},?\s{1,3}(?P<words>[A-Za-z']{3,9}(?:\s{1,3}[A-Za-z]{3,9}){0,2}))?(?:(?<=[A-Za-z])\.)?\s{0,20}\Z",
    re.IGNORECASE,
)
# A weekday and a clock without a date (a ticker's `Senin, 14:30 WIB`, a calendar's `Jumat lalu pukul 12.00`, Malay
# `Isnin lepas pukul 15.25`, `Isnin lepas pada jam 00.00`): the latest such weekday, before the base day when it is said
# to be past (`lalu`, `lepas`, `kemarin`).
_WEEKDAY_CLOCK = re.compile(
    r"\s{0,20}(?P<weekday>[A-Za-z']{3,9})(?:\s{1,3}(?P<past>lalu|lepas|kemarin))?\s{0,3},?\s{0,3}"
    r"(?:(?:pada\s{1,3})?(?:pukul|pkl?\.?|jam|at)\s{1,3})?" + _TIME + r"\s{0,20}\Z", re.IGNORECASE
)
# A clock, a weekday and a colon opening a ticker entry (`10.45am, WED: High Court judge ...`, `1:30pm, RABU: ...`).
_CLOCK_WEEKDAY_ENTRY = re.compile(r"\s{0,20}" + _TIME + r",?\s{1,3}(?P<weekday>[A-Za-z']{3,9})\s{0,2}:", re.IGNORECASE)
# The words `_BARE_TIME` may end with, after a weekday, and the part of day each says (None: no part of day); English
# ones as Malaysian wires write them (`as at 7 am today`, `at 10 pm yesterday`).
_BARE_TIME_WORDS = {"pagi": "pagi", "siang": "siang", "sore": "sore", "petang": "petang", "malam": "malam",
                    "dini": "pagi", "dinihari": "pagi", "hari": None, "ini": None, "tadi": None, "kemarin": None, "lalu": None,
                    "today": None, "yesterday": None, "tonight": "malam"}
# The words of `_BARE_TIME_WORDS` that put the clock on the day before the base.
_DAY_BEFORE_WORDS = ("kemarin", "yesterday")


class DateSpan(NamedTuple):
    """A date located in a text: its span in that text and the day it names."""

    start: int
    end: int
    day: date


def _make_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _tz_of(groups: dict[str, str | None]) -> tzinfo | None:
    """The zone a time match's groups name (WIB/WITA/WIT, GMT/UTC, an offset, a spelled-out zone), WIB when they name
    none; None for local time (`waktu setempat`), which no string says the zone of."""
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
    if not zone:
        return WIB
    # The abbreviations have at most four letters; `WAS` is the one abbreviation of a zone written out.
    if len(zone) > 4 or zone == "WAS":
        return _SPELLED_ZONES.get(" ".join(word for word in zone.lower().split() if word != "standard"))
    return _ZONES.get(zone.upper(), WIB)


def _hour_in_part_of_day(hour: int, part: str) -> int:
    """The 24-hour hour of a 12-hour `hour` said with a part of day (`3 sore` = 15, `12 malam` = 0)."""
    if hour > 12:
        return hour  # already a 24-hour time: the word only repeats it
    part = _ARABIC_PARTS_OF_DAY.get(part[:3], part)
    if part.startswith(("dini", "subuh", "shubuh")):  # the small hours: 12 dini hari is midnight
        part = "pagi"
    elif part.startswith("tgh"):
        part = "siang"
    elif part.startswith("tengah"):
        part = "siang" if part.endswith("hari") else "malam"
    if part in ("pagi", "pg"):
        return 0 if hour == 12 else hour
    if part == "siang":  # around midday: 11 siang is 11, 1 siang is 13
        # A late morning is said so too (a shop's `Pukul 10.00 siang - 21.00 malam`, an order's `tanggal 10 agustus jam
        # 10 siang`): 7 to 10 siang stay in the morning, never 19 to 22, which are malam.
        return hour + 12 if hour < 7 else hour
    if part in ("malam", "mlm"):  # evening to midnight; 1-4 malam is the small hours
        return 0 if hour == 12 else hour + 12 if hour >= 5 else hour
    return hour % 12 + 12  # sore, petang, ptg: afternoon and evening


def _clock(groups: dict[str, str | None]) -> time | None:
    hour, minute = int(groups["hour"]), int(groups["minute"] or 0)
    second = int(groups["second"] or 0)
    ampm = groups.get("ampm")
    if ampm:
        afternoon = ampm[0] in "pPم"
        # A 24-hour clock with the half it is in (templates' `14:30 PM`, `00:15 AM`) says it twice.
        if hour > 12 and afternoon or hour == 0 and not afternoon:
            return time(hour, minute, second) if hour <= 23 else None
        if not 1 <= hour <= 12:
            return None
        # A span's half of the day is its end's; a start past its end lies in the half before (`11-1 p.m.`). An end at
        # 12 says no half (`8-12 a.m.` is a morning, `10-12 p.m.` an evening).
        if groups.get("range_end") and 0 < int(groups["range_end"]) % 12 < hour % 12:
            afternoon = not afternoon
        hour = hour % 12 + (12 if afternoon else 0)
    elif groups.get("daypart"):
        part = groups["daypart"].lower()
        hour = _hour_in_part_of_day(hour, part)
        # A span's part of day is its end's; a start it would put past that end lies in the morning before it (`jam
        # 9-12 siang` starts at 9, not 21), one past midnight stays (`pukul 11-1 malam` starts at 23).
        if groups.get("range_end") and hour >= 12:
            end = _hour_in_part_of_day(int(groups["range_end"]), part)
            if end < hour and hour - 12 <= end:
                hour -= 12
    elif part_before := groups.get("daypart_before"):
        part = part_before.lower().split()[0]
        hour = _hour_in_part_of_day(hour, _PARTS_OF_DAY_BEFORE.get(part, part))
    if hour > 23:
        return None
    if groups.get("half_before"):  # `setengah 10 pagi`: half an hour before 10, the hour read with its part of day
        return time((hour - 1) % 24, 30)
    return time(hour, minute, second)


def _is_end_of_day(groups: dict[str, str | None]) -> bool:
    """A deadline's `24.00` (`ditutup pada tanggal 03 Oktober 2020 Pukul 24.00 WIB`): the midnight that ends the day,
    said only after `pukul`/`jam` or before a zone, as a count after a date (`2024, 24.00 persen`) is none."""
    return (groups["hour"] == "24" and groups["minute"] == "00" and not groups.get("ampm")
            and (groups.get("labelled") is not None or bool(groups.get("zone"))))


def _at_clock(day: date, match: re.Match[str]) -> datetime | None:
    """`day` at the time a match states, in the zone it names; None when the time is no time of day."""
    groups = match.groupdict()  # once for both: building it is the dearest part
    if _is_end_of_day(groups):
        zone = _tz_of(groups)
        return datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone) if zone is not None else None
    clock, zone = _clock(groups), _tz_of(groups)
    return datetime.combine(day, clock, tzinfo=zone) if clock is not None and zone is not None else None


def _bare_time(match: re.Match[str], base: datetime | date) -> datetime | None:
    """A clock alone on the base's day, or on the day and at the part of day the words after it say (`Senin malam`:
    the latest Monday not after the base, in the evening; `tadi`: not after the base time; `kemarin`: the day
    before)."""
    reference = _to_wib(base)
    groups = match.groupdict()
    words = groups["words"]
    zone = _tz_of(groups)
    if zone is None:  # local time: only its restatement says the moment
        if not groups["restated"]:
            return None
        restated = _TIME_RESTATED.match(match.string, match.start("restated"))
        if restated is None:
            return None
        groups = {**restated.groupdict(), "words": words}
        zone = _tz_of(groups)
    if not words:
        clock = _clock(groups)
        return datetime.combine(reference.date(), clock, tzinfo=zone) if clock is not None else None
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
    if weekday is None and any(token in _DAY_BEFORE_WORDS for token in tokens):
        day -= timedelta(days=1)
    clock = _clock(groups)
    if clock is None:
        return None
    moment = datetime.combine(day, clock, tzinfo=zone)
    # Only a base with its clock says whether the time is still to come (a base day is its whole day).
    earlier = "tadi" in tokens and isinstance(base, datetime) and moment > reference
    return moment - timedelta(days=1) if earlier else moment


def _weekday_at_clock(match: re.Match[str], weekday: int, base: datetime | date) -> datetime | None:
    """`Senin, 14:30`: the latest Monday not after the base (before it when said past, `Senin lalu`), at the clock."""
    day = _to_wib(base).date()
    back = (day.weekday() - weekday) % 7
    if match.groupdict().get("past") and back == 0:
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


def _with_time(text: str, found: DateSpan) -> datetime:
    match = _TIME_AFTER_DATE.match(text, found.end) or _TIME_AFTER_COLON.match(text, found.end)
    if match is None and len(text) - found.end > _WEEKDAY_THEN_TIME_LENGTH:
        match = _WEEKDAY_THEN_TIME.match(text, found.end)
        if match is not None and weekday_number(match["weekday"]) is None:
            match = None
    if match is None:
        match = _TIME_BEFORE_DATE.search(text, max(0, found.start - _TIME_BEFORE_REACH), found.start)
        if match is not None and match["weekday"] and weekday_number(match["weekday"]) is None:
            match = None
    moment = _at_clock(found.day, match) if match is not None else None
    if moment is None and match is not None and (restated := _TIME_RESTATED.match(text, match.end())) is not None:
        # Only a restatement that names its zone says the moment; a bare clock there may be local time again.
        moment = _at_clock(found.day, restated) if restated["zone"] or restated["offset"] else None
    return moment if moment is not None else _midnight(found.day)
