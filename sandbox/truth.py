"""Ground-truth records: what a perfect extractor returns for each sandbox article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sandbox.calendars import iso_wib
from sandbox.model import Article

if TYPE_CHECKING:
    from sandbox.site import Site


def whitespace(text: str) -> str:
    return " ".join(text.split())


def truth_record(site: Site, base: str, a: Article) -> dict[str, Any]:
    """One record; field names follow crawler/schema.py (README: conventions and extra fields)."""
    c = site.content(a)
    link = site.article_url(base, a, slash=a.listing_slash)
    urls = [site.article_url(base, a)]
    if not a.legacy_path:
        urls.append(site.article_url(base, a, slash=not a.primary_slash))
    urls.append(f"{link}?utm_source=rss&utm_medium=rss&utm_campaign={a.slug}")
    urls.append(f"{base}/{a.edition}/?p={a.post_id}")
    states_modified = a.meta.article_times or a.meta.json_ld
    seconds_known = states_modified or a.theme == "2018"
    dateline = None
    if c.dateline:
        d = c.dateline
        dateline = {"raw": d.raw, "place": d.place, "agency": "MINA",
                    "date": d.date.isoformat() if d.date else None, "hijri": d.hijri}
    inserts = [*c.inserts, *([c.trailing] if c.trailing else [])]
    image = None
    if a.image:
        image = {"url": f"{base}/{a.edition}{a.image.path}", "caption": a.image.caption, "credit": a.image.credit}
    paragraphs = [whitespace(p) for p in c.paragraphs]
    return {
        "id_hint": a.post_id,
        "url": urls[0],
        "urls": urls,
        "canonical_url": urls[0],
        "page_urls": [site.article_url(base, a, page=p) for p in range(2, a.pages + 1)],
        "edition": a.edition,
        "language": a.language,
        "theme": a.theme,
        "header": "relative" if a.relative_header else "absolute",
        "title": a.shown_title,
        "published_at": iso_wib(a.published),
        "published_precision": "second" if seconds_known else "minute",
        "modified_at": iso_wib(a.modified) if states_modified else None,
        "author": site.author_name(a, c),
        "editor": a.editor.name if a.editor and a.theme == "current" else None,
        "category": a.category.name,
        "category_path": list(a.category.path),
        "tags": list(a.tags),
        "dateline": dateline,
        "lead": paragraphs[0] if paragraphs else None,
        "body": "\n\n".join(paragraphs),
        "signature": {"raw": c.signature.raw, "codes": list(c.signature.codes)} if c.signature else None,
        "related": [{"title": site.articles[i.target].shown_title,
                     "url": site.article_url(base, site.articles[i.target])} for i in inserts],
        "image": image,
        "mentioned_dates": [{"text": t, "date": d.isoformat()} for t, d in c.mentioned],
        "pages": a.pages,
    }
