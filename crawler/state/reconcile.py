"""Bring the state store up to date with the run files (the log) at start-up.

Every run file (`*.jsonl` directly in the output directory) is read from the byte offset
the store last reconciled to its end: each whole line whose `(id, version)` the store does
not know is recorded; a trailing line without its newline (a write cut by a crash) is cut
off the file; a line that is not a valid article is skipped and reported.  Then the file's
new offset is stored with the records, so the next start-up reads only new bytes.
Recording keeps the highest version, the earliest first-seen and the latest last-seen, so
the order the files are read in does not change the result.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import orjson

from crawler.state.base import ArticleState, StateStore

_ID = re.compile(r"[0-9a-f]{16}")
_CONTENT_HASH = re.compile(r"[0-9a-f]{40}")


@dataclass(frozen=True, slots=True)
class CorruptLine:
    file: str
    line: int  # 1-based, counted from the start of the file
    reason: str


@dataclass(slots=True)
class ReconcileReport:
    files_read: int = 0
    bytes_read: int = 0
    lines_read: int = 0
    recorded: int = 0  # lines the store did not know
    known: int = 0  # lines whose (id, version) the store already had
    truncated_lines: int = 0  # trailing partial lines cut off
    truncated_bytes: int = 0
    corrupt: list[CorruptLine] = field(default_factory=list)


def reconcile(store: StateStore, output_dir: str | Path, *,
              skip: Callable[[str], bool] | None = None) -> ReconcileReport:
    """Record in `store` every exported line it misses; see the module doc.

    `skip(name)` names run files another live process is still writing: they are left
    alone (their writer records its own lines), never read or cut.
    """
    root = Path(output_dir)
    report = ReconcileReport()
    if not root.is_dir():
        return report
    # Every start-up (each scheduled poll) checks every run file of the site's history: one
    # directory read, one stat per file and one query for all offsets; a file is read only from where
    # the store stopped.
    files = []
    with os.scandir(root) as entries:
        for entry in entries:
            if entry.name.endswith(".jsonl") and entry.is_file():
                status = entry.stat()
                files.append((status.st_mtime, entry.name, status.st_size))
    offsets = store.file_offsets()
    for _, name, size in sorted(files):
        if offsets.get(name, 0) != size and (skip is None or not skip(name)):
            _reconcile_file(store, root / name, name, size, offsets.get(name, 0), report)
    return report


def _reconcile_file(store: StateStore, path: Path, name: str, size: int, start: int,
                    report: ReconcileReport) -> None:
    """Read run file `name` (`size` bytes) from byte `start`, where the store stopped."""
    if start > size:  # the file was replaced by a shorter one: read it all again
        start = 0
    report.files_read += 1
    seen_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    lines_before: int | None = None
    position = start
    with path.open("rb") as stream:
        stream.seek(start)
        for number, raw in enumerate(stream, 1):
            if not raw.endswith(b"\n"):
                report.truncated_lines += 1
                report.truncated_bytes += len(raw)
                break
            position += len(raw)
            report.lines_read += 1
            article, reason = _article(raw)
            if article is None:
                if lines_before is None:
                    lines_before = _count_lines(path, start)
                report.corrupt.append(CorruptLine(name, lines_before + number, reason))
                continue
            if _record(store, article, name, seen_at):
                report.recorded += 1
            else:
                report.known += 1
    if position < size:
        os.truncate(path, position)
    report.bytes_read += size - start
    store.set_file_offset(name, position)
    store.flush()


def _article(raw: bytes) -> tuple[dict[str, Any] | None, str]:
    """The line as an article with the fields reconciliation needs, or None and why not."""
    try:
        article = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        return None, f"invalid JSON: {error}"
    if not isinstance(article, dict):
        return None, "not a JSON object"
    if not isinstance(article.get("id"), str) or not _ID.fullmatch(article["id"]):
        return None, "missing or invalid id"
    if not isinstance(article.get("content_hash"), str) or not _CONTENT_HASH.fullmatch(article["content_hash"]):
        return None, "missing or invalid content_hash"
    version = article.get("version", 1)
    if type(version) is not int or version < 1:
        return None, "invalid version"
    return article, ""


def _record(store: StateStore, article: dict[str, Any], name: str, seen_at: str) -> bool:
    """Record the line's version unless the store knows it; True if it was recorded.

    No look-up first: a pending claim (a writer that died before confirming, see
    `StateStore.confirm`) reads as known, yet only `record` makes it final.
    """
    version = article.get("version", 1)
    state = ArticleState.from_item(
        article, version=version, seen_at=article.get("fetched_at") or seen_at, output_file=name,
        first_seen=article.get("discovered_at") or article.get("fetched_at"),
    )
    return store.record(state)


def _count_lines(path: Path, end: int) -> int:
    """Newlines in the first `end` bytes (only needed to number a corrupt line)."""
    count = 0
    with path.open("rb") as stream:
        while end > 0:
            chunk = stream.read(min(end, 1 << 20))
            if not chunk:
                break
            count += chunk.count(b"\n")
            end -= len(chunk)
    return count
