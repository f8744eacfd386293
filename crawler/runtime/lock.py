"""One live run per spider and edition: an advisory file lock under OUTPUT_DIR/locks/.

The kernel releases an flock when its process dies, however it dies, so a lock
left by a dead run is simply taken over by the next one; the pid written in the
file only serves the messages.
"""

from __future__ import annotations

import fcntl
import os
import re
from datetime import datetime, timezone
from pathlib import Path


_HOLDER = re.compile(r"^pid (\d+) ")


def live_holders(locks_dir: Path) -> set[str]:
    """Names (file stems) of the locks in `locks_dir` whose recorded holder is a live process."""
    names = set()
    for path in locks_dir.glob("*.lock"):
        try:
            match = _HOLDER.match(path.read_text(encoding="utf-8"))
        except OSError:
            continue
        if match and int(match.group(1)) != os.getpid() and _alive(int(match.group(1))):
            names.add(path.stem)
    return names


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class LockHeld(Exception):
    """Another live process holds the lock."""


class RunLock:
    def __init__(self, path: Path):
        self.path = path
        self._file = None
        self.previous_holder: str | None = None  # what a dead holder left in the file

    def acquire(self) -> "RunLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        handle = open(self.path, "a+", encoding="utf-8")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            handle.close()
            raise LockHeld(f"another run holds {self.path} ({holder})") from None
        handle.seek(0)
        self.previous_holder = handle.read().strip() or None
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc).isoformat(timespec='seconds')}\n")
        handle.flush()
        self._file = handle
        return self

    def release(self) -> None:
        if self._file is None:
            return
        self._file.seek(0)
        self._file.truncate()
        fcntl.flock(self._file, fcntl.LOCK_UN)
        self._file.close()
        self._file = None

    def __enter__(self) -> "RunLock":
        return self.acquire()

    def __exit__(self, *exc) -> None:
        self.release()
