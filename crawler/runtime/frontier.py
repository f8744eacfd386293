"""The run's frontier on disk: memory that stays flat however large the archive.

A backfill of a site's whole archive schedules and remembers every one of its URLs. Kept in RAM
(Scrapy's memory queues, its fingerprint set, the spider's per-run sets) that grows ~5 KB per
article without bound. Here each of them lives in a scratch folder of the run,
`OUTPUT_DIR/frontier/<run label>/`:

* `DiskScheduler`: Scrapy's scheduler, the requests beyond `FRONTIER_MEMORY_REQUESTS` waiting on
  disk (Scrapy's pickled FIFO disk queues, one per priority, as under `JOBDIR`);
* `PickleFifoDiskQueue`: Scrapy's disk queue of that name, without its per-request look-up of callbacks;
* `DiskDupeFilter`: request fingerprints (their first 64 bits) in a SQLite file;
* `KeySet`: a set of 64-bit keys in a SQLite file, for the spider's "requested this run" sets.

The folder is scratch, not a resumable job: the run lock (`crawler.runtime.lock`) makes the run
its only user, each component empties its part when it opens and removes it when it closes. A run
killed mid-crawl leaves it behind, and the next run of that label starts it afresh: what was
exported is known to the state store, what was not is found again by discovery (a queue
resumed from a killed run could be torn, and a fingerprint file would hide its lost requests).
The folders that killed runs of other labels left (a backfill's queue can be gigabytes) are
removed by the next run of any label (`remove_abandoned_folders`).
A run refused its lock touches nothing on disk (it closes at once). A run given Scrapy's
`-s JOBDIR=<dir>` is a resumable job instead: Scrapy's own scheduler and fingerprint filter, kept there.
"""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from pathlib import Path

from scrapy import squeues
from scrapy.core.scheduler import Scheduler
from scrapy.dupefilters import RFPDupeFilter
from scrapy.utils.job import job_dir
from scrapy.utils.misc import build_from_crawler, load_object

from crawler.runtime.lock import LockHeld, RunLock
from crawler.runtime.paths import inside, output_dir, safe_name
from crawler.runtime.serialization import SpiderMethods

logger = logging.getLogger(__name__)

COMMIT_EVERY = 10_000  # writes per transaction: a scratch file needs no durability, only few syscalls
CACHE_KIB = 512  # SQLite's page cache per file, the only memory a key set holds (the OS caches the rest)
_REMOVED = ".removed-"  # an abandoned folder moved aside, being deleted


def frontier_folder(crawler) -> Path | None:
    """`OUTPUT_DIR/frontier/<run label>/` of a run holding its lock; None for a run refused it."""
    run_state = getattr(crawler, "run_state", None)
    if run_state is None:
        return None
    return inside(output_dir(crawler.settings), "frontier", safe_name(run_state.label))


def remove_abandoned_folders(crawler) -> list[str]:
    """Remove the frontier folders of the other run labels whose run is not live (killed before it could
    remove its own); returns their labels.

    Each is moved aside under its label's lock, so that no run of that label can start on it meanwhile
    (the lock is held for a rename only), then deleted.
    """
    folder = frontier_folder(crawler)
    if folder is None or not folder.parent.is_dir():
        return []
    locks = inside(output_dir(crawler.settings), "locks")
    removed = []
    for other in sorted(folder.parent.iterdir()):
        if other == folder or not other.is_dir():
            continue
        if other.name.startswith(_REMOVED):  # a removal cut short: no run's, nothing to lock
            shutil.rmtree(other, ignore_errors=True)
            continue
        try:
            lock = RunLock(inside(locks, f"{safe_name(other.name)}.lock")).acquire()
        except (LockHeld, ValueError, OSError):
            continue  # its run is live (or the folder is no run's)
        try:
            trash = other.with_name(f"{_REMOVED}{other.name}-{os.getpid()}")
            other.rename(trash)
        except OSError:
            continue
        finally:
            lock.release()
        shutil.rmtree(trash, ignore_errors=True)
        removed.append(other.name)
    return removed


def signed64(data: bytes) -> int:
    """The first 8 bytes of a digest as SQLite's signed 64-bit integer."""
    return int.from_bytes(data[:8], "big", signed=True)


class KeySet:
    """A set of 64-bit integer keys in a SQLite file (`None`: in memory), emptied on open.

    Exact membership at a bounded memory cost (SQLite's page cache); ~2 µs an operation.
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.unlink(missing_ok=True)
        self._db = sqlite3.connect(":memory:" if path is None else path, isolation_level=None,
                                   check_same_thread=False)
        # A scratch file: no journal, no fsync, no other reader.
        for pragma in ("journal_mode=OFF", "synchronous=OFF", "locking_mode=EXCLUSIVE", f"cache_size=-{CACHE_KIB}"):
            self._db.execute(f"PRAGMA {pragma}")
        self._db.execute("CREATE TABLE keys (key INTEGER PRIMARY KEY)")
        self._writes = 0
        self._db.execute("BEGIN")

    def add(self, key: int) -> bool:
        """Add `key`; True when it was not in the set yet."""
        added = self._db.execute("INSERT OR IGNORE INTO keys VALUES (?)", (key,)).rowcount == 1
        self._writes += added
        if self._writes >= COMMIT_EVERY:
            self._db.execute("COMMIT")
            self._db.execute("BEGIN")
            self._writes = 0
        return added

    def __contains__(self, key: int) -> bool:
        return self._db.execute("SELECT 1 FROM keys WHERE key = ?", (key,)).fetchone() is not None

    def __len__(self) -> int:
        return self._db.execute("SELECT count(*) FROM keys").fetchone()[0]

    def close(self) -> None:
        """Close and delete the file."""
        if self._db is None:
            return
        self._db.close()
        self._db = None
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            remove_if_empty(self.path.parent)


def remove_if_empty(folder: Path) -> None:
    try:
        folder.rmdir()
    except OSError:  # another component's files are still there
        pass


class DiskDupeFilter(RFPDupeFilter):
    """Scrapy's request fingerprint filter, its fingerprints (64 bits of each) in a `KeySet` on disk.

    Same fingerprints (`REQUEST_FINGERPRINTER_CLASS`), logging and `dupefilter/filtered` stat as
    `RFPDupeFilter`; two different requests share 64 bits with odds of ~1 in 10^8 at a million URLs.
    """

    def __init__(self, path: Path | None = None, debug: bool = False, *, fingerprinter=None) -> None:
        super().__init__(None, debug, fingerprinter=fingerprinter)
        self.keys = KeySet(path)

    @classmethod
    def from_crawler(cls, crawler) -> RFPDupeFilter:
        if job_dir(crawler.settings):  # a resumable job: Scrapy's own filter, kept in JOBDIR across runs
            return RFPDupeFilter.from_crawler(crawler)
        folder = frontier_folder(crawler)
        return cls(folder / "requests.seen.sqlite" if folder else None,
                   crawler.settings.getbool("DUPEFILTER_DEBUG"), fingerprinter=crawler.request_fingerprinter)

    def request_seen(self, request) -> bool:
        return not self.keys.add(signed64(self.fingerprinter.fingerprint(request)))

    def close(self, reason: str) -> None:
        self.keys.close()


class PickleFifoDiskQueue(squeues.PickleFifoDiskQueue):
    """Scrapy's pickled FIFO disk queue, callbacks named from a table made when the queue opens
    (`crawler.runtime.serialization`)."""

    def __init__(self, crawler, key: str) -> None:
        super().__init__(crawler, key)
        self.methods = SpiderMethods(self.spider)

    def push(self, request) -> None:
        # The pickling queue under Scrapy's request-to-dict layer.
        super(squeues.PickleFifoDiskQueue, self).push(self.methods.request_dict(request))


class DiskScheduler(Scheduler):
    """Scrapy's scheduler; beyond `FRONTIER_MEMORY_REQUESTS` waiting requests, the rest wait on disk in
    the run's frontier folder (`requests.queue/`).

    A poll or a day's articles never touch the disk (storing a request costs ~20-30 µs of the crawl
    thread: pickling, a file write; `PickleFifoDiskQueue`); a backfill that finds a million articles
    in its sitemaps keeps a few thousand of them in memory. Priorities order
    each queue; between the two, Scrapy's order: memory first, disk when memory is empty (a backfill
    fetches everything it found: only the order of the two halves changes). On disk, Scrapy's own
    `JOBDIR` machinery: requests are pickled (callbacks are spider methods, `cb_kwargs` plain data);
    one that cannot be pickled waits in memory (`scheduler/unserializable`). Without a frontier folder
    (a run refused its lock), memory only.
    """

    memory_requests = 0  # set by from_crawler
    scratch = False  # its disk queues are the run's scratch, removed at close (not a JOBDIR's, kept to resume)

    @classmethod
    def from_crawler(cls, crawler) -> DiskScheduler:
        if job_dir(crawler.settings):  # `-s JOBDIR=`: Scrapy's resumable job, every waiting request on disk
            return super().from_crawler(crawler)
        folder = frontier_folder(crawler)
        if folder is not None:
            shutil.rmtree(folder / "requests.queue", ignore_errors=True)  # a killed run's leftovers
        settings = crawler.settings
        scheduler = cls(
            dupefilter=build_from_crawler(load_object(settings["DUPEFILTER_CLASS"]), crawler),
            jobdir=str(folder) if folder else None,
            dqclass=load_object(settings["SCHEDULER_DISK_QUEUE"]),
            mqclass=load_object(settings["SCHEDULER_MEMORY_QUEUE"]),
            logunser=settings.getbool("SCHEDULER_DEBUG"),
            stats=crawler.stats,
            pqclass=load_object(settings["SCHEDULER_PRIORITY_QUEUE"]),
            crawler=crawler,
        )
        scheduler.memory_requests = settings.getint("FRONTIER_MEMORY_REQUESTS")
        scheduler.scratch = True
        return scheduler

    def _dqpush(self, request) -> bool:
        if len(self.mqs) < self.memory_requests:
            return False  # (kept in memory, counted as such)
        return super()._dqpush(request)

    def _write_dqs_state(self, dqdir: str, state) -> None:
        # A scratch frontier is removed at close: the state of its queues would never be read again.
        if self.scratch:
            return
        try:
            super()._write_dqs_state(dqdir, state)
        except OSError as error:  # a full disk: the job's queue is lost, not the crawl's bookkeeping
            logger.error("the job's request queue could not be saved in %s (%s): a resumed job starts with it empty",
                         dqdir, error.strerror or error)

    def close(self, reason: str):
        closed = super().close(reason)
        if self.scratch and self.dqdir is not None:
            shutil.rmtree(self.dqdir, ignore_errors=True)
            remove_if_empty(Path(self.dqdir).parent)
        return closed
