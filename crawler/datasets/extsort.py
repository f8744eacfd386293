"""External sort of fixed-size binary records whose byte order is their sort order.

Records are gathered in chunks of bounded size; each full chunk is sorted in memory and
written to a temporary file, and the sorted chunks are merged with `heapq.merge`. Memory
holds one chunk plus one buffered reader per chunk file, whatever the number of records.
"""

from __future__ import annotations

import heapq
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

DEFAULT_CHUNK_RECORDS = 100_000


def _read_records(path: Path, size: int) -> Iterator[bytes]:
    with path.open("rb", buffering=1 << 16) as chunk:
        while record := chunk.read(size):
            yield record


def sorted_records(records: Iterable[bytes], size: int, tmp_dir: Path,
                   chunk_records: int = DEFAULT_CHUNK_RECORDS) -> Iterator[bytes]:
    """`records` (each exactly `size` bytes) in ascending byte order; chunk files live in `tmp_dir`."""
    chunk_paths: list[Path] = []
    chunk: list[bytes] = []
    try:
        for record in records:
            chunk.append(record)
            if len(chunk) >= chunk_records:
                chunk_paths.append(_spill(sorted(chunk), tmp_dir))
                chunk = []
        chunk.sort()
        if not chunk_paths:  # everything fitted in one chunk: no disk round trip
            yield from chunk
            return
        if chunk:
            chunk_paths.append(_spill(chunk, tmp_dir))
        chunk = []
        yield from heapq.merge(*(_read_records(path, size) for path in chunk_paths))
    finally:
        for path in chunk_paths:
            path.unlink(missing_ok=True)


def _spill(chunk: list[bytes], tmp_dir: Path) -> Path:
    with tempfile.NamedTemporaryFile(dir=tmp_dir, prefix="chunk-", suffix=".bin", delete=False) as out:
        out.write(b"".join(chunk))
    return Path(out.name)
