"""An article's body as a structure (dateline, paragraphs, inserts, ending), composed on demand.

Both the HTML renderer and the ground truth read this one structure, so what a page shows and
what the truth says cannot drift apart.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sandbox import datelines
from sandbox.calendars import EN_DAYS, EN_MONTHS, HIJRI_MONTHS, ID_DAYS, ID_MONTHS, hijri_of, id_day_name
from sandbox.datelines import Dateline
from sandbox.model import Article
from sandbox.words import (
    AR_EVENTS, AR_OBJECTS, AR_SUBJECTS, AR_VERBS, ARABIC_PLACES, ARABIC_SENTENCES, CAPTION_BEFORE_DATELINE, EVENTS, OBJECTS, PERSONS, PLACES, QUOTES, SIGNATURE_LEADS,
    SIGNATURE_STAFF, SUBJECTS, VERBS,
)

SEED_TEXT_PATH = Path(__file__).with_name("data") / "seed_article.txt"
# Label and the spacing before the linked headline, as written.
INSERT_LABELS = {"id": ("Baca Juga: ",), "en": ("Also Read: ", "Also Read: ", "Also Read:  ", "ALSO READ: "),
                 "ar": ("اقرأ أيضا: ",)}
CREDIT = "Mi’raj News Agency (MINA)"
CREDIT_2014_2016 = "Mi’raj Islamic News Agency (MINA)"
CREDIT_TRUNCATED = "Mi’raj News Agency "
CREDIT_AR = "وكالة معراج للأنباء (مينا)"


@dataclass(frozen=True)
class Insert:
    after: int  # index of the paragraph it follows
    label: str
    target: int  # article index it links to


@dataclass(frozen=True)
class Signature:
    raw: str
    codes: tuple[str, ...]
    spaced: bool  # a space separates it from the last sentence


@dataclass(frozen=True)
class Content:
    caption_prefix: str | None  # photo credit written before the dateline, in the first paragraph
    dateline: Dateline | None
    byline: tuple[str, str | None, str | None] | None  # opinion: (name, author login or None, role)
    paragraphs: tuple[str, ...]  # the truth body, plain text
    signature: Signature | None
    credit: str | None
    inserts: tuple[Insert, ...]
    trailing: Insert | None  # the insert after the credit line
    mentioned: tuple[tuple[str, date], ...]
    page_breaks: tuple[int, ...]  # paragraph indexes that start page 2, 3, ...


def body_date(rng: random.Random, language: str, published: date) -> tuple[str, date]:
    """A `Senin (22/4)`-style mention of a day up to 10 days before publication."""
    day = published - timedelta(days=rng.randint(0, 10))
    weekday = day.weekday()
    if rng.random() < 0.08:  # real articles carry wrong weekdays
        weekday = (weekday + rng.randint(1, 6)) % 7
    shown = day + timedelta(days=weekday - day.weekday())
    with_year = rng.random() < 0.15
    numbers = f"{day.day}/{day.month}/{day.year}" if with_year else f"{day.day}/{day.month}"
    odd_shape = rng.random() < 0.05
    if language == "id":
        name = id_day_name(shown, rng) if weekday == day.weekday() else ID_DAYS[weekday]
        if odd_shape:
            return f"({name}, {numbers})", day
        part = rng.choices(("", " malam", " pagi", " sore"), (85, 7, 5, 3))[0]
    else:
        name = EN_DAYS[weekday]
        if odd_shape:
            return f"{name}, {EN_MONTHS[day.month - 1]}, {day.day}{_ordinal(day.day)}", day
        part = rng.choices(("", " night", " morning"), (85, 10, 5))[0]
    return f"{name}{part} ({numbers})", day


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def hijri_mention(rng: random.Random, published: date) -> tuple[str, date]:
    """`Jumat 10 Dzulhijjah 1434 H. bertepatan dengan 26 Oktober 2012 M` (Hijri year sometimes wrong)."""
    day = published - timedelta(days=rng.randint(0, 10))
    year, month, mday = hijri_of(day)
    if rng.random() < 0.3:
        year += 1
    text = (f"{ID_DAYS[day.weekday()]} {mday} {rng.choice(HIJRI_MONTHS[month - 1])} {year} H. bertepatan dengan "
            f"{day.day} {ID_MONTHS[day.month - 1]} {day.year} M")
    return text, day


def sentence(rng: random.Random, language: str, topic: str, tag: str | None, when: str | None) -> str:
    s, v, o = rng.choice(SUBJECTS[language][topic]), rng.choice(VERBS[language]), rng.choice(OBJECTS[language][topic])
    p, n, e, q = rng.choice(PLACES[topic]), rng.choice(PERSONS[language]), rng.choice(EVENTS[language]), rng.choice(QUOTES[language])
    if language == "id":
        d = (f", {when}" if when.startswith("(") else f" pada {when}") if when else ""
        if tag:
            return rng.choice((f"Isu {tag} kembali menjadi perhatian publik dalam beberapa waktu terakhir{d}.",
                               f"Persoalan {tag} juga dibahas dalam {e} di {p}{d}."))
        if when:
            return rng.choice((f"{s} {v} {o} di {p}{d}.", f"Hal itu disampaikan dalam {e} di {p}{d}.",
                               f"“{q},” kata {n} kepada MINA di {p}{d}."))
        return rng.choice((
            f"{s} {v} {o} di {p}.", f"“{q},” kata {n}.", f"Menurut {n}, {o} harus menjadi perhatian bersama.",
            f"Sebelumnya, {s} juga {v} {o}.",
            f"Ia menambahkan, pihaknya akan terus berkoordinasi dengan berbagai lembaga terkait {o}.",
            "Sejumlah tokoh masyarakat turut hadir dalam kegiatan tersebut.",
            f"{s} mencatat sedikitnya {rng.randint(12, 4800)} orang terdampak.",
            f"Kegiatan tersebut merupakan bagian dari upaya {o} yang telah berjalan sejak lama.",
        ))
    d = f" on {when}" if when else ""
    if tag:
        return rng.choice((f"The issue of {tag} has again drawn public attention in recent weeks{d}.",
                           f"{tag} was also discussed at {e} in {p}{d}."))
    if when:
        return rng.choice((f"{s} {v} {o} in {p}{d}.", f"The statement was made at {e} in {p}{d}.",
                           f"“{q},” {n} told MINA in {p}{d}."))
    return rng.choice((
        f"{s} {v} {o} in {p}.", f"“{q},” said {n}.", f"According to {n}, {o} must be a shared concern.",
        f"Previously, {s[0].lower() + s[1:] if s.startswith('The ') else s} also {v} {o}.",
        f"He added that his side would continue to coordinate with relevant institutions on {o}.",
        "A number of community leaders attended the event.",
        f"{s} recorded at least {rng.randint(12, 4800)} people affected.",
    ))


def arabic_sentence(rng: random.Random) -> str:
    if rng.random() < 0.25:
        return rng.choice(ARABIC_SENTENCES)
    s, v, o = rng.choice(AR_SUBJECTS), rng.choice(AR_VERBS), rng.choice(AR_OBJECTS)
    p, e = rng.choice(ARABIC_PLACES), rng.choice(AR_EVENTS)
    return rng.choice((
        f"{s} {v} {o} خلال {e} في {p}.",
        f"وقال المتحدث باسم {s} إن {o} يمثل أولوية في المرحلة المقبلة.",
        f"وأشار {s} إلى أن {o} يتطلب تعاونا من جميع الأطراف.",
        f"وشارك في {e} أكثر من {rng.randint(20, 3000)} شخص من مختلف المناطق.",
        f"وجاء ذلك على هامش {e} الذي عقد في {p}.",
    ))


def _signature(rng: random.Random, year: int) -> Signature | None:
    if year == 2012:
        return None  # 2012 items sign off inline with `(MINA).`
    spaced = rng.random() < 0.85
    if year >= 2025:
        return Signature("[]", (), True)
    codes = (rng.choice(SIGNATURE_LEADS), *rng.sample(SIGNATURE_STAFF, rng.choice((1, 2, 2))))
    return Signature("(" + "/".join(codes) + ")", codes, spaced)


def _credit(rng: random.Random, edition: str, year: int) -> str | None:
    if edition == "ar":
        return CREDIT_AR
    if year == 2012:
        return None
    if rng.random() < 0.05:
        return CREDIT_TRUNCATED
    return CREDIT_2014_2016 if 2014 <= year <= 2016 else CREDIT


def _inserts(rng: random.Random, edition: str, paragraphs: int, candidates: list[int]) -> tuple[tuple[Insert, ...], Insert | None]:
    if not candidates or paragraphs < 2:
        return (), None
    labels = INSERT_LABELS[edition]
    positions = sorted(rng.sample(range(paragraphs - 1), min(paragraphs - 1, rng.randint(1, 3))))
    inserts = tuple(Insert(p, rng.choice(labels), rng.choice(candidates)) for p in positions)
    return inserts, Insert(paragraphs - 1, rng.choice(labels), rng.choice(candidates))


def compose(article: Article, seed: int, candidates: list[int], forced_dateline: str | None,
            title_index: dict[str, int]) -> Content:
    """The article's body structure; `candidates` are the article indexes inserts may link to."""
    if article.is_seed:
        return seed_content(article, title_index, candidates)
    rng = random.Random(f"{seed}:content:{article.post_id}")
    edition, topic, published = article.edition, article.category.topic, article.published.date()
    count = rng.randint(6 if article.pages > 1 else 4, 12)
    if edition == "ar":
        paragraphs = [" ".join(arabic_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(count)]
        mentioned: list[tuple[str, date]] = []
    else:
        sentences = [[None] * rng.randint(1, 4) for _ in range(count)]
        slots = [(i, j) for i, row in enumerate(sentences) for j in range(len(row))]
        plan: dict[tuple[int, int], tuple[str, object]] = {}
        picks = rng.sample(slots, min(len(slots), 4))
        dates = rng.choices((0, 1, 1, 2, 3), k=1)[0]
        mentioned = []
        for slot in picks[:dates]:
            text, day = body_date(rng, edition, published)
            plan[slot] = ("date", text)
            mentioned.append((text, day))
        for slot, tag in zip(picks[dates:], article.tags[:2]):
            plan[slot] = ("tag", tag)
        paragraphs = []
        for i, row in enumerate(sentences):
            parts = []
            for j in range(len(row)):
                kind, value = plan.get((i, j), ("", None))
                parts.append(sentence(rng, edition, topic, value if kind == "tag" else None,
                                      value if kind == "date" else None))
            paragraphs.append(" ".join(parts))
        if edition == "id" and published.year <= 2016 and rng.random() < 0.1:
            text, day = hijri_mention(rng, published)
            paragraphs.insert(min(2, len(paragraphs)), f"Kegiatan tersebut berlangsung {text}.")
            mentioned.append((text, day))
        mentioned = _in_page_order(paragraphs, mentioned)
    if article.published.year == 2012 and edition != "ar":
        middle = len(paragraphs) // 2
        paragraphs[middle] = paragraphs[middle].rstrip(".") + " (MINA)."
    byline = None
    dateline = None
    caption_prefix = None
    if article.writer:
        w = article.writer
        byline = (w.name, w.staff.login if w.staff else None, w.role)
    else:
        dateline = datelines.for_article(rng, edition, topic, published, forced_dateline)
        if edition != "ar" and published.year >= 2018 and rng.random() < 0.05:
            caption_prefix = rng.choice(CAPTION_BEFORE_DATELINE)
    inserts, trailing = _inserts(rng, edition, len(paragraphs), candidates)
    return Content(caption_prefix, dateline, byline, tuple(paragraphs), _signature(rng, published.year),
                   _credit(rng, edition, published.year), inserts, trailing, tuple(mentioned),
                   _page_breaks(len(paragraphs), article.pages))


def _in_page_order(paragraphs: list[str], mentioned: list[tuple[str, date]]) -> list[tuple[str, date]]:
    """Mentions sorted by where they occur; a text written twice claims its occurrences in turn."""
    text = "\n\n".join(paragraphs)
    claimed: dict[str, int] = {}
    placed = []
    for mention in mentioned:
        at = text.find(mention[0], claimed.get(mention[0], -1) + 1)
        claimed[mention[0]] = at
        placed.append((at, mention))
    return [mention for _, mention in sorted(placed, key=lambda p: p[0])]


SEED_INSERT = re.compile(r"^(Baca Juga:\s*)(.+)$")
SEED_SIGNATURE = re.compile(r"\s*(\((?:T|L|LKG|TL)(?:/[A-Za-z0-9-]+)+\))$")
SEED_DATE = re.compile(r"\b(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Ahad) \((\d{1,2})/(\d{1,2})\)")


def seed_titles() -> list[str]:
    """Headlines the seed article's `Baca Juga:` inserts name (they become articles of the site)."""
    lines = SEED_TEXT_PATH.read_text(encoding="utf-8").splitlines()
    return [m.group(2).strip() for line in lines if (m := SEED_INSERT.match(line.strip()))]


def seed_content(article: Article, title_index: dict[str, int], candidates: list[int]) -> Content:
    """The seed article's real text, split into the same structure as generated ones."""
    lines = [line.strip() for line in SEED_TEXT_PATH.read_text(encoding="utf-8").splitlines() if line.strip()]
    first = lines[0]
    place, _, lead = first.partition(", MINA – ")
    dateline = Dateline(f"{place}, MINA –", f"{place}, MINA &#8211;", place, None, None)
    paragraphs: list[str] = [lead]
    inserts: list[Insert] = []
    trailing = None
    credit = None
    signature = None
    fallback = candidates[0] if candidates else article.index
    for line in lines[1:]:
        insert = SEED_INSERT.match(line)
        if insert:
            made = Insert(len(paragraphs) - 1, insert.group(1), title_index.get(insert.group(2).strip(), fallback))
            if credit is None:
                inserts.append(made)
            else:
                trailing = made
        elif line.startswith("Mi’raj"):
            credit = line
        else:
            code = SEED_SIGNATURE.search(line)
            if code:
                raw = code.group(1)
                signature = Signature(raw, tuple(raw[1:-1].split("/")), code.group(0).startswith(" "))
                line = line[:code.start()]
            paragraphs.append(line)
    year = article.published.year
    mentioned = []
    for paragraph in paragraphs:
        for m in SEED_DATE.finditer(paragraph):
            mentioned.append((m.group(0), date(year, int(m.group(2)), int(m.group(1)))))
    return Content(None, dateline, None, tuple(paragraphs), signature, credit, tuple(inserts), trailing,
                   tuple(mentioned), ())


def overridden(content: Content, body: tuple[str, ...]) -> Content:
    """The content after `Site.modify(body=...)`: new paragraphs, same dateline and ending."""
    inserts = tuple(i for i in content.inserts if i.after < len(body) - 1)
    trailing = content.trailing and Insert(len(body) - 1, content.trailing.label, content.trailing.target)
    return Content(content.caption_prefix, content.dateline, content.byline, body, content.signature,
                   content.credit, inserts, trailing, (), _page_breaks(len(body), len(content.page_breaks) + 1))


def _page_breaks(paragraphs: int, pages: int) -> tuple[int, ...]:
    """Indexes of the paragraphs that open pages 2..n, splitting the text evenly."""
    size = paragraphs / pages
    return tuple(round(size * k) for k in range(1, pages))
