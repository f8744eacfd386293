"""Crawl state: which article versions were exported, across runs, crashes and workers.

`open_store(url)` opens a store: `sqlite:///<path>` or a plain path for SQLite,
`redis://host:port/db` for Redis.  `reconcile(store, output_dir)` must run at start-up,
before the run writes its own file, after forgetting the run files that are gone
(`crawler.state.runfiles`).  See `crawler.state.base` for the design.
"""

from __future__ import annotations

from crawler.state.base import ArticleState, Decision, StateStore, StoreWriteError
from crawler.state.reconcile import CorruptLine, ReconcileReport, reconcile
from crawler.state.runfiles import Forgotten, forget_run_files, missing_run_files

__all__ = [
    "ArticleState", "CorruptLine", "Decision", "Forgotten", "ReconcileReport", "StateStore", "StoreWriteError",
    "forget_run_files", "missing_run_files", "open_store", "reconcile", "redis_prefix", "REDIS_URL_SCHEMES",
]
REDIS_URL_SCHEMES = ("redis://", "rediss://", "unix://")  # a state URL naming Redis; anything else is SQLite


def redis_prefix(settings, site: str) -> str:
    """A site's Redis key prefix: `REDIS_PREFIX` when set, else `<site>:` (the spider name), so
    sites sharing one Redis database never share keys.  Under it: `<prefix>state:` (the state
    store) and `<prefix>crawl:` (the shared frontier, `crawler.runtime.distributed`)."""
    return settings.get("REDIS_PREFIX") or f"{site}:"


def open_store(url_or_path: str, redis_prefix: str | None = None) -> StateStore:
    """The store named by `url_or_path` (see the module doc); in Redis, keys under `<redis_prefix>state:`."""
    if url_or_path.startswith(REDIS_URL_SCHEMES):
        from crawler.state.redis import RedisStateStore

        if not redis_prefix:
            raise ValueError("a Redis state store needs its site's key prefix (see redis_prefix)")
        return RedisStateStore.from_url(url_or_path, prefix=f"{redis_prefix}state:")
    from crawler.state.sqlite import SqliteStateStore

    return SqliteStateStore(url_or_path.removeprefix("sqlite:///") if url_or_path.startswith("sqlite:///")
                            else url_or_path)
