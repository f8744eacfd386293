"""Synthetic article lines, valid against the Article schema, for tests and the benchmark."""

from __future__ import annotations

import hashlib
from typing import Any

from crawler.schema import SCHEMA_VERSION

_HOSTS = {"id": "https://minanews.net", "en": "https://en.minanews.net", "ar": "https://ar.minanews.net"}


def sample_article(number: int, **overrides: Any) -> dict[str, Any]:
    """Article `number` (its URL and id follow from it) with every field filled; `overrides` win."""
    edition = overrides.get("edition", "id")
    canonical_url = f"{_HOSTS[edition]}/berita-contoh-{number}"
    body = overrides.get("body", f"Isi berita nomor {number}.\n\nParagraf kedua berita {number}.")
    article = {
        "schema_version": SCHEMA_VERSION,
        "id": hashlib.sha1(canonical_url.encode()).hexdigest()[:16],
        "url": canonical_url,
        "canonical_url": canonical_url,
        "agency": "MINA",
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
        "dateline": {"raw": "Jakarta, MINA –", "place": "Jakarta", "agency": "MINA", "date": None,
                     "hijri": None},
        "lead": f"Isi berita nomor {number}.",
        "body": body,
        "word_count": len(body.split()),
        "signature": {"raw": "(T/RE1/P2)", "codes": ["T", "RE1", "P2"]},
        "related": [{"title": "Berita terkait", "url": f"{_HOSTS[edition]}/berita-terkait"}],
        "image": {"url": f"{_HOSTS[edition]}/wp-content/uploads/{number}.jpg", "caption": "Foto", "credit": None},
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
