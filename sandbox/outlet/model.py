"""The outlet's articles: a seeded list, oldest first, each with its template, people, dateline and text.

One made-up Indonesian outlet (`Warta Nusantara`, `wartanusa.id`) whose article pages come in four
markup families modelled on the structure of real outlets' pages (class names, byline and header-time
forms, `<br>`-separated bodies), never their text: `detail` (Detik-like), `read` (Kompas-like),
`page` (Liputan6-like) and `column` (Republika-like). Every second `read` article is paged (`?page=2`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta

from sandbox.antara.words import (ACTIONS_ID, FACTS_ID, OBJECTS_ID, QUOTES_ID, SUBJECTS_ID, TAGS_ID,
                                  TITLE_HEADS_ID)
from sandbox.calendars import WIB

OUTLET = "Warta Nusantara"
OUTLET_DOMAIN = "wartanusa.id"
NEWEST = datetime(2025, 12, 20, 19, 5, tzinfo=WIB)  # the site's "now": its newest article's time
TEMPLATES = ("detail", "read", "page", "column")
SECTIONS = (("nasional", "Nasional"), ("ekonomi", "Ekonomi"), ("olahraga", "Olahraga"),
            ("teknologi", "Teknologi"), ("daerah", "Daerah"))
AUTHORS = ("Rina Wulandari", "Bagus Pratama Putra", "Sri Handayani", "Yusuf Hidayat", "Maya Kartika Sari",
           "Agus Santoso", "Fitri Ramadhani")
EDITORS = ("Hendra Wijaya", "Lina Marlina", "Dedi Kurniawan", "Nur Aisyah")
PLACES = ("Jakarta", "Jakarta", "Bandung", "Surabaya", "Medan", "Makassar", "Semarang", "Denpasar", "Yogyakarta")
STATIC_PAGES = (("tentang-kami", "Tentang Kami"), ("redaksi", "Redaksi"), ("pedoman-media-siber", "Pedoman Media Siber"),
                ("kontak", "Kontak"))


@dataclass(frozen=True)
class Article:
    index: int
    article_id: int  # grows with time
    slug: str
    title: str
    section: tuple[str, str]  # (slug, name)
    template: str
    author: str
    editor: str
    place: str
    dateline_form: str  # "outlet" (`JAKARTA, WARTANUSA.ID -`), "place" (`Jakarta -`), "name" (`Bandung, Warta Nusantara -`)
    published: datetime  # WIB, to the minute (pages print minutes)
    paragraphs: tuple[str, ...]  # the text as a reader sees it, dateline excluded
    tags: tuple[str, ...]
    jsonld: bool  # a NewsArticle JSON-LD block (else no declared type: the page's text decides)
    related: tuple[int, ...]  # indexes of older articles linked as `Baca juga`
    pages: int = 1  # a paged `read` article (Kompas-like) spreads its paragraphs over `?page=N`

    def page_paragraphs(self, page: int) -> range:
        """Indexes of the paragraphs page `page` (1-based) shows: the text cut into `pages` near-equal runs."""
        count = len(self.paragraphs)
        return range(round((page - 1) * count / self.pages), round(page * count / self.pages))

    @property
    def path(self) -> str:
        """The article's path: the families spell it differently."""
        if self.template == "read":
            day = self.published
            return f"/read/{day:%Y/%m/%d}/{self.article_id}/{self.slug}"
        return f"/{self.section[0]}/d-{self.article_id}/{self.slug}"

    @property
    def dateline(self) -> str:
        if self.dateline_form == "outlet":
            return f"{self.place.upper()}, {OUTLET_DOMAIN.upper()} -"
        if self.dateline_form == "name":
            return f"{self.place}, {OUTLET} -"
        return f"{self.place} -"

    @property
    def dateline_agency(self) -> str | None:
        return {"outlet": OUTLET_DOMAIN.upper(), "name": OUTLET, "place": None}[self.dateline_form]

    @property
    def dateline_place(self) -> str:
        return self.place.upper() if self.dateline_form == "outlet" else self.place


def _slug(title: str) -> str:
    return "-".join("".join(c for c in word.lower() if c.isalnum()) for word in title.split()).strip("-")


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS_ID)} {rng.choice(ACTIONS_ID)} {rng.choice(OBJECTS_ID)}."


def _paragraphs(rng: random.Random) -> tuple[str, ...]:
    out = []
    for _ in range(rng.randint(4, 7)):
        parts = [_sentence(rng)]
        parts.append(rng.choice(FACTS_ID).format(n=rng.randint(12, 950)))
        if rng.random() < 0.6:
            parts.append(rng.choice(QUOTES_ID))
        out.append(" ".join(parts))
    return tuple(out)


def generate(count: int, seed: int) -> list[Article]:
    """`count` articles, oldest first, the newest published at NEWEST; a fresh batch in the last two days
    (the news sitemap is never empty)."""
    rng = random.Random(f"outlet-{seed}")
    fresh = max(1, count // 10)
    offsets = sorted((rng.uniform(0, 2 * 86400) if n < fresh else rng.uniform(2 * 86400, 3 * 365 * 86400))
                     for n in range(count - 1))
    times = [NEWEST.replace(second=0) - timedelta(seconds=int(s)) for s in reversed(offsets)] + [NEWEST]
    articles: list[Article] = []
    titles: set[str] = set()
    for index, published in enumerate(times):
        published = published.replace(second=0, microsecond=0)
        title = f"{rng.choice(TITLE_HEADS_ID)} {rng.choice(OBJECTS_ID)} di {rng.choice(PLACES)}"
        while title in titles:
            title += f" {len(titles) % 9 + 2}"
        titles.add(title)
        related = tuple(sorted(rng.sample(range(index), k=min(index, rng.randint(1, 3))))) if index else ()
        articles.append(Article(
            index=index, article_id=7_100_000 + index * 37 + rng.randint(0, 30), slug=_slug(title), title=title,
            section=rng.choice(SECTIONS), template=TEMPLATES[index % len(TEMPLATES)], author=rng.choice(AUTHORS),
            editor=rng.choice(EDITORS), place=rng.choice(PLACES),
            dateline_form=rng.choice(("outlet", "place", "name")), published=published,
            paragraphs=_paragraphs(rng), tags=tuple(rng.sample(TAGS_ID, k=2)), jsonld=rng.random() < 0.5,
            related=related, pages=_pages(index)))
    return articles


def _pages(index: int) -> int:
    """Every second `read` article is paged, over two or three pages."""
    if TEMPLATES[index % len(TEMPLATES)] != "read" or index % (2 * len(TEMPLATES)) != 1:
        return 1
    return 2 + (index // (2 * len(TEMPLATES))) % 2
