"""Cheap per-article models, generated up front from one seed (text is composed later, on demand)."""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timedelta
from urllib.parse import quote

from sandbox.calendars import WIB
from sandbox.words import (
    ARABIC_TITLES, CATEGORY_TREE, EDITORS, EVENTS, IMAGE_CREDITS, OBJECTS, OPINION_GUESTS, OPINION_ROLES,
    OPINION_SLUGS, OPINION_STAFF, PLACES, STAFF, SUBJECTS, TITLE_PATTERNS, TOPIC_OF_SLUG, TOPIC_TAGS, VERBS, Category, Staff,
)

FIRST_DAY = datetime(2012, 10, 1, tzinfo=WIB)
NEWEST = datetime(2025, 12, 20, 21, 4, 37, tzinfo=WIB)  # the site's "now": its newest article
YEAR_WEIGHTS = {2012: 2, 2013: 2, 2014: 3, 2015: 4, 2016: 5, 2017: 6, 2018: 7, 2019: 8, 2020: 9,
                2021: 10, 2022: 11, 2023: 12, 2024: 13, 2025: 14}
SEED_PUBLISHED = datetime(2019, 4, 23, 10, 17, 42, tzinfo=WIB)
SEED_TITLE = "Kim Jong Un Akan Kunjungi Rusia untuk Bertemu Putin"


@dataclass(frozen=True, slots=True)
class Writer:
    """Opinion writer named in the `Oleh:` / `By` byline."""
    name: str
    staff: Staff | None  # linked to an author page when on the staff
    role: str | None


@dataclass(frozen=True, slots=True)
class Image:
    path: str  # edition-relative upload path
    caption: str | None
    credit: str | None


@dataclass(frozen=True, slots=True)
class PageMeta:
    """Which metadata a page carries (WordPress plugins differ per post and per era)."""
    og: bool
    article_times: bool  # article:published_time / article:modified_time
    json_ld: bool
    keywords: bool
    canonical: bool
    shortlink: bool
    title_suffix: str  # " - MINA News" or " | MINA"
    og_title_suffix: bool


@dataclass(slots=True)  # ~2 KB less per article: a 100,000-article sandbox stays small
class Article:
    index: int
    post_id: int
    edition: str
    slug: str  # URL path segment as WordPress emits it (percent-encoded for Arabic)
    title: str
    published: datetime
    modified: datetime
    author: Staff  # the account that posted it (header)
    editor: Staff | None
    category: Category
    tags: tuple[str, ...]
    theme: str  # "current" | "2018"
    relative_header: bool
    listing_slash: bool  # the URL form listings and feeds link
    sitemap_other_form: bool  # the sitemap lists the other slash form
    legacy_path: str | None  # mirajnews-era `/YYYY/MM/<slug>.html`
    pages: int
    writer: Writer | None  # opinion byline
    image: Image | None
    meta: PageMeta
    views: int
    is_seed: bool = False
    title_override: str | None = None
    body_override: tuple[str, ...] | None = None

    @property
    def language(self) -> str:
        return self.edition

    @property
    def opinion(self) -> bool:
        return self.category.path[-1] in OPINION_SLUGS

    @property
    def shown_title(self) -> str:
        return self.title_override or self.title

    @property
    def primary_slash(self) -> bool:
        return self.edition == "en"

    def path(self, slash: bool | None = None, page: int = 1) -> str:
        """Edition-relative path (no edition prefix), e.g. `/slug`, `/slug/2/`, `/2018/03/slug.html`."""
        if self.legacy_path:  # WordPress appends the page to `.html` permalinks: `/2018/01/slug.html/2`
            return self.legacy_path if page == 1 else f"{self.legacy_path}/{page}"
        slash = self.primary_slash if slash is None else slash
        base = f"/{self.slug}" if page == 1 else f"/{self.slug}/{page}"
        return base + "/" if slash else base


def slugify(title: str, edition: str) -> str:
    if edition == "ar":
        words = re.findall(r"\w+", title)
        return quote("-".join(words), safe="-").lower()
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")


def title_case(text: str) -> str:
    small = {"di", "dan", "ke", "dari", "untuk", "yang", "of", "the", "in", "for", "to", "and", "on", "a", "an"}
    words = text.split(" ")
    return " ".join(w if (i and w in small) or not w[:1].islower() else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


def categories(edition: str) -> list[Category]:
    out = []
    for levels in CATEGORY_TREE[edition]:
        slugs = tuple(s for s, _ in levels)
        out.append(Category(edition, slugs, levels[-1][1], TOPIC_OF_SLUG.get(slugs[-1], "islam"),
                            tuple(n for _, n in levels[:-1])))
    return out


def make_title(rng: random.Random, edition: str, topic: str) -> str:
    if edition == "ar":
        return rng.choice(ARABIC_TITLES) + " " + rng.choice(("اليوم", "مجددا", "بقوة", "رسميا", "في جاكرتا", "للمرة الأولى"))
    subject = rng.choice(SUBJECTS[edition][topic]).removeprefix("The ")
    subject = re.sub(r"\s*\([^)]*\)", "", subject)  # titles drop parenthesised acronyms
    pattern = rng.choice(TITLE_PATTERNS[edition])
    text = pattern.format(S=subject, V=rng.choice(VERBS[edition]), O=rng.choice(OBJECTS[edition][topic]),
                          P=rng.choice(PLACES[topic]), T=rng.choice(TOPIC_TAGS[edition][topic]))
    return title_case(text)


def _publication_times(rng: random.Random, count: int) -> list[datetime]:
    """Spread 2012-10..2025-12, recent years heavier, plus a fresh batch in the last three days."""
    fresh = max(8, count // 25) if count >= 40 else count // 5
    years = list(YEAR_WEIGHTS)
    weights = list(YEAR_WEIGHTS.values())
    out = []
    for _ in range(count - fresh):
        year = rng.choices(years, weights)[0]
        start = max(FIRST_DAY, datetime(year, 1, 1, tzinfo=WIB))
        end = min(NEWEST - timedelta(days=3), datetime(year + 1, 1, 1, tzinfo=WIB))
        out.append(start + timedelta(seconds=rng.randrange(int((end - start).total_seconds()))))
    for _ in range(fresh):
        out.append(NEWEST - timedelta(seconds=rng.randrange(1, 3 * 86400)))
    return out


def _edition_plan(rng: random.Random, count: int) -> list[str]:
    plan = rng.choices(("id", "en", "ar"), (70, 25, 5), k=count)
    needed = min(5, count // 4) - plan.count("ar")
    for position in rng.sample(range(count), count)[:max(needed, 0)]:
        if plan[position] != "ar":
            plan[position] = "ar"
    return plan


class ArticleFactory:
    """Draws article models; keeps the per-edition slug registry so repeated titles get `-1`, `-2`."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.used_slugs: dict[str, dict[str, int]] = {"id": {}, "en": {}, "ar": {}}
        self.categories = {e: categories(e) for e in ("id", "en", "ar")}
        self.last_titles: dict[str, list[str]] = {"id": [], "en": [], "ar": []}
        self.next_post_id = 1000

    def _unique_slug(self, edition: str, base: str) -> str:
        seen = self.used_slugs[edition]
        if base not in seen:
            seen[base] = 0
            return base
        seen[base] += 1
        return f"{base}-{seen[base]}"

    def make(self, index: int, edition: str, published: datetime, is_seed: bool = False) -> Article:
        rng = random.Random(f"{self.seed}:model:{index}")
        self.next_post_id += rng.randint(1, 40)
        cats = self.categories[edition]
        opinion_cat = next(c for c in cats if c.path[-1] in OPINION_SLUGS)
        if is_seed:
            category = next(c for c in cats if c.path == ("internasional", "asia"))
        elif rng.random() < 0.05:
            category = opinion_cat
        else:
            category = rng.choice([c for c in cats if c is not opinion_cat])
        recent_titles = self.last_titles[edition]
        if is_seed:
            title = SEED_TITLE
        elif recent_titles and rng.random() < 0.03:
            # A re-run headline, same-ish: same slug base (hence `-1`, `-2`), different article.
            title = rng.choice(recent_titles[-30:]).rstrip("!?") + rng.choice(("", "", "!", "?"))
        else:
            title = make_title(rng, edition, category.topic)
        recent_titles.append(title)
        slug = self._unique_slug(edition, slugify(title, edition))
        year = published.year
        theme = "2018" if 2016 <= year <= 2018 and rng.random() < 0.85 and not is_seed else "current"
        legacy = (f"/{year}/{published.month:02d}/{slug}.html"
                  if theme == "2018" and rng.random() < 0.4 else None)
        relative = edition == "en" and year >= 2024 and theme == "current" and rng.random() < 0.4
        change = rng.random()
        if change < 0.5:
            modified = published
        elif change < 0.8:
            modified = published + timedelta(seconds=rng.randrange(120, 6 * 3600))
        else:
            modified = published + timedelta(seconds=rng.randrange(86400, 40 * 86400))
        modified = min(modified, NEWEST) if published <= NEWEST else modified
        tags_bank = TOPIC_TAGS[edition][category.topic]
        tags = tuple(rng.sample(tags_bank, min(len(tags_bank), rng.randint(2, 6))))
        if is_seed:
            tags = ("Korea Utara", "Rusia", "Vladimir Putin")
        writer = None
        if category.path[-1] in OPINION_SLUGS:
            if rng.random() < 0.5:
                staff = rng.choice(OPINION_STAFF)
                writer = Writer(staff.name, staff, rng.choice(OPINION_ROLES[edition]))
            else:
                writer = Writer(rng.choice(OPINION_GUESTS), None,
                                rng.choice(OPINION_ROLES[edition]) if rng.random() < 0.3 else None)
        image = None
        if rng.random() < 0.85 or is_seed:
            if edition == "ar":
                caption = None if rng.random() < 0.5 else "صورة من الأرشيف."
            else:
                subject = rng.choice(SUBJECTS[edition][category.topic])
                place = rng.choice(PLACES[category.topic])
                event = rng.choice(EVENTS[edition])
                caption = None if rng.random() < 0.1 else (
                    f"{subject} dalam {event} di {place}." if edition == "id" else f"{subject} at {event} in {place}.")
            credit = None if rng.random() < 0.1 else rng.choice(IMAGE_CREDITS[edition])
            file = f"{slug[:24].strip('-') if edition != 'ar' else 'mina-ar'}-{rng.randrange(1, 999)}.jpg"
            image = Image(f"/wp-content/uploads/{year}/{published.month:02d}/{file}", caption, credit)
        meta = PageMeta(
            og=theme == "2018" or rng.random() < 0.7,
            article_times=theme == "current" and rng.random() < 0.5,
            json_ld=rng.random() < 0.4,
            keywords=rng.random() < 0.5,
            canonical=rng.random() < 0.8,
            shortlink=rng.random() < 0.6,
            title_suffix=" - MINA News" if rng.random() < 0.6 else " | MINA",
            og_title_suffix=rng.random() < 0.3,
        )
        if relative and not (meta.article_times or meta.json_ld):
            # The header then gives no date: the page must still carry one machine-readable date.
            meta = PageMeta(meta.og, rng.random() < 0.5, True, meta.keywords, meta.canonical, meta.shortlink,
                            meta.title_suffix, meta.og_title_suffix)
        if edition == "id":
            listing_slash = year < 2018 and rng.random() < 0.5  # older imports keep a slash
        elif edition == "en":
            listing_slash = rng.random() < 0.85
        else:
            listing_slash = False
        pages = rng.choice((2, 3)) if rng.random() < 0.02 and writer is None and not is_seed else 1
        return Article(
            index=index, post_id=self.next_post_id, edition=edition, slug=slug, title=title,
            published=published, modified=modified, author=rng.choice(STAFF) if not is_seed else STAFF[0],
            editor=rng.choice(EDITORS) if rng.random() < 0.4 or relative else None,
            category=category, tags=tags, theme=theme, relative_header=relative,
            listing_slash=listing_slash, sitemap_other_form=legacy is None and rng.random() < 0.05,
            legacy_path=legacy, pages=pages, writer=writer, image=image, meta=meta,
            views=rng.randint(12, 9000), is_seed=is_seed,
        )


def generate(count: int, seed: int) -> tuple[ArticleFactory, list[Article]]:
    """`count` article models, oldest first (post ids grow with time), the seed article among them."""
    rng = random.Random(f"{seed}:plan")
    times = _publication_times(rng, max(count - 1, 0))
    times.append(SEED_PUBLISHED)
    times.sort()
    times = times[:count] if count else []
    plan = _edition_plan(rng, len(times))
    factory = ArticleFactory(seed)
    articles = []
    for index, published in enumerate(times):
        is_seed = published == SEED_PUBLISHED
        articles.append(factory.make(index, "id" if is_seed else plan[index], published, is_seed))
    return factory, articles
