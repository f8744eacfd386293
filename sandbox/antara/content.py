"""The text of an ANTARA sandbox item: dateline, paragraphs, inserts, body dates, credits, lead image.

Everything here is clean text (what the truth states); render.py decides the markup around it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from sandbox.antara import words
from sandbox.antara.model import Item

BREAK_AFTER_DASH = 0.12  # `Jakarta (ANTARA) -` then a line break, the body on the next line (sumsel)


@dataclass(frozen=True)
class Dateline:
    raw: str  # as visible, trailing space removed: `Mataram, NTB (ANTARA News) -`
    place: str | None  # as written, comma places whole
    token: str  # the agency as written: ANTARA, ANTARA News, Antara Jatim, Antara/PRNewswire
    date: date | None  # a date written inside the dateline (press releases, English features)
    line_break: bool = False  # the dash ends the line; the body text starts on the next one


@dataclass(frozen=True)
class Insert:
    target: int  # item index of the linked article (same edition, older)
    label: str  # "Baca juga:" / "Also read:"


@dataclass(frozen=True)
class Image:
    file: str
    caption: str
    credit: str  # as shown at the end of the caption


@dataclass(frozen=True)
class Content:
    dateline: Dateline | None
    blocks: tuple[str | Insert, ...]  # clean paragraphs and inserts in page order
    mentioned: tuple[tuple[str, date], ...]  # body dates: exact span, the day meant
    image: Image | None
    press_release: bool  # template A: Word `p.MsoNormal` markup, dateline alone in the first paragraph
    byline_form: str  # template A's byline: pewarta | oleh | plain | open-span
    copyright_holder: str | None  # None: `COPYRIGHT © 2016` without a holder
    licence: bool  # the 2025+ AI-crawling licence sentence after the credits

    @property
    def paragraphs(self) -> list[str]:
        return [b for b in self.blocks if isinstance(b, str)]

    @property
    def inserts(self) -> list[Insert]:
        return [b for b in self.blocks if isinstance(b, Insert)]


def _dateline(item: Item, rng: random.Random) -> tuple[Dateline, bool]:
    """The dateline and whether it opens a pasted press release."""
    year, edition = item.published.year, item.edition
    if edition.language == "en":
        return _english_dateline(item, rng), False
    places = words.PLACES_BUREAU.get(edition.bureau or "", words.PLACES_ID)
    place = rng.choice(places)
    if rng.random() < 0.12 and not edition.bureau:
        city, province = rng.choice(words.PROVINCE_PLACES)
        place = f"{city}, {province}"
    if year <= 2017 and not edition.bureau and rng.random() < 0.08:
        day = item.published.date()
        wire = rng.choice(words.WIRES)
        city = place.split(",")[0].upper()
        raw = f"{city}, {day.day} {words.MONTHS_ID[day.month - 1]} {day.year} (Antara/{wire}) --"
        return Dateline(raw, city, f"Antara/{wire}", day), True
    if year <= 2017 and edition.bureau and rng.random() < 0.4:
        token = f"Antara {words.REGION_NAMES[edition.bureau][0]}"
    elif year <= 2017 or (year == 2018 and rng.random() < 0.4):
        token = "ANTARA News"
    else:
        token = "ANTARA"
    line_break = year >= 2019 and rng.random() < BREAK_AFTER_DASH
    return Dateline(f"{place} ({token}) -", place, token, None, line_break), False


def _english_dateline(item: Item, rng: random.Random) -> Dateline:
    year = item.published.year
    place = rng.choice(words.PLACES_EN)
    written = item.published.date() - timedelta(days=rng.choice((0, 0, 1)))
    d, m, y = written.day, written.month, written.year
    roll = rng.random()
    if year <= 2018 and roll < 0.3:
        raw = f"{place}, {words.MONTHS_EN[m - 1]} {d}, {y}  (Antara) -"
        return Dateline(raw, place, "Antara", written)
    if year <= 2018 and roll < 0.5:
        raw = f"{place}, {words.MONTHS_EN_SHORT[m - 1]} {d}, {y} (Antara)-"
        return Dateline(raw, place, "Antara", written)
    if year <= 2018:
        return Dateline(f"{place} (Antara) {'--' if roll < 0.6 else '-'}", place, "Antara", None)
    if year <= 2022 and roll < 0.3:
        spaced = f"{d}/{m} / {y}" if roll < 0.1 else f"{d}/{m}/{y}"
        return Dateline(f"{place}, {spaced} (ANTARA) -", place, "ANTARA", written)
    return Dateline(f"{place} (ANTARA) -", place, "ANTARA", None, year >= 2019 and roll > 1 - BREAK_AFTER_DASH)


def _body_date(item: Item, rng: random.Random) -> tuple[str, date]:
    """`Senin (26/4)` / `Jumat sore (18/12)` / `Monday (26/4)`: a day within ten days before publication."""
    day = item.published.date() - timedelta(days=rng.randrange(0, 10))
    english = item.edition.language == "en"
    weekday = (words.DAYS_EN if english else words.DAYS_ID)[day.weekday()]
    daypart = "" if english or rng.random() < 0.8 else " " + rng.choice(("pagi", "sore", "malam"))
    return f"{weekday}{daypart} ({day.day}/{day.month})", day


def _sentence(bank: tuple[str, ...], rng: random.Random, english: bool) -> str:
    numbers = ("12", "35", "250", "1,200", "4.5") if english else ("12", "35", "250", "1.200", "4,5")
    return rng.choice(bank).replace("{n}", rng.choice(numbers))


def _paragraphs(item: Item, dateline: Dateline | None, rng: random.Random) -> tuple[list[str], list]:
    english = item.edition.language == "en"
    subjects, actions, objects = ((words.SUBJECTS_EN, words.ACTIONS_EN, words.OBJECTS_EN) if english
                                  else (words.SUBJECTS_ID, words.ACTIONS_ID, words.OBJECTS_ID))
    quotes, facts = (words.QUOTES_EN, words.FACTS_EN) if english else (words.QUOTES_ID, words.FACTS_ID)
    place = dateline.place.split(",")[0].title() if dateline and dateline.place else "Jakarta"
    weekday = (words.DAYS_EN if english else words.DAYS_ID)[item.published.weekday()]
    lead = (f"{rng.choice(subjects)} {rng.choice(actions)} {rng.choice(objects)}, "
            + (f"an official said in {place} on {weekday}." if english else f"kata pejabat setempat di {place}, {weekday}."))
    span, day = _body_date(item, rng)
    zone = "Wita" if item.edition.bureau == "bali" else "WIB"
    clock = f"{rng.randrange(6, 23):02d}.{rng.randrange(60):02d}"
    dated = (f"The activity started on {span} at {clock} local time and was attended by regional officials."
             if english else f"Kegiatan tersebut dimulai pada {span} pukul {clock} {zone} dan dihadiri pejabat daerah.")
    paragraphs = [lead, dated]
    for _ in range(rng.randint(2, 5)):
        paragraphs.append(" ".join(_sentence(rng.choice((quotes, facts)), rng, english) for _ in range(rng.randint(1, 2))))
    return paragraphs, [(span, day)]


def _image(item: Item, rng: random.Random) -> Image | None:
    if rng.random() < 0.15:
        return None
    english = item.edition.language == "en"
    shot = item.published.date() - timedelta(days=rng.randrange(0, 3))
    day = (words.DAYS_EN if english else words.DAYS_ID)[shot.weekday()]
    places = words.PLACES_BUREAU.get(item.edition.bureau or "", words.PLACES_ID)
    caption = rng.choice(words.CAPTIONS_EN if english else words.CAPTIONS_ID).format(
        place=rng.choice(places), day=day, d=shot.day, m=shot.month)
    photographer = rng.choice(words.PHOTOGRAPHERS)
    if item.template == "A":
        credit = f"(ANTARA/{photographer})" if rng.random() < 0.5 else f"(ANTARA FOTO/{photographer})"
    else:
        codes = "/".join(rng.sample(("aww", "nym", "mes", "Asf", "wsj", "foc"), 2))
        credit = f"ANTARA FOTO/{photographer}/{codes}/{item.published:%y}."
    return Image(f"{item.published:%Y%m%d}antarafoto-{item.slug[:40]}-{item.item_id}", caption, credit)


def _copyright_holder(item: Item, rng: random.Random) -> str | None:
    if item.template == "A" and rng.random() < 0.1:
        return None
    if item.edition.bureau:
        return f"ANTARA News {words.REGION_NAMES[item.edition.bureau][1]}"
    return "ANTARA"


def compose(item: Item, seed: int, candidates: list[int]) -> Content:
    """The item's text; `candidates`: older articles of the edition that `Baca juga:` may link."""
    rng = random.Random(f"antara:{seed}:content:{item.index}")
    dateline, press_release = _dateline(item, rng)
    paragraphs, mentioned = _paragraphs(item, dateline, rng)
    blocks: list[str | Insert] = list(paragraphs)
    label = "Also read:" if item.edition.language == "en" else "Baca juga:"
    if item.template != "A" and candidates:
        picks = rng.sample(candidates[-60:], min(len(candidates), rng.randint(0, 2)))
        if picks:  # one mid-body
            blocks.insert(2, Insert(picks[0], label))
        if len(picks) > 1:  # and one just before the credits
            blocks.append(Insert(picks[1], label))
    byline_form = rng.choice(("pewarta", "pewarta", "oleh", "plain", "open-span")) if item.template == "A" else "pewarta"
    return Content(dateline, tuple(blocks), tuple(mentioned), _image(item, rng), press_release, byline_form,
                   _copyright_holder(item, rng), item.published.year >= 2025 and item.edition.language == "id")
