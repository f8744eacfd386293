"""`scrapy crawl`, with an exit code a scheduler can act on and start-up errors a person can read.

Scrapy's own command exits 0 whatever happened during the crawl; this one exits
with `crawler.runtime.health.exit_code` of the final stats (see the README's table).

A crawl that cannot start (a bad `-a` argument, an OUTPUT_DIR that cannot be written) prints one line,
`scrapy crawl <spider>: error: ...`, and exits 1; the traceback follows only with `-s LOG_LEVEL=DEBUG`.
A `-s` value of the wrong kind is a usage error (exit 2) naming the setting
(`crawler.runtime.setting_checks`), found before logging or any component is set up with it.
Scrapy would log the error as an asyncio "Task exception was never retrieved" traceback: reading the
crawl task's exception here is what keeps that from happening.
"""

from __future__ import annotations

import asyncio
import errno
import gc
import logging
import sys
import tempfile
import traceback

from scrapy.commands.crawl import Command as ScrapyCrawlCommand
from scrapy.exceptions import UsageError

from crawler.runtime.health import exit_code
from crawler.runtime.paths import output_dir
from crawler.runtime.setting_checks import review

EXIT_CANNOT_START = 1
EXIT_USAGE = 2
logger = logging.getLogger(__name__)


class Command(ScrapyCrawlCommand):
    setting_warnings: list[str] = []  # from `process_options`, logged once logging is set up
    def long_desc(self) -> str:
        return ("Run a spider. Its -a arguments, editions and defaults: `scrapy sites [SPIDER]`. "
                "Exit codes: 0 healthy, 1 could not start, 2 usage error, 3 monitors failed, 4 nothing fetched, "
                "75 another run holds the lock.")

    def process_options(self, args, opts):
        super().process_options(args, opts)
        problem, self.setting_warnings = review(self.settings)
        if problem:
            # One line, in this command's own words; Scrapy's usage banner says nothing about the value.
            spider = f" {args[0]}" if len(args) == 1 else ""
            print(f"scrapy crawl{spider}: error: {problem}", file=sys.stderr)
            raise SystemExit(EXIT_USAGE)

    def run(self, args, opts):
        if len(args) != 1:
            raise UsageError("name exactly one spider")
        name = args[0]
        for warning in self.setting_warnings:
            logger.warning(warning)
        problem = output_dir_problem(self.settings)
        if problem:
            self.exitcode = self.cannot_start(name, problem)
            return
        crawler = self._create_crawler(name)
        crawl = self.crawler_process.crawl(crawler, **opts.spargs)
        self.crawler_process.start()
        error = start_error(crawl)
        if error is not None:
            self.exitcode = self.cannot_start(name, start_error_line(error), error)
        elif self.crawler_process.bootstrap_failed:
            self.exitcode = EXIT_CANNOT_START
        elif crawler.stats is not None:
            self.exitcode = exit_code(crawler.stats.get_stats())
        # The process ends next. Frozen, the objects Scrapy, Twisted and lxml leave behind are
        # skipped by the garbage collections of the interpreter's shutdown, which otherwise walk
        # them all: 0.2-0.5 s of every run's exit, as much as a scheduled poll's whole crawl.
        # The crawl's files are closed by now; atexit hooks still run and stdio is still flushed.
        gc.freeze()

    def cannot_start(self, spider: str, message: str, error: BaseException | None = None) -> int:
        if error is not None and self.settings.get("LOG_LEVEL") == "DEBUG":
            traceback.print_exception(error, file=sys.stderr)
        print(f"scrapy crawl {spider}: error: {message}", file=sys.stderr)
        return EXIT_CANNOT_START


def start_error(crawl) -> BaseException | None:
    """The exception that ended the crawl task (spider `__init__`, an extension's start-up), if any.
    `crawl` is what `crawler_process.crawl` returned: an asyncio task (the asyncio reactor, this
    project's setting) or, under FORCE_CRAWLER_PROCESS, a Deferred whose failures Scrapy logs itself."""
    if isinstance(crawl, asyncio.Future) and crawl.done() and not crawl.cancelled():
        return crawl.exception()  # marks it retrieved: asyncio logs no traceback for it
    return None


def start_error_line(error: BaseException) -> str:
    """A bad argument (a ValueError from the spider's `__init__`) says all in its message; anything else
    (a component failing at start-up) is named by its type, with where to find the traceback."""
    if isinstance(error, ValueError):
        return str(error)
    return f"{type(error).__name__}: {error} (the traceback: -s LOG_LEVEL=DEBUG)"


def output_dir_problem(settings) -> str | None:
    """Why OUTPUT_DIR cannot hold the crawl's files (a file, no permission, a read-only file system), or None.
    Checked by writing a scratch file in it, or in its nearest existing parent: nothing is left behind."""
    folder = output_dir(settings)
    existing = folder
    while not existing.exists():  # ends at "." or "/"
        existing = existing.parent
    if not existing.is_dir():
        where = "is a file" if existing == folder else f"is below {existing}, a file"
        return f"OUTPUT_DIR={folder} {where}, not a folder: set -s OUTPUT_DIR to a folder"
    try:
        with tempfile.TemporaryFile(dir=existing):
            pass
    except OSError as error:
        reason = {errno.EROFS: "the file system is read-only", errno.EACCES: "permission denied",
                  errno.ENOSPC: "no space left"}.get(error.errno, error.strerror or str(error))
        return f"OUTPUT_DIR={folder} cannot be written: {reason}"
    return None
