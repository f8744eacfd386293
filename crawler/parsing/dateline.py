"""The dateline that opens a news text: `Al-Quds, MINA –`, `Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –`.

`parse_dateline` reads the start of an article body (plain text) and finds the dateline
even behind a photo caption or credit, but only near the start.  It knows the forms MINA
used over the years and the ones of the outlets it quotes (agency before or after the
place, in parentheses or not, dashes, double hyphens, colons, Arabic).  A wrong dateline
is worse than none: a place with a dash and no agency is taken only in the all-capitals
form (`MIMIKA –`) and only at the very start.

Offsets: `start`/`end` are offsets into the string given to `parse_dateline`.  HTML
entities (`&#8211;`) are decoded before matching and the offsets mapped back, so they
stay right whether or not the text still carried entities.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date

from crawler.parsing.agencies import AGENCY_PATTERN, agency_name
from crawler.parsing.dates import fold, gregorian_dates, month_number
from crawler.parsing.hijri import find_hijri

# The dateline starts within this many characters of decoded text.
_SEARCH_WINDOW = 300
# Raw characters read: enough for the window even when entities shrink on decoding.
_RAW_WINDOW = 2000
# Hijri and Gregorian halves further apart than this are a typo in the source.
_MISMATCH_DAYS = 1

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")

_LETTER = r"A-Za-z\u00C0-\u024F"
_CAP_WORD = rf"[A-Z\u00C0-\u00DE][{_LETTER}'.]{{0,30}}(?:-[{_LETTER}']{{1,30}}){{0,3}}"
_CONNECTOR = r"(?:al|el|an|ad|as|ar|de|di|da|du|es|la|le|of|van|der|bin)"
_PLACE_PART = rf"{_CAP_WORD}(?: (?:{_CAP_WORD}|{_CONNECTOR}(?= [A-Z]))){{0,4}}"
_PLACES = rf"(?P<place>{_PLACE_PART}(?: ?, ?{_PLACE_PART}){{0,2}})"
_UPPER_WORD = r"[A-Z][A-Z'.]{1,30}(?:-[A-Z']{1,30}){0,3}"
_UPPER_PLACE = rf"(?P<place>(?=[A-Z'.-]{{4}}){_UPPER_WORD}(?: {_UPPER_WORD}){{0,3}})"
_ARABIC_WORD = r"[\u0621-\u064A\u0671-\u06D3]{2,20}"
_ARABIC_PLACE = rf"(?P<place>{_ARABIC_WORD}(?: {_ARABIC_WORD}){{0,3}})"
_AGENCY = rf"(?P<agency>{AGENCY_PATTERN})"
_END = r"\s{0,3}(?P<sep>--|-|:)"
_DASH_END = r"\s{0,3}(?P<sep>--|-)"
# A date part: starts with a digit, or a month name and a digit; stops before `(Agency)`.
_WHEN = r"(?P<when>(?:\d|[A-Za-z\u0621-\u064A]{3,9}\.? {1,3}\d)[^()\n]{0,70}?)"

_FORMS_WITH_AGENCY: tuple[re.Pattern[str], ...] = tuple(re.compile(form) for form in (
    # Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –   |   Jakarta, Indonesia – 21 ... (MINA) -
    rf"{_PLACES} ?(?:,| -) {{0,3}}{_WHEN} {{0,3}}\( ?(?i:{_AGENCY}) ?\)(?:{_END})?",
    # Tanjung Selor (ANTARA) -
    rf"{_PLACES} {{0,3}}\( ?(?i:{_AGENCY}) ?\){_END}",
    # JAKARTA--MICOM:
    rf"{_PLACES} {{0,3}}(?:--|-) {{0,3}}(?i:{_AGENCY}){_END}",
    # Al-Quds, MINA –   |   JAKARTA, KOMPAS.com -
    rf"{_PLACES} ?, {{0,3}}(?i:{_AGENCY}){_END}",
    # TRIBUNNEWS.COM, JAKARTA -
    rf"(?i:{_AGENCY}) ?, {{0,3}}{_PLACES}{_DASH_END}",
    # MINA –   |   IPOL.ID –   |   (MINA) -
    rf"\(?(?i:{_AGENCY})\)?{_END}",
    # لامبونج، مينا –   and the old long forms without comma or dash
    rf"{_ARABIC_PLACE} ?[،,]? {{0,3}}(?:(?P<when>\d[^()\n]{{0,60}}?) {{0,3}})?\(?(?P<agency>مينا)\)?"
    rf"(?![\u0621-\u064A])(?:{_END})?",
))
# MIMIKA –: no agency, so all capitals, a spaced dash, and only where a dateline must start.
_PLACE_ONLY = re.compile(rf"{_UPPER_PLACE} {{1,3}}(?P<sep>--|-)(?= |$)")

_CAPTION = re.compile(
    r"\((?:Foto|Photo|Dok|Doc|Sumber|Source|Ilustrasi|Illustration)\b[^()\n]{0,120}\)"
    r"|(?:Foto|Photo|Dok|Doc)\.? ?: ?[^\n]{0,80}?(?:/ ?[A-Za-z.]{2,30}|\b[A-Z]{2,10})(?= |$)",
    re.IGNORECASE,
)
_BREAK = re.compile(r"\n|\s{2,}|\)\s")
_MONTH_AND_DAY = re.compile(
    r"(?P<mon>[A-Za-z\u0621-\u064A]{3,9})\.? {1,3}\d{1,2}(?!\d)|\d{1,2} {1,3}(?P<mon2>[A-Za-z\u0621-\u064A]{3,9})"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A dateline as found: `raw` text (entities decoded), its parts, and its span in the input."""

    raw: str
    place: str | None
    agency: str | None  # canonical name (`MINA`, `ANTARA`, `Kompas.com`)
    date: date | None  # the Gregorian date; from the Hijri date when only that is written
    hijri: str | None  # the Hijri date as written (`19 Rajab 1434`)
    start: int
    end: int
    hijri_mismatch: bool = False  # Hijri and Gregorian halves disagree by more than a day

    def to_dict(self) -> dict[str, str | None]:
        """The Article schema's `dateline` object."""
        return {"raw": self.raw, "place": self.place, "agency": self.agency,
                "date": self.date.isoformat() if self.date else None, "hijri": self.hijri}


def _decode(raw: str) -> tuple[str, list[int]]:
    """`raw` with HTML entities decoded, and for each decoded character its offset in `raw`."""
    pieces: list[str] = []
    offsets: list[int] = []
    position = 0
    for match in _ENTITY.finditer(raw):
        pieces.append(raw[position:match.start()])
        offsets.extend(range(position, match.start()))
        decoded = html.unescape(match.group())
        pieces.append(decoded)
        offsets.extend([match.start()] * len(decoded))
        position = match.end()
    pieces.append(raw[position:])
    offsets.extend(range(position, len(raw) + 1))  # one past the end maps to the end
    return "".join(pieces), offsets


@dataclass(frozen=True, slots=True)
class _When:
    day: date | None
    hijri: str | None
    mismatch: bool


def _read_when(when: str, original: str) -> _When | None:
    """The Gregorian and Hijri dates of a dateline's date part; None when it holds no date."""
    hijri = find_hijri(when)
    gregorian = gregorian_dates(when)
    gregorian_day = min(gregorian, key=lambda span: span.start).day if gregorian else None
    if hijri is None and gregorian_day is None:
        month_day = _MONTH_AND_DAY.search(when)
        if month_day is None or month_number(month_day["mon"] or month_day["mon2"]) is None:
            return None
        return _When(None, None, False)  # `Aug 29`: a date, but its year is not written
    hijri_text = original[hijri[0].start():hijri[0].end()] if hijri else None
    hijri_day = hijri[1] if hijri else None
    # A Hijri date that does not exist (a typo in its year) disagrees with any Gregorian date.
    mismatch = bool(hijri and gregorian_day and (
        hijri_day is None or abs((hijri_day - gregorian_day).days) > _MISMATCH_DAYS))
    return _When(gregorian_day or hijri_day, hijri_text, mismatch)


def _clean_place(place: str | None) -> str | None:
    if place is None:
        return None
    place = place.strip(" ,")
    return place or None


def _match_at(folded: str, decoded: str, position: int, *, at_start: bool) -> tuple[re.Match[str], _When | None] | None:
    for form in _FORMS_WITH_AGENCY:
        match = form.match(folded, position)
        if match is None or agency_name(match["agency"]) is None:
            continue
        when = None
        if match.groupdict().get("when"):
            when = _read_when(match["when"], decoded[match.start("when"):match.end("when")])
            if when is None:
                continue
        return match, when
    if at_start:
        match = _PLACE_ONLY.match(folded, position)
        if match and agency_name(match["place"]) is None:
            return match, None
    return None


def _candidate_starts(folded: str) -> list[tuple[int, bool]]:
    """Where a dateline may begin, with whether a place-only dateline is acceptable there."""
    starts: list[tuple[int, bool]] = [(0, True)]
    starts += [(match.end(), True) for match in _CAPTION.finditer(folded)]
    starts += [(match.end(), False) for match in _BREAK.finditer(folded)]
    skipped: dict[int, bool] = {}
    for position, at_start in starts:
        while position < len(folded) and folded[position] in " \t\r\n":
            position += 1
        if position < _SEARCH_WINDOW:
            skipped[position] = skipped.get(position, False) or at_start
    return sorted(skipped.items())


def parse_dateline(text: str) -> Dateline | None:
    """The dateline near the start of an article body, or None when there is none for sure."""
    if not isinstance(text, str) or not text:
        return None
    decoded, offsets = _decode(text[:_RAW_WINDOW])
    folded = fold(decoded)
    for position, at_start in _candidate_starts(folded):
        found = _match_at(folded, decoded, position, at_start=at_start)
        if found is None:
            continue
        match, when = found
        groups = match.groupdict()
        agency = agency_name(groups["agency"]) if groups.get("agency") else None
        start, end = match.start(), match.end()
        return Dateline(
            raw=decoded[start:end].strip(),
            place=_clean_place(decoded[match.start("place"):match.end("place")] if groups.get("place") else None),
            agency=agency,
            date=when.day if when else None,
            hijri=when.hijri if when else None,
            start=offsets[start],
            end=offsets[end],
            hijri_mismatch=when.mismatch if when else False,
        )
    return None
