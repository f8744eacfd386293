"""Ground-truth records of the ANTARA sandbox: what a perfect extractor returns for each article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sandbox.antara.model import Item
from sandbox.antara.render import Renderer

if TYPE_CHECKING:
    from sandbox.antara.site import AntaraSite


def truth_record(site: AntaraSite, base: str, item: Item) -> dict[str, Any]:
    """One record; field names follow crawler/schema.py (README: ANTARA ground truth)."""
    c = site.content(item)
    urls = site.variant_urls(base, item)
    dateline = None
    if c.dateline:
        d = c.dateline
        # As a reader sees it: HTML shows the double space of `July 27, 2017  (Antara) -` as one.
        dateline = {"raw": " ".join(d.raw.split()), "place": d.place, "agency": "ANTARA",
                    "date": d.date.isoformat() if d.date else None, "hijri": None}
    image = None
    if c.image:
        image = {"url": Renderer(site, base).image_url(item, c), "caption": c.image.caption, "credit": c.image.credit}
    paragraphs = c.paragraphs
    # Template A has no breadcrumb: its section shows only as the active menu item and sub-menu link.
    section_names, section_path = (Renderer.menu_section(item) if item.template == "A"
                                   else (item.section.names, item.section.path))
    return {
        "id_hint": item.item_id,
        "url": urls[0],
        "urls": urls,
        "canonical_url": site.article_url(base, item, slug=""),  # the id alone: slugs change with the title
        "page_urls": [],
        "agency": "ANTARA",
        "edition": item.edition.code,
        "language": item.edition.language,
        "template": item.template,
        "title": item.title,
        "published_at": item.published.isoformat(),
        "published_precision": "second" if item.seconds_known else "minute",
        "modified_at": None,
        "author": item.reporter,
        "editor": item.editor,
        "category": section_names[-1],
        "category_path": list(section_path),
        "tags": list(item.tags),
        "dateline": dateline,
        "lead": paragraphs[0],
        "body": "\n\n".join(paragraphs),
        "related": [{"title": site.items[i.target].title, "url": site.article_url(base, site.items[i.target])}
                    for i in c.inserts],
        "image": image,
        "mentioned_dates": [{"text": t, "date": d.isoformat()} for t, d in c.mentioned],
        "pages": 1,
    }
