"""Synthetic article lines, valid against the Article schema, for tests and the benchmark."""

from __future__ import annotations

import hashlib
from typing import Any

from crawler.schema import SCHEMA_VERSION
from crawler.sites import SITES


def sample_article(number: int, **overrides: Any) -> dict[str, Any]:
    """Article `number` of a known site (`site`, default `mina`: its URL, on the edition's host in the
    site's profile, and its id follow from it) with every field filled; `overrides` win."""
    profile = SITES[overrides.get("site", "mina")]
    edition = overrides.get("edition", "id")
    root = profile.editions[edition].base_url
    canonical_url = f"{root}/berita-contoh-{number}"
    body = overrides.get("body", f"Isi berita nomor {number}.\n\nParagraf kedua berita {number}.")
    article = {
        "schema_version": SCHEMA_VERSION,
        "id": hashlib.sha1(canonical_url.encode()).hexdigest()[:16],
        "url": canonical_url,
        "canonical_url": canonical_url,
        "site": profile.name,
        "agency": profile.agency,
        "edition": edition,
        "language": edition,
        "title": f"Berita contoh {number}",
        "published_at": "2026-11-20T10:15:00+07:00",
        "modified_at": None,
        "author": "Rana Setiawan",
        "editor": "Widi Kusnadi",
        "category": "Internasional",
        "category_path": ["internasional", "asia"],
        "tags": ["Palestina", "Al-Aqsa"],
        "dateline": {"raw": f"Jakarta, {profile.agency} –", "place": "Jakarta", "agency": profile.agency, "date": None,
                     "hijri": None},
        "lead": f"Isi berita nomor {number}.",
        "body": body,
        "word_count": len(body.split()),
        "signature": {"raw": "(T/RE1/P2)", "codes": ["T", "RE1", "P2"]},
        "related": [{"title": "Berita terkait", "url": f"{root}/berita-terkait"}],
        "image": {"url": f"{root}/wp-content/uploads/{number}.jpg", "caption": "Foto", "credit": None},
        "mentioned_dates": [{"text": "Senin (16/11)", "date": "2026-11-16"}],
        "fetched_at": "2026-11-26T10:15:00Z",
        "content_hash": hashlib.sha1(body.lower().encode()).hexdigest(),
        "simhash": hashlib.sha1(body.encode()).hexdigest()[:16],
        "version": 1,
        "duplicate_of": None,
        "discovered_at": "2026-11-26T10:14:00Z",
    }
    article.update(overrides)
    return article
