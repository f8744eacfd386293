"""Day, month and Hijri names as MINA writes them, and the date strings built from them."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta, timezone

from hijridate import Gregorian

WIB = timezone(timedelta(hours=7), "WIB")

ID_DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
ID_MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
             "Oktober", "November", "Desember")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
AR_MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
             "نوفمبر", "ديسمبر")
# Spellings seen on MINA for each Hijri month (U+2019 apostrophe).
HIJRI_MONTHS: tuple[tuple[str, ...], ...] = (
    ("Muharram",), ("Shafar", "Safar"), ("Rabiul Awwal", "Rabi’ul Awwal"), ("Rabiul Akhir", "Rabi’ul Akhir"),
    ("Jumadil Awwal",), ("Jumadil Akhir",), ("Rajab",), ("Sha’ban", "Sya’ban"), ("Ramadhan", "Ramadan"),
    ("Syawwal", "Shawwal"), ("Dzulqa’dah", "Dhulqa’dah"), ("Dzulhijjah", "Dhulhijjah"),
)
AR_HIJRI_MONTHS = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
                   "رمضان", "شوال", "ذو القعدة", "ذو الحجة")


def id_day_name(day: date, rng: random.Random) -> str:
    """Indonesian weekday; Sunday is sometimes `Ahad`, Friday sometimes `Jum'at`."""
    name = ID_DAYS[day.weekday()]
    if name == "Minggu" and rng.random() < 0.4:
        return "Ahad"
    if name == "Jumat" and rng.random() < 0.3:
        return "Jum'at"
    return name


def header_date(moment: datetime, language: str, rng: random.Random) -> str:
    """Current-theme header date: `Jumat, 15 Februari 2019 - 23:14 WIB`."""
    if language == "id":
        day, month = id_day_name(moment.date(), rng), ID_MONTHS[moment.month - 1]
    else:
        day, month = EN_DAYS[moment.weekday()], EN_MONTHS[moment.month - 1]
    return f"{day}, {moment.day} {month} {moment.year} - {moment:%H:%M} WIB"


def theme2018_date(moment: datetime) -> str:
    """2018-theme date text: `Monday, 19 March 2018 | 12:56 WIB` (English on every edition)."""
    return f"{EN_DAYS[moment.weekday()]}, {moment.day} {EN_MONTHS[moment.month - 1]} {moment.year} | {moment:%H:%M} WIB"


def listing_date(moment: datetime, language: str) -> str:
    """Sidebar/listing date without a zone label: `Rabu, 24 Desember 2025 | 07:26`."""
    if language == "id":
        return f"{ID_DAYS[moment.weekday()]}, {moment.day} {ID_MONTHS[moment.month - 1]} {moment.year} | {moment:%H:%M}"
    return f"{EN_DAYS[moment.weekday()]}, {moment.day} {EN_MONTHS[moment.month - 1]} {moment.year} | {moment:%H:%M}"


def hijri_of(day: date) -> tuple[int, int, int]:
    """(year, month, day) in the Umm al-Qura calendar."""
    hijri = Gregorian(day.year, day.month, day.day).to_hijri()
    return hijri.year, hijri.month, hijri.day


def relative_time(delta: timedelta) -> str:
    """WordPress-theme style age: `6 hours ago`, `1 hours ago` (the theme never singularizes)."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 60:
        return f"{max(minutes, 1)} mins ago"
    if minutes < 24 * 60:
        return f"{minutes // 60} hours ago"
    days = minutes // (24 * 60)
    if days < 31:
        return f"{days} days ago"
    if days < 365:
        return f"{days // 30} months ago"
    return f"{days // 365} years ago"


def ticker_time(delta: timedelta) -> str:
    """The 'Latest' ticker's age, with its literal minus: `-151 min. ago`, else `6 hours ago`."""
    minutes = int(delta.total_seconds() // 60)
    if minutes < 180:
        return f"-{max(minutes, 1)} min. ago"
    return relative_time(delta)


def rfc822(moment: datetime) -> str:
    utc = moment.astimezone(timezone.utc)
    return f"{EN_DAYS[utc.weekday()][:3]}, {utc.day:02d} {EN_MONTHS[utc.month - 1][:3]} {utc.year} {utc:%H:%M:%S} +0000"


def iso_utc(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat()


def iso_wib(moment: datetime) -> str:
    return moment.astimezone(WIB).isoformat()
