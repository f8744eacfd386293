"""Hijri (Islamic) dates: month names in their many spellings, Umm al-Qura conversion.

MINA writes Hijri months in Indonesian, English and Arabic transliterations that vary
from article to article (Shafar/Safar, Sya'ban/Sha'ban, Dzulqa'dah/Dhulqa'dah,
Rabi'ul Awwal/Rabiul Awal, ...).  Rather than list every spelling, a name is reduced
to a letters-only key and classified by the consonant skeleton each month keeps in
every transliteration.  Conversion uses `hijridate` (Umm al-Qura, years 1343-1500 AH).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from hijridate import Hijri

# Classified in order: the two Rabi' and two Jumada months need their second word.
_LATIN_MONTH_RULES: tuple[tuple[re.Pattern[str], int], ...] = tuple(
    (re.compile(pattern), month)
    for pattern, month in (
        (r"^m[uo]h?ar+[oa]m$", 1),
        (r"^s[hy]?[oa]f[ao]r$|^sapar$", 2),
        (r"^r[oa]bi[e]?[ui]?(?:l|al|el)?(?:aw+al|ula|uwla)$", 3),
        (r"^r[oa]bi[e]?[ui]?(?:l|al|el|s|ts|th)?(?:akh?ir|ts?ani|thani|sani)[ahy]?$", 4),
        (r"^j[ua]ma[dt][ai]?(?:l|al|el)?(?:aw+al|ula|uwla|u)$", 5),
        (r"^j[ua]ma[dt][ai]?(?:l|al|el|s|ts|th)?(?:akh?ir|ts?ani|thani|sani)(?:a|ah|ih|iy+ah|yah)?$", 6),
        (r"^r[oae]j[ao]b$", 7),
        (r"^s[hy]?[ay]?a?k?ba+n$|^s[hy]a+ban$", 8),
        # A hurried spelling drops the vowel before the `d` (`awal berpuasa jatuh ... 1 Ramdhan 1437 H`), or doubles
        # it (`Gaza, 21 Ramaadhan 1435/19 juli 2014 (MINA) –`, MINA's 2014 dateline).
        (r"^r[oa]m[ao]{0,2}d[hl]?[ao]n$", 9),
        (r"^s[hy]?[ae]?w+[ae]?l$", 10),
        (r"^(?:dz|dh|z|d)[ui]?(?:l|al)?[qk][aoe]?[aeiy]?[iy]?da[ht]?$", 11),
        (r"^(?:dz|dh|z|d)[ui]?(?:l|al)?h[ie]j+[ae]h?$", 12),
    )
)

# Arabic month names, with and without hamza/alef variants, keyed without spaces.
_ARABIC_MONTHS: dict[str, int] = {
    "محرم": 1, "المحرم": 1, "صفر": 2,
    "ربيعالأول": 3, "ربيعالاول": 3, "ربيعأول": 3,
    "ربيعالآخر": 4, "ربيعالاخر": 4, "ربيعالثاني": 4, "ربيعثاني": 4,
    "جمادىالأولى": 5, "جماديالاولى": 5, "جمادىالاولى": 5, "جمادىالأول": 5,
    "جمادىالآخرة": 6, "جماديالاخرة": 6, "جمادىالاخرة": 6, "جمادىالثانية": 6, "جمادىالآخر": 6,
    "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذوالقعدة": 11, "ذيالقعدة": 11, "ذوالحجة": 12, "ذيالحجة": 12,
    # The second word without its article, as Egyptian prayer-time boxes and calendars print it (`23 جمادى آخر 1447
    # هـ13 ديسمبر 2025 م`, `جمادى أولى`, `ربيع آخر`).
    "ربيعآخر": 4, "جمادىأولى": 5, "جمادىأول": 5, "جمادىآخرة": 6, "جمادىآخر": 6, "جمادىثانية": 6,
}

# The Arabic names keyed without hamzas and with one letter for each of the letters Arabic pages swap (`ى`/`ي`, `ة`/`ه`):
# an app's `29 جمادي الأولى 1447` writes `جمادى` with `ي` and keeps the hamza the table's entry for it drops.
_PLAIN_ARABIC = str.maketrans("أإآىة", "ااايه")
_PLAIN_ARABIC_MONTHS: dict[str, int] = {name.translate(_PLAIN_ARABIC): month for name, month in _ARABIC_MONTHS.items()}

# A Hijri month as it appears in running text: one to three Latin words (apostrophes and
# hyphens inside), or the Arabic names.  Validated afterwards by `hijri_month`.
_LATIN_WORD = r"[A-Za-z][A-Za-z'’‘`ʼ]{1,11}"
HIJRI_MONTH_PATTERN = (
    rf"(?:{_LATIN_WORD}(?:[\s-]{{1,2}}(?:al-|el-)?{_LATIN_WORD}){{0,2}}"
    r"|(?:ربيع|جمادى|جمادي|ذو|ذي|ذى)\s?[\u0621-\u064A]{2,8}|[\u0621-\u064A]{3,6})"
)

_NON_LETTERS = re.compile(r"[^a-z]+")


def hijri_month(name: str) -> int | None:
    """The month number (1-12) of a Hijri month name in any common spelling, else None."""
    if not isinstance(name, str) or len(name) > 40:
        return None
    return _month_of(name)


# A page names the same few months again and again (a Hijri date beside every Gregorian one, a calendar).
@lru_cache(maxsize=256)
def _month_of(name: str) -> int | None:
    arabic_key = re.sub(r"\s+", "", name)
    if arabic_key in _ARABIC_MONTHS:
        return _ARABIC_MONTHS[arabic_key]
    # Egyptian spelling writes a final `ي` as `ى` and a final `ة` as `ه` (or `ى`): `27 ذى القعدة 1445`, `ذي القعده`,
    # `ذو الحجه`, as Arabic date normalizers accept them.
    standard = "ذي" + arabic_key[2:] if arabic_key.startswith("ذى") else arabic_key
    standard = standard[:-1] + "ة" if standard.endswith(("ه", "ى")) else standard
    if standard in _ARABIC_MONTHS:
        return _ARABIC_MONTHS[standard]
    if arabic_key.translate(_PLAIN_ARABIC) in _PLAIN_ARABIC_MONTHS:
        return _PLAIN_ARABIC_MONTHS[arabic_key.translate(_PLAIN_ARABIC)]
    key = _NON_LETTERS.sub("", name.lower())
    if len(key) < 4:
        return None
    for rule, month in _LATIN_MONTH_RULES:
        if rule.match(key):
            return month
    return None


@lru_cache(maxsize=1024)
def hijri_to_gregorian(year: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Hijri date (Umm al-Qura), or None when invalid or out of range. A 30th day where
    Umm al-Qura's month has 29 is the day after the 29th: Indonesia's calendar, set by sighting the moon, can count
    30 (MINA: `30 Sha'ban 1435/28 June 2014`)."""
    try:
        return date(*Hijri(year, month, day).to_gregorian().datetuple())
    except (ValueError, OverflowError, TypeError):
        if day != 30:
            return None
    eve = hijri_to_gregorian(year, month, 29)
    return eve + timedelta(days=1) if eve is not None else None


# The epithet an Arabic month name may carry before its year (`ليلة ٧ محرم الحرام 1446هـ`, `صفر الخير`, `رمضان
# المبارك`, `شعبان المعظم`, `رجب المرجب`): part of the name, not of the date.
_ARABIC_MONTH_EPITHET = (r"(?:\s{1,2}(?:الحرام|الخير|المظفر|المبارك|الكريم|المعظم|المرجب|الأصب|الاصب|الأنور|الانور)"
                         r"(?![\u0621-\u064A]))?")
# `<day> <month> <year> [H]` in Latin or Arabic script; digits already made ASCII. A range of days is read as its
# first, as a Gregorian one is (an invitation's `18 - 19 Syawal 1445 H` under its `27 - 28 April 2024 M`). Slashes may
# stand around the month's name, as Gulf calendars and deeds write both calendars (`بتاريخ: 23/رجب/1447ه`, a
# university calendar's `6/شوال/1448هـ`): a slash after the day wants one after the month. A clock's minutes before a
# dash are no first day (`10:15 - 18 Syawal 1445 H`).
HIJRI_DATE = re.compile(
    r"(?<!\d)(?:(?<!\d[:.])(?P<first_day>[0-3]?\d)\s{0,2}[-–]\s{0,2})?"
    rf"(?P<day>[0-3]?\d)(?:(?P<slash>\s?/\s?)|\s{{1,3}})(?P<month>{HIJRI_MONTH_PATTERN}){_ARABIC_MONTH_EPITHET}"
    r"(?(slash)\s?/\s?|,?\s{1,3})(?P<year>1[34]\d\d)(?!\d)"
)


def hijri_day_number(match: re.Match[str]) -> int:
    """The day a `HIJRI_DATE` match names: a range's first day when its days run forward, else the written day."""
    day = int(match["day"])
    first = match["first_day"]
    return int(first) if first is not None and 1 <= int(first) < day else day


def find_hijri(text: str) -> tuple[re.Match[str], date | None] | None:
    """The first Hijri date written with a month name in `text`, and its Gregorian date.

    The date is None when the written day does not exist in that month (the source has
    Hijri-year typos): the Hijri text is still a Hijri date as written.
    """
    for match in HIJRI_DATE.finditer(text):
        month = hijri_month(match["month"])
        day = hijri_day_number(match)
        if month is not None and 1 <= day <= 30:
            return match, hijri_to_gregorian(int(match["year"]), month, day)
    return None
