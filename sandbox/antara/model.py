"""Cheap models of the ANTARA sandbox's items: editions, id sequences, times, templates, sections.

An item is a text article (`berita`, English `news`), a video or a photo story; all three share their
edition's id sequence. Pages and text are composed later from the item's own seed (content.py).
"""

from __future__ import annotations

import random
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sandbox.antara import words

WIB = timezone(timedelta(hours=7), "WIB")
NEWEST = datetime(2026, 1, 24, 20, 41, 17, tzinfo=WIB)
OLDEST_YEAR = 2015
FRESH_SHARE = 0.08  # items of the last three days: feeds and /terkini always show recent work


@dataclass(frozen=True)
class Section:
    path: tuple[str, ...]  # slugs, parent first: ("ekonomi", "bisnis")
    names: tuple[str, ...]

    @property
    def name(self) -> str:
        return self.names[-1]

    @property
    def slug_path(self) -> str:
        return "/".join(self.path)


@dataclass(frozen=True)
class Edition:
    code: str  # the URL prefix: /id, /en, /jatim, /bali
    language: str
    article_dir: str  # "berita" (Indonesian editions) or "news" (English)
    bureau: str | None  # regional bureau key, None for the national editions
    share: float  # share of text articles
    home_title: str

    @property
    def sections(self) -> tuple[Section, ...]:
        table = words.SECTIONS_EN if self.language == "en" else words.SECTIONS_ID
        out = []
        for slug, name, children in table:
            out.append(Section((slug,), (name,)))
            out.extend(Section((slug, child), (name, child_name)) for child, child_name in children)
        return tuple(out)


EDITIONS: dict[str, Edition] = {e.code: e for e in (
    Edition("id", "id", "berita", None, 0.6, "ANTARA News - Berita Indonesia Terkini Hari Ini"),
    Edition("en", "en", "news", None, 0.2, "ANTARA News - Latest Indonesia News"),
    Edition("jatim", "id", "berita", "jatim", 0.1, "ANTARA News Jawa Timur"),
    Edition("bali", "id", "berita", "bali", 0.1, "ANTARA News Bali"),
)}

# Id scale of the national sequences (publication time -> id), from ids seen on the real sites.
ID_ANCHORS = {
    "id": ((2015, 1, 470_000), (2015, 11, 527_000), (2017, 5, 629_369), (2019, 1, 780_000), (2021, 4, 2_123_734),
           (2023, 1, 3_333_390), (2024, 1, 3_906_723), (2025, 9, 5_129_056), (2026, 12, 5_500_000)),
    "en": ((2015, 1, 98_000), (2020, 1, 140_000), (2024, 1, 300_000), (2026, 5, 415_000), (2026, 12, 430_000)),
}
# Bureau ids are small dense counters that start at the same number: two bureaus hand out the same
# ids to different stories, as jabar/bali/sumsel do.
BUREAU_FIRST_ID = 110_001


@dataclass
class Item:
    index: int
    edition: Edition
    kind: str  # berita | video | foto
    published: datetime  # WIB; seconds zeroed when no page states them (Item.seconds_known)
    item_id: int = 0
    title: str = ""
    slug: str = ""
    section: Section | None = None
    tags: tuple[str, ...] = ()
    reporter: str = ""
    editor: str = ""
    views: int = 0
    template: str = "C"  # A 2015-2017, B 2018-2022, C 2023-2026 (by publication year)
    time_tag: bool = False  # template A: <time datetime> in the header
    json_ld: bool = False
    article_meta: bool = False  # meta article:published_time

    @property
    def is_article(self) -> bool:
        return self.kind == "berita"

    @property
    def seconds_known(self) -> bool:
        return self.time_tag or self.json_ld or self.article_meta

    @property
    def directory(self) -> str:
        return self.edition.article_dir if self.is_article else self.kind

    def path(self, slug: str | None = None, amp: bool = False) -> str:
        """Edition-relative path: `/berita/<id>/<slug>`; `slug=""` gives `/berita/<id>`."""
        slug = self.slug if slug is None else slug
        tail = f"/{slug}" if slug else ""
        return f"{'/amp' if amp else ''}/{self.directory}/{self.item_id}{tail}"


def template_of(year: int) -> str:
    return "A" if year <= 2017 else "B" if year <= 2022 else "C"


def slugify(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:90].rstrip("-")


def _times(count: int, rng: random.Random) -> list[datetime]:
    """Publication times from 2015 to NEWEST, later years heavier, plus a fresh batch; oldest first."""
    fresh = max(1, int(count * FRESH_SHARE)) if count >= 5 else 0
    years = list(range(OLDEST_YEAR, NEWEST.year))
    start = datetime(OLDEST_YEAR, 1, 1, tzinfo=WIB)
    out = []
    for _ in range(count - fresh):
        year = rng.choices(years, [1 + (y - OLDEST_YEAR) for y in years])[0]
        begin = max(start, datetime(year, 1, 1, tzinfo=WIB))
        span = (datetime(year + 1, 1, 1, tzinfo=WIB) - begin).total_seconds()
        out.append(begin + timedelta(seconds=rng.randrange(int(span))))
    out.extend(NEWEST - timedelta(seconds=rng.randrange(1, 3 * 86400)) for _ in range(fresh))
    out.sort()
    if out:
        out[-1] = NEWEST
    return out


def _scale(edition: str, moment: datetime) -> int:
    anchors = ID_ANCHORS[edition]
    points = [datetime(y, m, 1, tzinfo=WIB).timestamp() for y, m, _ in anchors]
    t = moment.timestamp()
    i = min(max(bisect_right(points, t), 1), len(points) - 1)
    (t0, v0), (t1, v1) = (points[i - 1], anchors[i - 1][2]), (points[i], anchors[i][2])
    return int(v0 + (v1 - v0) * (t - t0) / (t1 - t0))


def _assign_ids(items: list[Item], rng: random.Random) -> None:
    last: dict[str, int] = {}
    for item in items:  # oldest first
        code = item.edition.code
        if item.edition.bureau:
            item.item_id = last.get(code, BUREAU_FIRST_ID - 1) + rng.randint(1, 3)
        else:
            item.item_id = max(last.get(code, 0) + 1, _scale(code, item.published) + rng.randrange(500))
        last[code] = item.item_id


def _title(item: Item, rng: random.Random) -> str:
    if item.edition.language == "en":
        return f"{rng.choice(words.TITLE_HEADS_EN)} {rng.choice(words.OBJECTS_EN)}"
    places = words.PLACES_BUREAU.get(item.edition.bureau or "", words.PLACES_ID)
    head = {"video": "Video: ", "foto": "Foto: "}.get(item.kind, "")
    return f"{head}{rng.choice(words.TITLE_HEADS_ID)} {rng.choice(words.OBJECTS_ID)} di {rng.choice(places)}"


def _describe(item: Item, rng: random.Random) -> None:
    item.title = _title(item, rng)
    item.slug = slugify(item.title)
    item.section = rng.choice(item.edition.sections)
    tag_bank = words.TAGS_EN if item.edition.language == "en" else words.TAGS_ID
    item.tags = tuple(rng.sample(tag_bank, rng.randint(2, 4)))
    item.reporter = rng.choice(words.REPORTERS)
    item.editor = rng.choice(words.EDITORS)
    item.views = rng.choice((rng.randrange(80, 999), rng.randrange(1_000, 25_000)))
    year = item.published.year
    item.template = template_of(year)
    if item.template == "A":
        item.time_tag = rng.random() < 0.8
        item.json_ld = year == 2017
    elif item.template == "B":
        item.json_ld = rng.random() < 0.5
    else:
        item.json_ld = rng.random() < 0.75
        item.article_meta = rng.random() < 0.5
    if not item.seconds_known:
        item.published = item.published.replace(second=0)


def generate(articles: int, seed: int) -> list[Item]:
    """`articles` text articles plus about one video or photo story per eight, all editions, oldest first."""
    rng = random.Random(f"antara:{seed}")
    codes = list(EDITIONS)
    kinds = ["berita"] * articles + [rng.choice(("video", "foto")) for _ in range(articles // 8)]
    rng.shuffle(kinds)
    times = _times(len(kinds), rng)
    items = []
    for index, (kind, moment) in enumerate(zip(kinds, times)):
        if kind == "berita":
            edition = EDITIONS[rng.choices(codes, [EDITIONS[c].share for c in codes])[0]]
        else:  # the English site's video and photo pages are not modelled
            edition = EDITIONS[rng.choice(("id", "id", "jatim", "bali"))]
        items.append(Item(index, edition, kind, moment))
    # Every edition has at least one article on tiny sites, so every URL kind can be shown.
    text = [i for i in items if i.is_article]
    for item, code in zip(text[-len(codes):], codes):
        if len(text) >= len(codes):
            item.edition = EDITIONS[code]
    for item in items:
        _describe(item, random.Random(f"antara:{seed}:{item.index}"))
    _assign_ids(items, rng)
    return items
