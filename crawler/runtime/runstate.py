"""A run's hold on its state: the run lock, the state store, and start-up reconciliation.

Opened by the `crawler.extensions.runstate.RunStateOpener` extension, before any pipeline
opens or any request is made, so that two runs of one spider and edition never share
the state, and the store is up to date with the run files (the log) before the first
decision.  Everything is per site (spider name): its run files `OUTPUT_DIR/<spider>/`, its
store `OUTPUT_DIR/state/<spider>.sqlite` (or Redis keys under `<spider>:state:`), its locks
`OUTPUT_DIR/locks/<run label>.lock` (a run label starts with the spider name).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from crawler.runtime.paths import inside, output_dir, run_label_of, safe_name
from crawler.runtime.lock import LockHeld, RunLock, live_holders
from crawler.state import ReconcileReport, StateStore, open_store, reconcile, redis_prefix

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

    @classmethod
    def open(cls, settings, spider_name: str, run_label: str) -> "RunState":
        """Raises `crawler.runtime.lock.LockHeld` when another live run holds the lock."""
        root = output_dir(settings)
        lock = RunLock(inside(root, "locks", f"{safe_name(run_label)}.lock")).acquire()
        if lock.previous_holder:
            logger.info("took over the lock left by a finished or dead run (%s)", lock.previous_holder)
        runs_dir = inside(root, safe_name(spider_name))
        url = state_url(settings, spider_name)
        if not url.startswith(("redis://", "rediss://", "unix://")):
            Path(url).parent.mkdir(parents=True, exist_ok=True)
        try:
            store = open_store(url, redis_prefix(settings, spider_name))
            # Run files of other editions' live runs are theirs to record, and may be mid-line.
            busy = live_holders(lock.path.parent)
            report = reconcile(store, runs_dir, skip=lambda name: run_label_of(name) in busy)
        except Exception:
            lock.release()
            raise
        for corrupt in report.corrupt:
            logger.warning("skipped a corrupt line in %s line %d: %s", corrupt.file, corrupt.line, corrupt.reason)
        if report.recorded or report.truncated_lines:
            logger.warning("reconciled the state with the run files: %d lines recorded, %d partial lines cut",
                           report.recorded, report.truncated_lines)
        return cls(run_label, lock, store, runs_dir, report)

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

    def close(self) -> None:
        try:
            self.store.close()
        finally:
            self.lock.release()
