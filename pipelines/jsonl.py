"""Write articles as JSON lines: one file per run, one line per article version.

The line is the record: the writer claims `(id, version)` in the state store and then
writes the line in one unbuffered write, before anything else happens. A crash (even
`kill -9`) leaves only whole lines, and every claim the store has committed has its line
(see `crawler.state`); start-up reconciliation records lines whose claim was lost.
"""

from __future__ import annotations

import errno
import logging
import os
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import BinaryIO

import orjson
from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.runtime.paths import run_stamp, safe_name
from crawler.state import ArticleState, StoreWriteError
from crawler.items import as_dict

logger = logging.getLogger(__name__)
# Names taken by runs that started within as many seconds: a free one is always near.
_MAX_NAME_TRIES = 1000


def new_run_file(folder: Path, label: str) -> tuple[Path, BinaryIO]:
    """A run file of its own, `<label>_<start, UTC to the second>.jsonl`, created here and opened to append.

    Two runs of a label can start within one second (a poll right after a short run): the later one takes
    the next free second's name. Sharing the name, it would write into the earlier run's file, and as an
    idle run delete it with the earlier run's articles."""
    moment = datetime.now(timezone.utc)
    for _ in range(_MAX_NAME_TRIES):
        path = folder / f"{label}_{run_stamp(moment)}.jsonl"
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_APPEND, 0o644)
        except FileExistsError:
            moment += timedelta(seconds=1)
            continue
        return path, open(descriptor, "ab", buffering=0)
    raise FileExistsError(f"no free run file name in {folder} for {label} after {_MAX_NAME_TRIES} tries")


class JsonLinesWriterPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.path = None
        self.file = None
        self.count = 0
        self.size = 0  # bytes of whole lines in the run file
        self.write_error: OSError | None = None  # once set, nothing more is written

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        run_state = self.crawler.run_state  # opened by crawler.extensions.runstate
        if run_state is None:  # the run did not get its lock: it writes nothing
            return
        run_state.runs_dir.mkdir(parents=True, exist_ok=True)
        self.path, self.file = new_run_file(run_state.runs_dir, safe_name(run_state.label, "run label"))
        self.crawler.stats.set_value("jsonl/path", str(self.path))

    def process_item(self, item):
        if self.write_error is not None:
            self.crawler.stats.inc_value("jsonl/not_written")
            raise DropItem(f"not written: the run file could not be written ({self.write_error})", log_level="DEBUG")
        article = ItemAdapter(item)
        state = ArticleState.from_item(article, version=article["version"], seen_at=article["fetched_at"],
                                       output_file=self.path.name, first_seen=article["discovered_at"])
        store = self.crawler.run_state.store
        try:
            claimed = store.claim(state)
        except StoreWriteError as error:  # the state's disk is full: as when the run file's is
            self._stop_writing(error, "the state store", None)
            raise DropItem(f"version {state.version} of {article['canonical_url']} not written: {error}") from None
        if not claimed:
            self.crawler.stats.inc_value("dedup/already_claimed")
            raise DropItem(f"version {state.version} of {article['canonical_url']} was already exported",
                           log_level="DEBUG")
        try:
            self._write(orjson.dumps(as_dict(item)) + b"\n")
        except OSError as error:
            self._stop_writing(error, str(self.path), state)
            raise DropItem(f"version {state.version} of {article['canonical_url']} not written: {error}") from None
        if not store.confirm(state):  # see StateStore.confirm: a claim released and taken over
            self.crawler.stats.inc_value("dedup/confirm_lost")
            logger.warning("claim of version %d of %s expired before its line was written",
                           state.version, article["canonical_url"])
        self.count += 1
        self.crawler.stats.inc_value("jsonl/items_written")
        return item

    def _write(self, line: bytes) -> None:
        """All of `line`, or OSError: a write can take part of it (a disk filling up) before failing."""
        view = memoryview(line)
        while view:
            written = self.file.write(view)
            if not written:
                raise OSError(errno.ENOSPC, "nothing written", str(self.path))
            view = view[written:]
        self.size += len(line)

    def _stop_writing(self, error: OSError, target: str, state: ArticleState | None) -> None:
        """The run file (`target`) cannot take a line, or the state store a claim (a full disk, a lost mount): this and
        the rest of the run's articles are left to the next run. What a failed write left is cut off the file, the
        claim of `state` undone (otherwise the store would count the article exported), and the crawl closed: every
        article it went on to fetch would fail alike."""
        self.write_error = error
        self.crawler.stats.inc_value("jsonl/write_failed")
        self.crawler.stats.inc_value("jsonl/not_written")
        try:
            os.ftruncate(self.file.fileno(), self.size)
        except OSError:
            pass  # the next start-up cuts a partial last line (crawler.state.reconcile)
        if state is not None:
            try:
                self.crawler.run_state.store.abandon(state)
            except StoreWriteError:
                pass  # the store gave up its batch, this claim with it
        logger.error("cannot write to %s (%s): closing the crawl; the next run exports what this one could not",
                     target, error)
        deferred_from_coro(self.crawler.engine.close_spider_async(reason="write_failed"))

    def close_spider(self):
        if self.file is None:
            return
        self.file.close()
        if self.count == 0:
            self.path.unlink(missing_ok=True)  # an idle run leaves no empty file behind
            self.crawler.stats.set_value("jsonl/path", None)
        else:
            logger.info("wrote %d articles to %s", self.count, self.path)
