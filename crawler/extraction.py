"""Parsing off the crawl's event loop.

Scrapy drives every download, middleware and pipeline from one thread; parsing pages
(~1.2 ms of lxml and text rules per article, less per listing) on that thread is what
makes a large crawl CPU-bound. `PARSE_PROCESSES` worker processes run the pure parsing
functions instead, so the crawl thread only schedules requests and moves items.
`PARSE_PROCESSES = 0` parses inline; "auto" (the default) uses one worker on a machine
with more than one CPU. A worker that dies (killed, out of memory) is not replaced: the
crawl carries on parsing inline.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import partial
from typing import Any, TypeVar

logger = logging.getLogger(__name__)
Result = TypeVar("Result")


def worker_count(setting) -> int:
    if setting in (None, "", "auto"):
        return 1 if (os.cpu_count() or 1) > 1 else 0
    return max(0, int(setting))


class ParserPool:
    """`await pool.run(function, *args, **kwargs)`: a pure parsing function, in a worker when there is one.

    `function` must be importable by name (a module-level function of `crawler.parsing`).
    """

    def __init__(self, processes: int):
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_settings(cls, settings) -> "ParserPool":
        return cls(worker_count(settings.get("PARSE_PROCESSES")))

    async def run(self, function: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
        if self.processes and self.pool is None:
            # forkserver, not fork: the crawl process runs threads (DNS resolution, the reactor's pool).
            self.pool = ProcessPoolExecutor(self.processes, mp_context=multiprocessing.get_context("forkserver"))
        if self.pool is not None:
            try:
                return await asyncio.get_running_loop().run_in_executor(self.pool, partial(function, *args, **kwargs))
            except BrokenProcessPool:
                logger.warning("the parsing worker died; parsing inline from now on")
                self.processes, self.pool = 0, None
        return function(*args, **kwargs)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None
