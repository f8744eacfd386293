"""The datelines that open MINA bodies, in every form the spec lists, with their truth."""

from __future__ import annotations

import html
import random
from dataclasses import dataclass
from datetime import date

from sandbox.calendars import AR_HIJRI_MONTHS, AR_MONTHS, EN_MONTHS, HIJRI_MONTHS, ID_MONTHS, hijri_of
from sandbox.words import ARABIC_PLACES, COMMA_PLACES, PLACES

EN_DASH = ("–", "&#8211;")
UPLOADS_TOKEN = "{edition-root}"  # replaced by the edition's absolute root when rendered
INLINE_IMAGE = UPLOADS_TOKEN + "/wp-content/uploads/2012/10/bismillah-1.gif"
# One-of-a-kind forms every site of 2012 articles carries at least once, oldest 2012 articles first.
FORCED_FORMS = ("image_in_month", "early_2012")
EM_DASH = ("—", "&#8212;")


@dataclass(frozen=True)
class Dateline:
    raw: str  # visible text, stripped
    html: str  # source markup
    place: str | None
    date: date | None
    hijri: str | None  # as written, wrong year included
    glue: str = " "  # what separates it from the lead text ("" when the dash is glued to the body)


def _visible_and_html(parts: list[tuple[str, str | None]]) -> tuple[str, str]:
    """Join (text, html-or-None) parts; None means "escape the text"."""
    text = "".join(t for t, _ in parts)
    markup = "".join(h if h is not None else html.escape(t, quote=False) for t, h in parts)
    return text.strip(), markup.strip()


def short(rng: random.Random, topic: str, allow_oddities: bool = True) -> Dateline:
    """`<Place>, MINA –` and its real deviations (dash kinds, no place, comma places, agency typos)."""
    roll = rng.random() if allow_oddities else 1.0
    place: str | None = rng.choice(PLACES[topic])
    if roll < 0.04:
        place = None
    elif roll < 0.12:
        place = rng.choice(COMMA_PLACES)
    agency = "MINA"
    if allow_oddities and rng.random() < 0.025:
        agency = rng.choice(("MINa", "MlNA", "MNA"))
    dash_roll = rng.random() if allow_oddities else 0.0
    glue = " "
    if dash_roll < 0.78:
        dash: tuple[str, str | None] = (" –", " " + EN_DASH[1])
    elif dash_roll < 0.86:
        dash = (" -", None)
    elif dash_roll < 0.91:
        dash, glue = ("-", None), ""
    else:
        dash = (" —", " " + EM_DASH[1])
    lead: list[tuple[str, str | None]] = [(f"{place}, ", None)] if place else []
    raw, markup = _visible_and_html([*lead, (agency, None), dash])
    return Dateline(raw, markup, place, None, None, glue)


def _hijri_text(rng: random.Random, day: date, wrong_year: bool) -> str:
    year, month, mday = hijri_of(day)
    if mday > 1 and rng.random() < 0.15:
        mday -= 1  # Indonesian sighting runs a day behind Umm al-Qura at times (a real dateline shows it)
    if wrong_year:
        year += rng.choice((-1, 1))
    return f"{mday} {rng.choice(HIJRI_MONTHS[month - 1])} {year}"


def _gregorian_text(rng: random.Random, day: date, edition: str, comma: bool) -> str:
    english = rng.random() < (0.75 if edition == "en" else 0.25)
    month = (EN_MONTHS if english else ID_MONTHS)[day.month - 1]
    return f"{day.day} {month}{',' if comma else ''} {day.year}"


def long_form(rng: random.Random, topic: str, day: date, edition: str) -> Dateline:
    """`Jakarta, 19 Rajab 1434/29 May 2013 (MINA) –` with spelling, spacing and Hijri-year variants."""
    place = rng.choice(PLACES[topic])
    hijri = _hijri_text(rng, day, wrong_year=rng.random() < 0.08)
    slash = rng.choices(("/", " / ", "/ ", " /"), (70, 15, 8, 7))[0]
    gregorian = _gregorian_text(rng, day, edition, comma=rng.random() < 0.1)
    dash = rng.choices(((" –", " &#8211;"), (" -", None), (" —", " &#8212;")), (85, 10, 5))[0]
    raw, markup = _visible_and_html([(f"{place}, {hijri}{slash}{gregorian} (MINA)", None), dash])
    return Dateline(raw, markup, place, day, hijri)


def gregorian_only(rng: random.Random, day: date, image_in_month: bool = False) -> Dateline:
    """`JAKARTA, 26 Oktober 2012 (MINA) –`; optionally with an `<img>` inside the month word."""
    place = rng.choice(("JAKARTA", "BOGOR", "BANDUNG", "Jakarta"))
    month = ID_MONTHS[day.month - 1]
    text = f"{place}, {day.day} {month} {day.year} (MINA) –"
    if image_in_month:
        markup = (f"{place}, {day.day} {html.escape(month[:2])}<img class=\"alignnone size-full\" "
                  f"src=\"{INLINE_IMAGE}\" alt=\"\" width=\"1\" height=\"1\" />{html.escape(month[2:])} "
                  f"{day.year} (MINA) &#8211;")
    else:
        markup = html.escape(text[:-1], quote=False) + "&#8211;"
    return Dateline(text, markup, place, day, None)


def early_2012(rng: random.Random, day: date) -> Dateline:
    """`Jakarta, Indonesia – 21 Dzulhijjah 1433 / 6 November 2012 (MINA) -Kementrian...` (glued hyphen)."""
    place = rng.choice(("Jakarta, Indonesia", "Bogor, Indonesia", "Bandung, Indonesia"))
    hijri = _hijri_text(rng, day, wrong_year=False)
    text = f"{place} – {hijri} / {day.day} {ID_MONTHS[day.month - 1]} {day.year} (MINA) -"
    markup = html.escape(text, quote=False).replace(" – ", " &#8211; ")
    return Dateline(text, markup, place, day, hijri, glue="")


def arabic(rng: random.Random, day: date, old: bool) -> Dateline:
    """`لامبونج، مينا –`, or `جاكرتا (معراج) –` (every third day: the form a real page shows, without drawing
    from `rng`, so that the other pages stay as they were); old long forms have no comma or dash."""
    place = rng.choice(ARABIC_PLACES)
    if old:
        year, month, mday = hijri_of(day)
        hijri = f"{mday} {AR_HIJRI_MONTHS[month - 1]} {year}"
        text = f"{place} {hijri} / {day.day} {AR_MONTHS[day.month - 1]} {day.year} (مينا)"
        return Dateline(text, html.escape(text, quote=False), place, day, hijri)
    if day.toordinal() % 3 == 0:
        text = f"{place} (معراج) –"
        return Dateline(text, f"{place} (معراج) &#8211;", place, None, None)
    text = f"{place}، مينا –"
    return Dateline(text, f"{place}، مينا &#8211;", place, None, None)


def for_article(rng: random.Random, edition: str, topic: str, day: date, forced: str | None = None) -> Dateline:
    """Pick the dateline form an article of this edition and era would carry (`forced`: a FORCED_FORMS key)."""
    if forced == "image_in_month":
        return gregorian_only(rng, day, image_in_month=True)
    if forced == "early_2012":
        return early_2012(rng, day)
    if edition == "ar":
        return arabic(rng, day, old=day.year < 2018 and rng.random() < 0.6)
    roll = rng.random()
    if day.year == 2012:
        if roll < 0.3:
            return early_2012(rng, day)
        if roll < 0.6:
            return gregorian_only(rng, day)
        return long_form(rng, topic, day, edition)
    if day.year <= 2017:
        if roll < 0.75:
            return long_form(rng, topic, day, edition)
        if roll < 0.8:
            return gregorian_only(rng, day)
        return short(rng, topic, allow_oddities=False)
    return short(rng, topic)
