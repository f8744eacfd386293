"""The words dates are written in: month and weekday names (Indonesian, Malay, English, Arabic),
parts of the day, zone names, the one-for-one character folding, and the regex pieces spelling them.
"""

from __future__ import annotations

import re
from datetime import timedelta, timezone, tzinfo

from crawler.times import WIB, WIT, WITA

# `WP` (Waktu Papua) is WIT as Papuan outlets write it (`pukul 19.20 WP`). Malaysian and Singaporean pages write their
# own zone (`November 22, 2021 23:59 MYT`), feeds of blog hosts and wires American ones (`30 Aug 2014 02:47 PM PDT`,
# `January 2, 2024 at 6:52 am EST`), only in capitals. Reckonings of the new moon give Universal Time as astronomers
# write it (`pukul 0.44.38 UT atau ... pukul 7:44:38 WIB`).
_ZONES: dict[str, tzinfo] = {"WIB": WIB, "WITA": WITA, "WIT": WIT, "WP": WIT, "GMT": timezone.utc,
                             "UTC": timezone.utc, "UT": timezone.utc, "Z": timezone.utc,
                             "MYT": timezone(timedelta(hours=8), "MYT"),
                             "SGT": timezone(timedelta(hours=8), "SGT"), "PDT": timezone(timedelta(hours=-7), "PDT"),
                             "PST": timezone(timedelta(hours=-8), "PST"),
                             "EDT": timezone(timedelta(hours=-4), "EDT"), "EST": timezone(timedelta(hours=-5), "EST")}
_MALAYSIA = _ZONES["MYT"]
_SAUDI = timezone(timedelta(hours=3), "AST")
# Zones written out after a clock (`pukul 14.30 Waktu Indonesia Tengah`, `pukul 12 siang waktu Jakarta`, haj reports'
# `pukul 17:27 waktu Arab Saudi (WAS)` and `waktu Makkah`, Malay `waktu Malaysia`, English papers' `Western Indonesia
# Time`), keyed by their words in lower case with single spaces, without `standard` (`Western Indonesian Standard
# Time`). None: local time (`waktu setempat`), whose zone only the place says; the clock is then not read.
_SPELLED_ZONES: dict[str, tzinfo | None] = {
    "waktu indonesia barat": WIB, "waktu indonesia bagian barat": WIB, "western indonesia time": WIB,
    "western indonesian time": WIB, "jakarta time": WIB, "waktu jakarta": WIB,
    "waktu indonesia tengah": WITA, "waktu indonesia bagian tengah": WITA, "central indonesia time": WITA,
    "central indonesian time": WITA,
    "waktu indonesia timur": WIT, "waktu indonesia bagian timur": WIT, "eastern indonesia time": WIT,
    "eastern indonesian time": WIT,
    "waktu arab saudi": _SAUDI, "waktu saudi": _SAUDI, "was": _SAUDI, "saudi time": _SAUDI,
    "waktu mekkah": _SAUDI, "waktu makkah": _SAUDI, "waktu mekah": _SAUDI, "waktu madinah": _SAUDI,
    "waktu malaysia": _MALAYSIA, "malaysia time": _MALAYSIA, "malaysian time": _MALAYSIA,
    "waktu singapura": _ZONES["SGT"], "singapore time": _ZONES["SGT"],
    "waktu setempat": None, "waktu tempatan": None, "local time": None,
}
# Words saying a clock is in local time (`waktu setempat`): a time no reader can place without the place.
LOCAL_TIME = re.compile(r"\b(?:" + "|".join(name.replace(" ", r"\s{1,2}") for name, zone in _SPELLED_ZONES.items()
                                              if zone is None) + r")\b", re.IGNORECASE)
# The regex spelling the keys of `_SPELLED_ZONES` (any case, one or two spaces between words); `WAS` only in capitals.
_SPELLED_ZONE = (r"waktu\s{1,2}(?:indonesia\s{1,2}(?:bagian\s{1,2})?(?:barat|tengah|timur)|jakarta|arab\s{1,2}saudi"
                 r"|saudi|mekk?ah|makkah|madinah|malaysia|singapura|setempat|tempatan)"
                 r"|(?:(?:western|central|eastern)\s{1,2}indonesian?|jakarta|saudi|malaysian?|singapore|local)"
                 r"\s{1,2}(?:standard\s{1,2})?time"
                 r"|(?-i:WAS)")

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
        # `Febuari` and `Febuary`: the misspellings pages print often enough.
        ("januari", "january"), ("februari", "pebruari", "february", "febuari", "febuary"), ("maret", "march"),
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
    # Indonesian as spelled before 1972 (ANTARA's archive items: `Makassar, 17 Djuni 1959 (Antara) - ...`) and before
    # 1947 (`Batavia, 17 Agoestoes 1945`): whole names only, as a prefix (`dju`) would name two months.
    table.update({"djanuari": 1, "djuni": 6, "djuli": 7, "djanoeari": 1, "pebroeari": 2, "febroeari": 2, "djoeni": 6,
                  "djoeli": 7, "agoestoes": 8})
    # Arabic (ar edition): Egyptian/Gulf names and the Levantine ones (two words written with one space). Levantine
    # pages often drop the hamza and the madda of a month's alif (`24 ايار 2025`, `اذار`, `12 اب 2023`).
    for month, names in enumerate((
        ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار", "اذار", "أذار"),
        ("أبريل", "ابريل", "إبريل", "نيسان"), ("مايو", "أيار", "ايار"), ("يونيو", "يونيه", "حزيران"),
        ("يوليو", "يوليه", "تموز"), ("أغسطس", "اغسطس", "آب", "اب", "أب"), ("سبتمبر", "أيلول"),
        ("أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول"),
        ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول", "كانون الاول"),
    ), start=1):
        table.update(dict.fromkeys(names, month))
    # Joomla's Arabic calendar numbers the two Kanuns and the two Tishreens instead of writing their second word, and
    # puts the Egyptian name after a slash (`نشر بتاريخ: السبت، 10 تشرين2/نوفمبر 2018 22:56`, `كانون2/يناير`).
    table.update({"كانون2": 1, "تشرين1": 10, "تشرين2": 11, "كانون1": 12})
    # Maghrebi names, from the French ones (Algeria and Tunisia: `الأحد 28 ماي`, `جوان`, `جويلية`, `أوت`), and
    # Morocco's (`يوليوز`, `غشت`, `شتنبر`, `نونبر`, `دجنبر`); the rest are the Egyptian names already above.
    for month, names in enumerate((
        ("جانفي",), ("فيفري", "فبراير"), ("مارس",), ("أفريل", "افريل"), ("ماي",), ("جوان",),
        ("جويلية", "يوليوز"), ("أوت", "اوت", "غشت"), ("شتنبر",), ("أكتوبر",), ("نونبر",), ("دجنبر",),
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


# English day names: a page that writes its weekday in English may write its numeric date month first.
ENGLISH_WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
                              "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"))


def month_number(word: str) -> int | None:
    """1-12 for an Indonesian or English month name or abbreviation, else None."""
    return _MONTHS.get(word.lower().rstrip("."))


# The full month names long enough that one letter typed wrong still names them, and no other word: between a day and
# a year a page may print `9 Febriari 2025`, `17 Agusuts 2016` or `10 Sepember 2025` (`Maret`, `Mei`, `Juni` are too
# short: one letter off they are other words as often).
_MISTYPABLE_MONTHS: dict[str, int] = {name: _MONTHS[name] for name in (
    "januari", "january", "februari", "february", "pebruari", "agustus", "august", "september", "oktober", "october",
    "november", "nopember", "desember", "december", "disember")}
_MISTYPED_MONTH_LENGTH = (6, 9)


def _one_edit_apart(word: str, name: str) -> bool:
    """Whether `word` is `name` with one letter changed, added or dropped, or two neighbours swapped."""
    if abs(len(word) - len(name)) > 1 or word == name:
        return False
    start = 0
    while word[start] == name[start]:  # up to the first difference, or to the end of the shorter
        start += 1
        if start == min(len(word), len(name)):
            return True  # one letter added at the end
    if len(word) != len(name):
        longer, shorter = (word, name) if len(word) > len(name) else (name, word)
        return longer[start + 1:] == shorter[start:]
    swapped = word[start + 1:start + 2] == name[start:start + 1] and word[start:start + 1] == name[start + 1:start + 2]
    return word[start + 1:] == name[start + 1:] or swapped and word[start + 2:] == name[start + 2:]


def mistyped_month_number(word: str) -> int | None:
    """1-12 for a full month name typed with one letter wrong (`Febriari`, `Agusuts`), else None: only read between a
    day and a four-digit year, where a month stands."""
    lowered = word.lower()
    if not _MISTYPED_MONTH_LENGTH[0] <= len(lowered) <= _MISTYPED_MONTH_LENGTH[1] or lowered in _MONTHS:
        return None
    months = {month for name, month in _MISTYPABLE_MONTHS.items() if _one_edit_apart(lowered, name)}
    return months.pop() if len(months) == 1 else None


def _arabic_month_number(name: str) -> int | None:
    """The month of an Arabic month name as `_ARABIC_MON` matches it (two words, or two names with a slash)."""
    return month_number(" ".join(name.split("/")[0].split()))


def weekday_number(word: str) -> int | None:
    """0 (Monday) to 6 for an Indonesian, English or Arabic day name (`Ahad`, `Jum'at`, `الخميس`), else None."""
    return _WEEKDAYS.get(word.lower().replace("'", ""))


_WORD = r"[A-Za-z][A-Za-z']{1,9}"
# An Arabic weekday has its article (`الخميس`).
_ARABIC_WEEKDAY = r"ال[\u0621-\u064A]{3,6}"
# A weekday as a word: a Latin one ends at a space, a comma or a parenthesis; an Arabic one may touch the day
# (`الإثنين14 أبريل`).
_WEEKDAY_WORD = rf"(?:{_WORD}(?=[,\s(])|{_ARABIC_WEEKDAY})"
_MON = r"(?:[A-Za-z]{3,9}|[\u0621-\u064A]{3,7})"
# An Arabic month: one word, a Levantine two-word name (`كانون الأول`) or numbered one (`تشرين2`), or the Levantine and
# Egyptian names side by side, either first (`نيسان/أبريل`, `ديسمبر/كانون الأول`, `تشرين2/نوفمبر`; the first read).
_LEVANTINE_TWO_WORD_MON = r"(?:كانون|تشرين)(?:\s{1,2}ال[\u0621-\u064A]{3,5}|[12](?!\d))"
_ARABIC_MON = (rf"(?:{_LEVANTINE_TWO_WORD_MON}|[\u0621-\u064A]{{2,7}})"
               rf"(?:\s{{0,2}}/\s{{0,2}}(?:{_LEVANTINE_TWO_WORD_MON}|[\u0621-\u064A]{{3,7}}))?")
_PART_OF_DAY = (r"(?:malam|pagi|siang|sore|petang|sh?ubuh|dini\s{0,3}hari|night|morning|afternoon"
                r"|evening|noon)")
# A part of day after a 12-hour time (`3:25:50 sore`), Indonesian and Malay (`pg`, `ptg`, `mlm` as in `jam 9.00 mlm`,
# `1:00 tengah hari` or, as Malay calendars write it, `1:30 tengahari` and `12.00 tgh` at noon, `12.30 tengah malam` at
# midnight). The small hours (`dini hari`, `subuh`) are morning hours, and make an hour after `pukul` a clock as the
# others do (`pada hari Rabu 21 September 2006 pukul 3 dini hari`, `Korsleting listrik jam 3 subuh`).
_TIME_PART_OF_DAY = (r"(?:tengah\s{1,2}(?:hari|malam)|tengahari|tgh(?:hari)?|pagi|siang|sore|petang|malam|pg|ptg|mlm"
                     r"|dini\s{0,3}hari|sh?ubuh)(?![A-Za-z])")
# Arabic parts of day after a clock, besides its AM and PM (`1:00 بعد الظهر` afternoon, `12:00 ظهراً` about noon,
# `3:00 عصرًا` afternoon, `11 ليلاً` night, `5 فجراً` dawn), with or without their tanwin.
_ARABIC_PART_OF_DAY = r"(?:بعد\s{1,2}الظهر|(?:ظهر|عصر|ليل|فجر)[اً]{0,2})(?![\u0621-\u064A])"
# Each Arabic part of day by its first three letters, as the Indonesian part of day that reads its hours alike.
_ARABIC_PARTS_OF_DAY = {"بعد": "sore", "ظهر": "siang", "عصر": "sore", "ليل": "malam", "فجر": "pagi"}
