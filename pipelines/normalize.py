"""Normalize an article before it is validated: Unicode NFC, folded whitespace, WIB times."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from itemadapter import ItemAdapter

from crawler.parsing import WIB

_SPACES = re.compile(r"[ \t\u00a0\u3164\u200b]+")
# Anything _clean would change; the parser's output is nearly always clean already, and
# a search is far cheaper than rebuilding every string of every item.
_UNCLEAN_LINE = re.compile(r"[\t\n\r\u00a0\u3164\u200b]| {2}|^ | $")
_UNCLEAN_TEXT = re.compile(r"[\t\r\u00a0\u3164\u200b]| {2}|^[ \n]|[ \n]$| \n|\n |\n{3}|(?<!\n)\n(?!\n)")
_TIME_FIELDS = ("published_at", "modified_at")
# Fields whose internal newlines are meaningful (paragraph breaks).
_MULTILINE = {"body"}


def _clean(value: str, multiline: bool) -> str:
    unclean = _UNCLEAN_TEXT if multiline else _UNCLEAN_LINE
    if unicodedata.is_normalized("NFC", value) and not unclean.search(value):
        return value
    value = unicodedata.normalize("NFC", value)
    if multiline:
        paragraphs = (_SPACES.sub(" ", p).strip() for p in value.split("\n\n"))
        return "\n\n".join(p for p in paragraphs if p)
    return _SPACES.sub(" ", value.replace("\n", " ")).strip()


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
    if isinstance(value, str):
        return _clean(value, multiline)
    if isinstance(value, list):
        return [normalize_value(v) for v in value]
    if isinstance(value, dict):
        return {k: normalize_value(v) for k, v in value.items()}
    return value


class NormalizePipeline:
    def process_item(self, item):
        adapter = ItemAdapter(item)
        for name in adapter.field_names():
            if name in adapter:
                adapter[name] = normalize_value(adapter[name], name in _MULTILINE)
        for name in _TIME_FIELDS:
            if name in adapter:
                adapter[name] = _as_wib(adapter[name])
        if "tags" in adapter and adapter["tags"]:
            adapter["tags"] = list(dict.fromkeys(t for t in adapter["tags"] if t))
        return item
