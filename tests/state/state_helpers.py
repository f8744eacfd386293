"""Builders of article ids and states shared by the state tests."""

from __future__ import annotations

import hashlib

from crawler.state.base import ArticleState

SEEN_AT = "2026-11-01T10:00:00Z"


def article_id(n: int) -> str:
    return hashlib.sha1(f"https://minanews.net/article-{n}".encode()).hexdigest()[:16]


def content_hash(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def state(n: int, *, version: int = 1, body: str = "body", modified_at: str | None = None,
          simhash: int = 0, output_file: str | None = "run_1.jsonl", seen_at: str = SEEN_AT) -> ArticleState:
    return ArticleState(id=article_id(n), version=version, content_hash=content_hash(body)[:16],
                        modified_at=modified_at, simhash=simhash, first_seen=seen_at, last_seen=seen_at,
                        output_file=output_file)


def export(store, claimed: ArticleState) -> None:
    """What the writer does: claim the version, (write its line,) confirm the claim."""
    assert store.claim(claimed)
    assert store.confirm(claimed)
