"""SQLite specifics: batched commits that stay exactly-once under kill -9, and the file itself."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

import crawler
from crawler.state import StoreWriteError, open_store
from crawler.state.sqlite import _NEAR, MAX_PENDING, SqliteStateStore
from state_helpers import article_id, export, state

PROJECT_ROOT = str(Path(crawler.__file__).resolve().parent.parent)

# A miniature crawl run: reconcile, then decide / claim / write one line per article; it
# kills itself with SIGKILL after `kill_after` articles, halfway through writing a line.
_RUN = r"""
import os, signal, sys, hashlib, orjson
from pathlib import Path
from datetime import datetime, timezone
from crawler.state.base import ArticleState
from crawler.state.reconcile import reconcile
from crawler.state.sqlite import _NEAR, SqliteStateStore

db, out, articles, kill_after, edition, run_no = sys.argv[1:]
articles, kill_after, run_no = int(articles), int(kill_after), int(run_no)
store = SqliteStateStore(db, batch_claims=7)
reconcile(store, out)
log = open(Path(out) / f"run_{run_no:03d}.jsonl", "ab", buffering=0)
now = datetime.now(timezone.utc).isoformat()
for n in range(articles):
    body = f"isi berita {n} " + (edition if n % 2 == 0 else "")
    item = {"id": hashlib.sha1(f"u{n}".encode()).hexdigest()[:16], "body": body,
            "content_hash": hashlib.sha1(body.encode()).hexdigest(), "modified_at": None}
    decision = store.decide(item["id"], item["content_hash"], None)
    if decision.action == "unchanged":
        store.touch(item["id"], now)
    else:
        item["version"] = decision.version
        line = orjson.dumps(item) + b"\n"
        if store.claim(ArticleState.from_item(item, version=decision.version, seen_at=now,
                                              output_file=Path(log.name).name)):
            if n == kill_after:
                log.write(line[: len(line) // 2])
                os.kill(os.getpid(), signal.SIGKILL)
            log.write(line)
store.close()
"""


def _run(db: Path, out: Path, articles: int, kill_after: int, edition: str, run_no: int) -> int:
    return subprocess.run([sys.executable, "-c", _RUN, str(db), str(out), str(articles), str(kill_after),
                           edition, str(run_no)], env={**os.environ, "PYTHONPATH": PROJECT_ROOT}).returncode


def test_kill_9_at_any_point_then_rerun_exports_every_version_exactly_once(tmp_path):
    db, out = tmp_path / "state" / "mina.sqlite", tmp_path / "mina"
    out.mkdir()
    runs = [(60, 3, "a"), (60, 18, "a"), (60, 31, "a"), (60, -1, "a"), (60, -1, "a"),
            (60, 10, "b"), (60, 44, "b"), (60, -1, "b")]
    for run_no, (articles, kill_after, edition) in enumerate(runs):
        code = _run(db, out, articles, kill_after, edition, run_no)
        assert code == (-signal.SIGKILL if kill_after >= 0 else 0)
    exported: list[tuple[str, int]] = []
    for path in sorted(out.glob("*.jsonl")):
        data = path.read_bytes()
        assert not data or data.endswith(b"\n")
        exported += [(item["id"], item["version"]) for item in map(orjson.loads, data.splitlines())]
    assert len(exported) == len(set(exported))
    versions = {}
    for article, version in exported:
        versions.setdefault(article, set()).add(version)
    assert len(versions) == 60
    assert sum(v == {1, 2} for v in versions.values()) == 30  # edition "b" changed the even articles
    assert sum(v == {1} for v in versions.values()) == 30
    # The final run's start-up reconciled the crashed runs: nothing was left to learn.
    assert not _run(db, out, 60, -1, "b", 99)
    assert not (out / "run_099.jsonl").exists() or (out / "run_099.jsonl").stat().st_size == 0


def test_claims_in_an_open_batch_are_invisible_to_other_connections(tmp_path):
    path = tmp_path / "mina.sqlite"
    writer = SqliteStateStore(path, batch_claims=100, batch_seconds=3600)
    writer.claim(state(1))
    reader = SqliteStateStore(path)
    assert reader.get(article_id(1)) is None  # uncommitted: a crash now would lose it, the log keeps it
    writer.claim(state(2))
    writer.flush()
    assert reader.get(article_id(1)) is not None
    writer.close()
    reader.close()


def test_a_full_batch_is_committed_before_the_next_claim(tmp_path):
    path = tmp_path / "mina.sqlite"
    writer = SqliteStateStore(path, batch_claims=3, batch_seconds=3600)
    reader = SqliteStateStore(path)
    for n in range(4):
        writer.claim(state(n))
    assert [reader.get(article_id(n)) is not None for n in range(4)] == [True, True, True, False]
    writer.close()
    reader.close()


def test_compact_integer_rows(tmp_path):
    path = tmp_path / "mina.sqlite"
    with SqliteStateStore(path) as store:
        store.claim(state(1, modified_at="2024-01-01T00:00:00+07:00", simhash=(1 << 64) - 1))
    with sqlite3.connect(path) as db:
        row = db.execute("SELECT typeof(key), typeof(hash), typeof(modified), typeof(simhash), "
                         "typeof(first_seen) FROM seen").fetchone()
        assert set(row) == {"integer"}
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_open_store_reads_sqlite_urls_and_paths(tmp_path):
    for spec in (f"sqlite:///{tmp_path}/a.sqlite", str(tmp_path / "b" / "b.sqlite")):
        store = open_store(spec)
        assert isinstance(store, SqliteStateStore)
        store.close()
    assert (tmp_path / "a.sqlite").exists() and (tmp_path / "b" / "b.sqlite").exists()


def test_lookups_are_answered_from_the_file_not_from_memory(tmp_path):
    """Membership, not-article marks and near duplicates come from indexed queries: a second connection's
    writes are seen, and nothing per article is kept in the process."""
    path = tmp_path / "state.sqlite"
    writer, reader = SqliteStateStore(path), SqliteStateStore(path)
    high = 0xF00D_0000_0000_BEEF  # a SimHash stored as a negative int64
    export(writer, state(1, simhash=high))
    writer.mark_not_article(article_id(2))
    assert writer.is_not_article(article_id(2))  # before its flush, too
    writer.flush()
    assert article_id(1) in reader and article_id(3) not in reader
    assert reader.is_not_article(article_id(2)) and not reader.is_not_article(article_id(1))
    assert reader.find_near_duplicate(high ^ 0b101, 3, exclude_id="") == article_id(1)
    assert reader.find_near_duplicate(high ^ (0b11 << 62), 3, exclude_id="") == article_id(1)
    assert "not a hex id" not in reader
    plans = [row[-1] for row in reader._db.execute("EXPLAIN QUERY PLAN " + _NEAR, [0, 0, 0, 0])]
    assert all("USING INDEX seen_band" in plan for plan in plans if plan.startswith("SEARCH"))
    assert len(plans) >= 4
    writer.close()
    reader.close()


def test_a_store_made_before_the_band_indexes_gains_them(tmp_path):
    path = tmp_path / "state.sqlite"
    store = SqliteStateStore(path)
    export(store, state(1, simhash=0x1234_5678_9ABC_DEF0))
    store.close()
    db = sqlite3.connect(path)
    for band in range(4):
        db.execute(f"DROP INDEX seen_band{band}")
    db.commit()
    db.close()
    store = SqliteStateStore(path)
    assert store.find_near_duplicate(0x1234_5678_9ABC_DEF1, 3, exclude_id="") == article_id(1)
    names = {name for (name,) in store._db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {f"seen_band{band}" for band in range(4)} <= names
    store.close()


def _full(store: SqliteStateStore) -> None:
    """The store's file may not grow any more: a commit that needs a page fails as on a full disk."""
    store._db.execute(f"PRAGMA max_page_count = {store._db.execute('PRAGMA page_count').fetchone()[0]}")


def test_a_full_disk_is_a_store_write_error_and_the_store_goes_on(tmp_path, caplog):
    """SQLite's `database or disk is full` reaches the writer as `StoreWriteError` (an OSError, as a full run file's
    error is), the batch given up; the flush of pages found to be no articles logs what it lost; the store still
    closes."""
    store = SqliteStateStore(tmp_path / "state.sqlite", batch_claims=1)
    export(store, state(0))
    _full(store)
    with pytest.raises(StoreWriteError, match="database or disk is full"):
        for n in range(1, 2000):
            export(store, state(n, body=f"isi {n}" * 50))
    for n in range(MAX_PENDING):  # their flush meets the full disk: logged, not raised
        store.mark_not_article(article_id(n + 10_000))
    store.close()
    assert "last-seen times and pages found to be no articles are lost" in caplog.text
    reopened = SqliteStateStore(tmp_path / "state.sqlite")
    assert article_id(0) in reopened
    reopened.close()
