"""The reading the dateline tests compare: `(place, agency)` as `parse_dateline` gives them, or None where the text
opens with no dateline."""

from __future__ import annotations

from crawler.parsing import parse_dateline


def place_and_agency(text: str) -> tuple[str | None, str | None] | None:
    found = parse_dateline(text)
    return None if found is None else (found.place, found.agency)
