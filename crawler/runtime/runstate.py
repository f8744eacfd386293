"""A run's hold on its state: the run lock, the state store, and start-up reconciliation.

Opened by the `crawler.extensions.runstate.RunStateOpener` extension, before any pipeline
opens or any request is made, so that two runs of one spider and edition never share
the state, and the store is up to date with the run files (the log) before the first
decision.  Everything is per site (spider name): its run files `OUTPUT_DIR/<spider>/`, its
store `OUTPUT_DIR/state/<spider>.sqlite` (or Redis keys under `<spider>:state:`), its locks
`OUTPUT_DIR/locks/<run label>.lock` (a run label starts with the spider name).

Run files the store refers to that are gone (deleted by hand) are forgotten with their
articles before reconciliation, so the run exports them again (`crawler.state.runfiles`),
unless `STATE_MISSING_RUN_FILES = "keep"`: then a warning only.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.runtime.paths import inside, output_dir, run_label_of, safe_name
from crawler.runtime.lock import LockHeld, RunLock, live_holders
from crawler.state import (
    Forgotten, ReconcileReport, StateStore, forget_run_files, missing_run_files, open_store, reconcile,
    REDIS_URL_SCHEMES, redis_prefix,
)

logger = logging.getLogger(__name__)


def state_url(settings, spider_name: str) -> str:
    """`STATE_URL` when set (e.g. `redis://host:6379/0`), else SQLite inside OUTPUT_DIR."""
    configured = settings.get("STATE_URL")
    if configured:
        return configured
    return str(inside(output_dir(settings), "state", f"{safe_name(spider_name)}.sqlite"))


@dataclass
class RunState:
    label: str  # the run label: its lock's and its run file's name
    lock: RunLock
    store: StateStore
    runs_dir: Path  # where this spider's run files live
    reconciled: ReconcileReport
    missing_files: list[str] = field(default_factory=list)  # run files the store referred to, gone
    forgotten: Forgotten | None = None  # what was forgotten of them (None when kept)
    # Called first by `close`, while the store is open (the webhook outbox is written there).
    closing_hooks: list[Callable[[], None]] = field(default_factory=list)

    @classmethod
    def open(cls, settings, spider_name: str, run_label: str) -> "RunState":
        """Raises `crawler.runtime.lock.LockHeld` when another live run holds the lock."""
        root = output_dir(settings)
        lock = RunLock(inside(root, "locks", f"{safe_name(run_label)}.lock")).acquire()
        if lock.previous_holder:
            logger.info("took over the lock left by a finished or dead run (%s)", lock.previous_holder)
        runs_dir = inside(root, safe_name(spider_name))
        url = state_url(settings, spider_name)
        if not url.startswith(REDIS_URL_SCHEMES):
            Path(url).parent.mkdir(parents=True, exist_ok=True)
        try:
            store = open_store(url, redis_prefix(settings, spider_name))
            # Run files of other editions' live runs are theirs to record, and may be mid-line.
            busy = live_holders(lock.path.parent)

            def skip(name: str) -> bool:
                return run_label_of(name) in busy

            missing = missing_run_files(store, runs_dir, skip=skip)
            forgotten = None
            if missing and settings.get("STATE_MISSING_RUN_FILES", "forget") != "keep":
                forgotten = forget_run_files(store, runs_dir, missing)
            report = reconcile(store, runs_dir, skip=skip)
        except Exception:
            lock.release()
            raise
        if forgotten is not None:
            logger.warning("%d run files the state refers to are gone from %s: their %d articles are forgotten "
                           "and will be exported again (STATE_MISSING_RUN_FILES=keep keeps them)",
                           len(missing), runs_dir, forgotten.articles)
        elif missing:
            logger.warning("%d run files the state refers to are gone from %s: their articles stay known and "
                           "will not be exported again (`scrapy state forget --site %s --missing-files` "
                           "exports them again)", len(missing), runs_dir, spider_name)
        for corrupt in report.corrupt:
            logger.warning("skipped a corrupt line in %s line %d: %s", corrupt.file, corrupt.line, corrupt.reason)
        if report.recorded or report.truncated_lines:
            logger.warning("reconciled the state with the run files: %d lines recorded, %d partial lines cut",
                           report.recorded, report.truncated_lines)
        return cls(run_label, lock, store, runs_dir, report, missing, forgotten)

    @classmethod
    def open_first_free(cls, settings, spider_name: str, run_labels: list[str]) -> "RunState":
        """The run state under the first of `run_labels` whose lock is free (workers of one crawl
        on one machine take slots); the last label's `LockHeld` when every lock is held."""
        for run_label in run_labels[:-1]:
            try:
                return cls.open(settings, spider_name, run_label)
            except LockHeld:
                continue
        return cls.open(settings, spider_name, run_labels[-1])

    def record_stats(self, stats) -> None:
        stats.set_value("state/reconciled/recorded", self.reconciled.recorded)
        stats.set_value("state/reconciled/truncated_lines", self.reconciled.truncated_lines)
        stats.set_value("state/reconciled/corrupt_lines", len(self.reconciled.corrupt))
        if self.missing_files:
            stats.set_value("state/missing_run_files", len(self.missing_files))
        if self.forgotten is not None:
            stats.set_value("state/forgotten_articles", self.forgotten.articles)

    def on_close(self, hook: Callable[[], None]) -> None:
        """Run `hook` when the run closes, before the store closes."""
        self.closing_hooks.append(hook)

    def close(self) -> None:
        try:
            for hook in self.closing_hooks:
                try:
                    hook()
                except Exception:  # one component's failure must not leave the store open or the lock held
                    logger.exception("a closing step failed")
            self.store.close()
        finally:
            self.lock.release()
