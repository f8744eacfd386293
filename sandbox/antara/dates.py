"""How ANTARA pages write times: article headers, listing cards, RSS, ISO."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

from sandbox.antara import words


def header(moment: datetime, language: str, pad_hour: bool = True) -> str:
    """`Selasa, 20 Mei 2025 00:30 WIB` (`9:03` unpadded on some 2018-2022 pages); English
    `Tuesday, 20 May 2025 00:30 WIB` (the real English header form is unknown: this one is invented)."""
    hour = f"{moment.hour:02d}" if pad_hour else str(moment.hour)
    if language == "en":
        day, month = words.DAYS_EN[moment.weekday()], words.MONTHS_EN[moment.month - 1]
    else:
        day, month = words.DAYS_ID[moment.weekday()], words.MONTHS_ID[moment.month - 1]
    return f"{day}, {moment.day} {month} {moment.year} {hour}:{moment.minute:02d} WIB"


def card(moment: datetime, language: str, now: datetime) -> str:
    """Listing cards: `Selasa, 6 Januari 2026 5:45` (no zone, hour unpadded); English cards are relative."""
    if language == "en":
        age = now - moment
        if age.days == 0:
            hours = age.seconds // 3600
            return f"{hours} hours ago" if hours > 1 else f"{max(age.seconds // 60, 1)} minutes ago"
        if age.days == 1:
            return "yesterday"
        return f"{moment.day} {words.MONTHS_EN[moment.month - 1]} {moment.year}"
    return (f"{words.DAYS_ID[moment.weekday()]}, {moment.day} {words.MONTHS_ID[moment.month - 1]} {moment.year} "
            f"{moment.hour}:{moment.minute:02d}")


def today(moment: datetime, language: str) -> str:
    """The site header's date of the day (not an article's date)."""
    if language == "en":
        return f"{words.DAYS_EN[moment.weekday()]}, {moment.day} {words.MONTHS_EN[moment.month - 1]} {moment.year}"
    return f"{words.DAYS_ID[moment.weekday()]}, {moment.day} {words.MONTHS_ID[moment.month - 1]} {moment.year}"


def rfc822(moment: datetime) -> str:
    return format_datetime(moment)  # `Tue, 20 May 2025 00:30:12 +0700`


def views(count: int) -> str:
    return f"{count:,}".replace(",", ".")
