"""Indonesia's time zones and the time helpers every part of the crawler shares.

Exported times are ISO 8601 in WIB (`+07:00`); bookkeeping times (`fetched_at`,
`discovered_at`, locks, file names) are UTC.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

WIB = timezone(timedelta(hours=7), "WIB")  # Western Indonesia: Java, Sumatra (Jakarta)
WITA = timezone(timedelta(hours=8), "WITA")  # Central: Bali, Sulawesi, Nusa Tenggara
WIT = timezone(timedelta(hours=9), "WIT")  # Eastern: Maluku, Papua


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


def wib_day(timestamp: str | None) -> date | None:
    """The WIB calendar day of an ISO 8601 timestamp (None stays None; a naive time is taken as WIB)."""
    if not timestamp:
        return None
    moment = datetime.fromisoformat(timestamp)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=WIB)
    return moment.astimezone(WIB).date()
