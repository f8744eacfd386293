"""Every file the crawler writes lives under OUTPUT_DIR; names built from spider arguments cannot leave it."""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

_SAFE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.+-]{0,63}$")


def safe_name(value: str, what: str = "name") -> str:
    """A file-name component from user input, or ValueError (`../x`, `/etc`, empty...)."""
    if not _SAFE_NAME.match(value) or ".." in value:
        raise ValueError(f"invalid {what} {value!r}: use letters, digits, '_', '-', '+', '.'")
    return value


def output_dir(settings) -> Path:
    return Path(settings.get("OUTPUT_DIR") or "output")


def inside(root: Path, *parts: str) -> Path:
    """`root/parts...`, guaranteed to stay below root."""
    path = root.joinpath(*parts).resolve()
    if not path.is_relative_to(root.resolve()):
        raise ValueError(f"{path} is outside {root}")
    return path


_RUN_FILE = re.compile(r"^(?P<label>.+)_\d{8}T\d{6}Z\.jsonl$")


def run_label_of(file_name: str) -> str | None:
    """The run label of a run file name (`mina_id_20261126T101500Z.jsonl` → `mina_id`)."""
    match = _RUN_FILE.match(file_name)
    return match.group("label") if match else None


def run_stamp(moment: datetime | None = None) -> str:
    """UTC timestamp used in run file names: sortable, no separators a shell dislikes."""
    return (moment or datetime.now(timezone.utc)).strftime("%Y%m%dT%H%M%SZ")


@contextmanager
def folder_lock(folder: Path) -> Iterator[None]:
    """Hold an exclusive lock on `folder` (runs of several sites update one shared file in it)."""
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        yield
    finally:
        os.close(descriptor)  # closing releases the lock


def write_atomically(path: Path, content: bytes | str) -> None:
    """Readers see the old file or the new one, never half of one; a write that fails (a full disk) leaves no
    temporary file behind. Text is written as UTF-8."""
    out = tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp", delete=False)
    try:
        with out:
            out.write(content.encode("utf-8") if isinstance(content, str) else content)
        os.replace(out.name, path)
    except BaseException:
        Path(out.name).unlink(missing_ok=True)
        raise
