"""Normalize an article before it is validated: Unicode NFC, folded whitespace, WIB times."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from itemadapter import ItemAdapter

from crawler.times import WIB

_SPACES = re.compile(r"[ \t\u00a0\u3164\u200b]+")
_TIME_FIELDS = ("published_at", "modified_at")
# Fields whose internal newlines are meaningful (paragraph breaks).
_MULTILINE = {"body"}


def _is_clean(value: str, multiline: bool) -> bool:
    """True when `_rebuild` would return `value` unchanged.

    The parser's output is nearly always clean already; a few substring searches (C speed)
    are far cheaper than rebuilding, or regex-scanning, every string of every item.
    """
    if not value:
        return True
    if value[0] in " \n" or value[-1] in " \n":
        return False
    # Odd whitespace, spelt out: one substring search each, ~4x faster than `any()` over a tuple of them.
    if "  " in value or "\t" in value or "\r" in value or "\u00a0" in value or "\u3164" in value or "\u200b" in value:
        return False
    if "\n" in value:
        if not multiline or " \n" in value or "\n " in value or "\n\n\n" in value:
            return False
        if value.count("\n") != 2 * value.count("\n\n"):  # a lone line break inside a paragraph
            return False
    return unicodedata.is_normalized("NFC", value)


def _rebuild(value: str, multiline: bool) -> str:
    value = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    if multiline:
        paragraphs = (_SPACES.sub(" ", p).strip() for p in value.split("\n\n"))
        return "\n\n".join(p for p in paragraphs if p)
    return _SPACES.sub(" ", value.replace("\n", " ")).strip()


def _clean(value: str, multiline: bool) -> str:
    return value if _is_clean(value, multiline) else _rebuild(value, multiline)


def _as_wib(value: str | None) -> str | None:
    """Any ISO timestamp with an offset, expressed in WIB (+07:00): one zone for the dataset."""
    if not value:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value  # validation reports it
    if moment.tzinfo is None:
        return value
    return moment.astimezone(WIB).isoformat()


def normalize_value(value, multiline: bool = False):
    """`value` with every string in it cleaned: the very same object when nothing needed it."""
    if isinstance(value, str):
        return _clean(value, multiline)
    if isinstance(value, list):
        cleaned = [normalize_value(v) for v in value]
        return value if all(new is old for new, old in zip(cleaned, value)) else cleaned
    if isinstance(value, dict):
        cleaned = {k: normalize_value(v) for k, v in value.items()}
        return value if all(new is old for new, old in zip(cleaned.values(), value.values())) else cleaned
    return value


class NormalizePipeline:
    def process_item(self, item):
        adapter = ItemAdapter(item)
        for name, value in list(adapter.items()):
            cleaned = normalize_value(value, name in _MULTILINE)
            if cleaned is not value:
                adapter[name] = cleaned
        for name in _TIME_FIELDS:
            if name in adapter:
                adapter[name] = _as_wib(adapter[name])
        if "tags" in adapter and adapter["tags"]:
            adapter["tags"] = list(dict.fromkeys(t for t in adapter["tags"] if t))
        return item
