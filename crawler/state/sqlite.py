"""The state store in one SQLite file (WAL): ~54 bytes per article on disk at 1M articles.

Layout (`WITHOUT ROWID`, integers only, so a row is ~45 bytes of payload):

* `seen(key, version, hash, modified, simhash, first_seen, last_seen, file)`: `key` is the
  16-hex id as a signed int64, `hash` the first 8 bytes of `content_hash`, times whole
  seconds since 1970, `file` a number from `files`;
* `files(file_no, name, offset)`: run files and the bytes of each already reconciled;
* `not_articles(key)`: ids of pages found not to be articles (static pages);
* `outbox(key, payload, queued)`: webhook notifications not yet delivered, in rowid order;
* `seen_band<n>`: one index per SimHash band (16 bits of `simhash`), for near-duplicate queries.

Nothing grows in memory with the number of articles: `in`, `is_not_article` and near-duplicate
queries are indexed lookups in the file (SQLite's page cache is bounded), so a store of millions of
articles costs a crawl no more RAM than an empty one.

Batched commits, and why they are safe: claims and touches go into one transaction that
is committed when a claim arrives and the batch is 100 claims or 1 s old, before that new
claim is written; on `flush()`; and on `close()`.  The caller writes a line right after its
claim succeeds, so every committed claim has its line in the log.  A crash loses only the
open batch, whose lines reconciliation reads back from the log.  Another process
that claims meanwhile waits for the batch (SQLite has one writer); many workers share a
Redis store instead.
"""

from __future__ import annotations

import functools
import json
import logging
import sqlite3
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from crawler.state.base import (
    BAND_BITS, BANDS, HASH_PREFIX_HEX, ArticleState, StateStore, StoreSummary, StoreWriteError, id_key, key_id,
    to_epoch, to_signed64, utc_iso, wib_iso,
)
from crawler.parsing.simhash import hamming

logger = logging.getLogger(__name__)

FORMAT_VERSION = 1
UNSIGNED64 = 0xFFFF_FFFF_FFFF_FFFF

_SCHEMA = """
CREATE TABLE IF NOT EXISTS seen (
    key INTEGER PRIMARY KEY,
    version INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    modified INTEGER,
    simhash INTEGER NOT NULL,
    first_seen INTEGER NOT NULL,
    last_seen INTEGER NOT NULL,
    file INTEGER
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS files (
    file_no INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    offset INTEGER NOT NULL DEFAULT 0
);
"""

# Added after format 1 shipped: created on open when missing, so older files gain it.
_NOT_ARTICLES = "CREATE TABLE IF NOT EXISTS not_articles (key INTEGER PRIMARY KEY) WITHOUT ROWID"
_OUTBOX = "CREATE TABLE IF NOT EXISTS outbox (key TEXT NOT NULL UNIQUE, payload TEXT NOT NULL, queued INTEGER NOT NULL)"
_COLUMNS = "key, version, hash, modified, simhash, first_seen, last_seen, file"
# Band n of the SimHash as SQL: an index on each expression answers `band = ?` (the query must spell
# the expression exactly as its index does). The arithmetic shift of a negative int64 keeps the bits.
_BAND = [f"((simhash >> {band * BAND_BITS}) & {(1 << BAND_BITS) - 1})" for band in range(BANDS)]
_BAND_INDEXES = [f"CREATE INDEX IF NOT EXISTS seen_band{band} ON seen({expression})"
                 for band, expression in enumerate(_BAND)]
_NEAR = " UNION ALL ".join(f"SELECT key, simhash FROM seen WHERE {expression} = ?" for expression in _BAND)
MAX_PENDING = 1000  # touches and not-article marks kept before a flush writes them

# A version is recorded only over an older one: the check and the write are one statement,
# run under SQLite's single write lock, so two connections cannot both win one version.
_CLAIM = """
INSERT INTO seen (key, version, hash, modified, simhash, first_seen, last_seen, file)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (key) DO UPDATE SET
    version = excluded.version, hash = excluded.hash, modified = excluded.modified,
    simhash = excluded.simhash, first_seen = min(seen.first_seen, excluded.first_seen),
    last_seen = max(seen.last_seen, excluded.last_seen), file = excluded.file
WHERE excluded.version > seen.version
"""



def _saving(method: Callable) -> Callable:
    """A write of the store's: where SQLite cannot save it (`database or disk is full`, an I/O error), it has rolled
    the open batch back; the batch is given up and `StoreWriteError` raised (no traceback of SQLite's for the caller to
    print)."""

    @functools.wraps(method)
    def saving(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except sqlite3.OperationalError as error:
            self._give_up_batch()
            raise StoreWriteError(str(error)) from None

    return saving

class SqliteStateStore(StateStore):
    def __init__(self, path: str | Path, *, batch_claims: int = 100, batch_seconds: float = 1.0,
                 busy_timeout: float = 30.0) -> None:
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = Path(path)
        # check_same_thread off: a store may move between threads, never be shared by two at once.
        self._db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None, check_same_thread=False)
        self._closed = False
        self._db.execute("PRAGMA journal_mode=WAL")
        # NORMAL: a commit survives a process crash; power loss is covered by the log.
        self._db.execute("PRAGMA synchronous=NORMAL")
        if self._db.execute("PRAGMA user_version").fetchone()[0] == 0:
            self._db.executescript(_SCHEMA + f"PRAGMA user_version={FORMAT_VERSION};")
        self._db.execute(_NOT_ARTICLES)
        self._db.execute(_OUTBOX)
        for statement in _BAND_INDEXES:  # built once on a store made before them
            self._db.execute(statement)
        self._batch_claims = batch_claims
        self._batch_seconds = batch_seconds
        self._in_transaction = False
        self._claim_open = False  # a won claim's savepoint, until its line is written or abandoned
        self._batch_size = 0
        self._batch_started = 0.0
        self._touches: dict[int, int] = {}
        self._file_numbers: dict[str, int] = dict(self._db.execute("SELECT name, file_no FROM files"))
        self._file_names = {number: name for name, number in self._file_numbers.items()}
        self._new_not_articles: set[int] = set()  # written on the next flush

    # -- writes ---------------------------------------------------------------------------

    def _begin(self) -> None:
        if not self._in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
            self._in_transaction = True
            self._batch_started = time.monotonic()

    @_saving
    def claim(self, state: ArticleState) -> bool:
        """Won claims stay open in a savepoint until `confirm` (the line is written) or `abandon` (it could not be):
        the batch's commit keeps them all."""
        file_number = self._start_write(state)
        self._db.execute("SAVEPOINT claim")
        won = self._insert(state, file_number)
        if won:
            self._claim_open = True
        else:
            self._db.execute("RELEASE claim")
        return won

    @_saving
    def confirm(self, state: ArticleState) -> bool:
        self._keep_claim()
        return True

    def _keep_claim(self) -> None:
        if self._claim_open:
            self._db.execute("RELEASE claim")
            self._claim_open = False

    @_saving
    def abandon(self, state: ArticleState) -> None:
        if self._claim_open:
            self._db.execute("ROLLBACK TO claim")
            self._db.execute("RELEASE claim")
            self._claim_open = False

    @_saving
    def record(self, state: ArticleState) -> bool:
        return self._insert(state, self._start_write(state))

    def _start_write(self, state: ArticleState) -> int | None:
        """The open batch for one more article row (committing the batch first when it is full or old), and the
        number of the row's run file."""
        self._keep_claim()  # one left open by its writer is kept, as the batch's commit would keep it
        if self._batch_size and (self._batch_size >= self._batch_claims
                                 or time.monotonic() - self._batch_started >= self._batch_seconds):
            self.flush()
        self._begin()
        self._batch_size += 1
        return self._file_number(state.output_file)

    def _insert(self, state: ArticleState, file_number: int | None) -> bool:
        now = int(time.time())
        return self._db.execute(_CLAIM, (
            id_key(state.id), state.version, to_signed64(int(state.content_hash[:HASH_PREFIX_HEX], 16)),
            to_epoch(state.modified_at), to_signed64(state.simhash),
            to_epoch(state.first_seen) or now, to_epoch(state.last_seen) or now, file_number,
        )).rowcount == 1

    def _file_number(self, name: str | None) -> int | None:
        if name is None:
            return None
        number = self._file_numbers.get(name)
        if number is None:
            self._begin()
            self._db.execute("INSERT INTO files (name) VALUES (?) ON CONFLICT (name) DO NOTHING", (name,))
            number = self._db.execute("SELECT file_no FROM files WHERE name = ?", (name,)).fetchone()[0]
            self._file_numbers[name] = number
            self._file_names[number] = name
        return number

    def touch(self, article_id: str, seen_at: str) -> None:
        key = id_key(article_id)
        seen = to_epoch(seen_at) or int(time.time())
        self._touches[key] = max(seen, self._touches.get(key, seen))
        if len(self._touches) >= MAX_PENDING:
            self._flush_expendable()

    def mark_not_article(self, article_id: str) -> None:
        if not self.is_not_article(article_id):
            # Written on the next flush, as touches are: losing it in a crash costs one fetch.
            self._new_not_articles.add(id_key(article_id))
            if len(self._new_not_articles) >= MAX_PENDING:
                self._flush_expendable()

    @_saving
    def set_file_offset(self, name: str, offset: int) -> None:
        self._db.execute("UPDATE files SET offset = ? WHERE file_no = ?", (offset, self._file_number(name)))

    def _flush_expendable(self) -> None:
        """`flush` for a touch or a page found to be no article: what it cannot save costs a fetch, and the next claim
        meets the full disk and stops the run (`StoreWriteError`)."""
        try:
            self.flush()
        except StoreWriteError as error:
            logger.error("the state store could not save (%s): last-seen times and pages found to be no articles "
                         "are lost (a fetch each)", error)

    def _give_up_batch(self) -> None:
        """After a write SQLite could not save: no transaction is left open (SQLite may have rolled it back itself),
        the next write opens a new batch."""
        try:
            self._db.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # already rolled back
        self._in_transaction = self._claim_open = False
        self._batch_size = 0

    @_saving
    def flush(self) -> None:
        if self._touches:
            self._begin()
            self._db.executemany("UPDATE seen SET last_seen = max(last_seen, ?) WHERE key = ?",
                                 [(seen, key) for key, seen in self._touches.items()])
            self._touches.clear()
        if self._new_not_articles:
            self._begin()
            self._db.executemany("INSERT OR IGNORE INTO not_articles (key) VALUES (?)",
                                 [(key,) for key in self._new_not_articles])
            self._new_not_articles.clear()
        if self._in_transaction:
            self._db.execute("COMMIT")  # keeps an open claim too: its writer may be gone
            self._in_transaction = False
            self._claim_open = False
            self._batch_size = 0

    def close(self) -> None:
        if self._closed:
            return
        try:
            self.flush()
            self._db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except (sqlite3.OperationalError, StoreWriteError) as error:
            # A full disk at the very end: what is lost is this run's last bookkeeping (last-seen times, pages found
            # to be no articles), not an exported article: the next run reconciles the store with the run files.
            logger.error("the state store could not save its last changes (%s); the next run reconciles it with "
                         "the run files", error)
        finally:
            self._db.close()
            self._closed = True

    # -- reads ----------------------------------------------------------------------------

    def get(self, article_id: str) -> ArticleState | None:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM seen WHERE key = ?", (id_key(article_id),)).fetchone()
        return None if row is None else self._state_of(row)

    def _state_of(self, row: tuple) -> ArticleState:
        key, version, content_hash, modified, simhash, first_seen, last_seen, file_no = row
        return ArticleState(
            id=key_id(key), version=version, content_hash=format(content_hash & UNSIGNED64, "016x"),
            modified_at=wib_iso(modified), simhash=simhash & UNSIGNED64,
            first_seen=utc_iso(first_seen), last_seen=utc_iso(last_seen),
            output_file=self._file_name(file_no),
        )

    def _file_name(self, number: int | None) -> str | None:
        if number is None:
            return None
        if number not in self._file_names:  # registered by another connection
            row = self._db.execute("SELECT name FROM files WHERE file_no = ?", (number,)).fetchone()
            self._file_names[number] = row and row[0]
        return self._file_names[number]

    def __contains__(self, article_id: object) -> bool:
        try:
            key = id_key(article_id)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return self._db.execute("SELECT 1 FROM seen WHERE key = ?", (key,)).fetchone() is not None

    def is_not_article(self, article_id: str) -> bool:
        key = id_key(article_id)
        return key in self._new_not_articles or self._db.execute(
            "SELECT 1 FROM not_articles WHERE key = ?", (key,)).fetchone() is not None

    def file_offsets(self) -> dict[str, int]:
        return dict(self._db.execute("SELECT name, offset FROM files"))

    # -- run files and forgetting ---------------------------------------------------------

    def run_files(self) -> list[str]:
        return [name for (name,) in self._db.execute("SELECT name FROM files ORDER BY file_no")]

    def summary(self) -> StoreSummary:
        per_file = {self._file_name(number): count for number, count
                    in self._db.execute("SELECT file, count(*) FROM seen GROUP BY file")}
        on_disk = sum(path.stat().st_size for path in (self.path, self.path.with_name(self.path.name + "-wal"))
                      if path.exists())
        return StoreSummary(
            articles=sum(per_file.values()), articles_per_file=per_file,
            not_articles=self._db.execute("SELECT count(*) FROM not_articles").fetchone()[0],
            outbox=self.outbox_count(), size=f"{on_disk:,} bytes ({self.path})")

    def forget_files(self, names: list[str]) -> list[ArticleState]:
        numbers = [self._file_numbers[name] for name in names if name in self._file_numbers]
        if not numbers:
            return []
        marks = ",".join("?" * len(numbers))
        forgotten = self._delete(f"file IN ({marks})", numbers)
        self._begin()
        self._db.execute(f"DELETE FROM files WHERE file_no IN ({marks})", numbers)
        self.flush()
        for number in numbers:
            del self._file_numbers[self._file_names.pop(number)]
        return forgotten

    def forget_ids(self, article_ids: list[str]) -> int:
        keys = [id_key(article_id) for article_id in article_ids]
        return len(self._delete(f"key IN ({','.join('?' * len(keys))})", keys)) if keys else 0

    def forget_since(self, epoch: int) -> int:
        return len(self._delete("first_seen >= ?", [epoch]))

    def _delete(self, where: str, values: list) -> list[ArticleState]:
        """Delete the article rows matching `where`; returns their states as they were."""
        self.flush()
        self._begin()
        rows = self._db.execute(f"SELECT {_COLUMNS} FROM seen WHERE {where}", values).fetchall()
        self._db.execute(f"DELETE FROM seen WHERE {where}", values)
        self.flush()
        return [self._state_of(row) for row in rows]

    def reset(self) -> None:
        self.flush()
        self._begin()
        for table in ("seen", "files", "not_articles", "outbox"):
            self._db.execute(f"DELETE FROM {table}")
        self._new_not_articles.clear()
        self.flush()
        self._file_numbers.clear()
        self._file_names.clear()

    # -- webhook outbox ---------------------------------------------------------------------

    @_saving
    def outbox_add(self, key: str, payload: Mapping[str, Any]) -> None:
        # In the open batch, with the claim of the line it announces: both are committed together.
        self._begin()
        self._db.execute("INSERT OR IGNORE INTO outbox (key, payload, queued) VALUES (?, ?, ?)",
                         (key, json.dumps(dict(payload), ensure_ascii=False), int(time.time())))

    @_saving
    def outbox_remove(self, keys: list[str]) -> None:
        if keys:
            self._begin()
            self._db.executemany("DELETE FROM outbox WHERE key = ?", [(key,) for key in keys])

    def outbox_pending(self) -> list[tuple[str, dict[str, Any]]]:
        return [(key, json.loads(payload))
                for key, payload in self._db.execute("SELECT key, payload FROM outbox ORDER BY rowid")]

    def outbox_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM outbox").fetchone()[0]

    # -- near duplicates ------------------------------------------------------------------

    def find_near_duplicate(self, simhash: int, max_distance: int, exclude_id: str) -> str | None:
        excluded = id_key(exclude_id) if exclude_id else None
        best: tuple[int, int] | None = None
        bands = [(simhash >> (band * BAND_BITS)) & ((1 << BAND_BITS) - 1) for band in range(BANDS)]
        for key, stored in self._db.execute(_NEAR, bands):
            distance = hamming(stored, simhash)
            if distance <= max_distance and key != excluded and (best is None or distance < best[0]):
                best = (distance, key)
        return None if best is None else key_id(best[1])
