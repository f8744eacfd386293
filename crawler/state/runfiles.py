"""The store and the run files must agree: run files the store refers to that are gone.

The store remembers, per article, the run file holding its latest exported version.  When
run files are deleted (by hand, by a clean-up script), the store would still count their
articles as exported and never export them again, even with `-a recheck=true`.  At start-up
(`crawler.runtime.runstate`) and in `scrapy state forget --missing-files`, the missing files
are found here and forgotten, with their articles: those count as new again.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crawler.state.base import StateStore


@dataclass(frozen=True, slots=True)
class Forgotten:
    files: list[str]  # the run files forgotten
    articles: int  # articles whose latest version they held


def missing_run_files(store: StateStore, runs_dir: Path, *,
                      skip: Callable[[str], bool] | None = None) -> list[str]:
    """Run files the store refers to that are not in `runs_dir`; `skip(name)` names files to leave alone
    (another live run's)."""
    # One directory read, not a stat per file: each start-up looks at every run file of the history.
    present = set(os.listdir(runs_dir)) if runs_dir.is_dir() else set()
    return [name for name in store.run_files() if name not in present and (skip is None or not skip(name))]


def forget_run_files(store: StateStore, runs_dir: Path, names: list[str]) -> Forgotten:
    """Forget `names` and their articles.  Must be followed by `crawler.state.reconcile`.

    An article forgotten at version 2 or later may have its earlier versions in run files that
    are still there and already read: every remaining file is then read again by the next
    reconciliation, so the store knows those versions and the next export continues the
    numbering instead of writing a second version 1.
    """
    states = store.forget_files(names)
    if any(state.version > 1 for state in states):
        for name in store.run_files():
            if (runs_dir / name).exists():
                store.set_file_offset(name, 0)
        store.flush()
    return Forgotten(files=list(names), articles=len(states))
