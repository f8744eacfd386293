"""The reading the date tests compare: `parse_date`'s moment in WIB to the minute (`2024-06-03T14:05`), or None where
the text holds no date."""

from __future__ import annotations

from datetime import datetime

from crawler.parsing.dates import WIB, parse_date


def minute_in_wib(text: str, base: datetime) -> str | None:
    moment = parse_date(text, base=base)
    return moment.astimezone(WIB).strftime("%Y-%m-%dT%H:%M") if moment else None
