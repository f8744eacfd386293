"""Crawl state: which article versions were exported, across runs, crashes and workers.

`open_store(url)` opens a store: `sqlite:///<path>` or a plain path for SQLite,
`redis://host:port/db` for Redis.  `reconcile(store, output_dir)` must run at start-up,
before the run writes its own file.  See `crawler.state.base` for the design.
"""

from __future__ import annotations

from crawler.state.base import ArticleState, Decision, StateStore
from crawler.state.reconcile import CorruptLine, ReconcileReport, reconcile

__all__ = [
    "ArticleState", "CorruptLine", "Decision", "ReconcileReport", "StateStore",
    "DEFAULT_REDIS_PREFIX", "open_store", "reconcile",
]


# REDIS_PREFIX's default: a setup's keys are `<prefix>state:` (here) and `<prefix>crawl:` (crawler.runtime.distributed).
DEFAULT_REDIS_PREFIX = "mina:"


def open_store(url_or_path: str, redis_prefix: str = DEFAULT_REDIS_PREFIX) -> StateStore:
    """The store named by `url_or_path` (see the module doc); in Redis, keys under `<redis_prefix>state:`."""
    if url_or_path.startswith(("redis://", "rediss://", "unix://")):
        from crawler.state.redis import RedisStateStore

        return RedisStateStore.from_url(url_or_path, prefix=f"{redis_prefix}state:")
    from crawler.state.sqlite import SqliteStateStore

    return SqliteStateStore(url_or_path.removeprefix("sqlite:///") if url_or_path.startswith("sqlite:///")
                            else url_or_path)
