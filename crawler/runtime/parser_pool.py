"""Parsing off the crawl's event loop.

Scrapy drives every download, middleware and pipeline from one thread; parsing pages
(~1.2 ms of lxml and text rules per article, less per listing) on that thread is what
makes a large crawl CPU-bound. `PARSE_PROCESSES` worker processes run the pure parsing
functions instead, so the crawl thread only schedules requests and moves items.
`PARSE_PROCESSES = 0` parses inline; "auto" (the default) uses one worker on a machine
with more than one CPU. A worker that dies (killed, out of memory) is not replaced: its
pending pages and the rest of the crawl are parsed inline.

A worker is a child process that loads the parsers, says so with an empty frame, then answers
length-prefixed pickled calls on a socket in order. On Linux it is a fork of the crawl process
(`PARSE_WORKER_START = "fork"`): a full run has loaded the parsers by then, so the worker is ready at once,
with no interpreter to start and no parser to import (~0.25 s of CPU, and the pages the crawl thread
would parse inline meanwhile); its memory is the crawl's, shared until written. Elsewhere (macOS, where
a forked process may not use the system's frameworks) it is a fresh interpreter
(`python -m crawler.runtime.parser_pool FD`, "spawn"). Until a worker is ready its pages are parsed
inline: the crawl never waits for a start-up.
The crawl side reads and writes that socket on its own event loop: no executor threads, whose wake-ups and pickling
would contend with the crawl thread for the GIL on every page.

`ParserPool` is an extension (`EXTENSIONS`): the spider reaches it as `crawler.parsers`. Its
workers start once the crawl has spent `PARSE_INLINE_SECONDS` parsing pages inline, or as soon as it
has scheduled `PARSE_WORKERS_AFTER_REQUESTS` requests, or when the spider asks (`start_soon`: a full run or
a backfill does as it starts), and stop with the spider: a worker costs a process start and the parsers'
import (~0.2 s of CPU) that a scheduled poll reading a listing and a few articles never earns back, while
a large crawl starts it while its first pages (robots.txt, the sitemaps) download, and so parses none or
few of its articles on the crawl thread.
"""

from __future__ import annotations

import asyncio
import gc
import importlib
import logging
import os
import pickle
import signal
import socket
import struct
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

logger = logging.getLogger(__name__)
Result = TypeVar("Result")
_LENGTH = struct.Struct("!I")


def worker_count(setting) -> int:
    if setting in (None, "", "auto"):
        return 1 if (os.cpu_count() or 1) > 1 else 0
    return max(0, int(setting))


def start_method(setting) -> str:
    """"fork" or "spawn": "auto" forks on Linux only (see the module's docstring)."""
    if setting in (None, "", "auto"):
        return "fork" if sys.platform.startswith("linux") else "spawn"
    return setting


class ForkedProcess:
    """A worker forked from this process, with what the pool uses of `subprocess.Popen`."""

    def __init__(self, fd: int) -> None:
        self.pid = os.fork()
        if self.pid == 0:
            _serve_forked(fd)
        self.returncode: int | None = None

    def poll(self) -> int | None:
        if self.returncode is None:
            try:
                pid, status = os.waitpid(self.pid, os.WNOHANG)
            except ChildProcessError:  # reaped elsewhere
                self.returncode = -1
            else:
                if pid:
                    self.returncode = os.waitstatus_to_exitcode(status)
        return self.returncode

    def wait(self, timeout: float | None = None) -> int:
        deadline = None if timeout is None else time.monotonic() + timeout
        while self.poll() is None:
            if deadline is not None and time.monotonic() > deadline:
                raise subprocess.TimeoutExpired(f"parsing worker {self.pid}", timeout)
            time.sleep(0.005)
        return self.returncode

    def kill(self) -> None:
        if self.poll() is None:
            try:
                os.kill(self.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def _serve_forked(fd: int) -> None:
    """The forked worker's life: nothing of the crawl's but its socket, then `serve`; it never returns."""
    code = 1
    try:
        # The crawl's sockets, files and locks stay the crawl's: a copy held here would keep a connection or a
        # state file open after the crawl closed it.
        os.closerange(3, fd)
        os.closerange(fd + 1, os.sysconf("SC_OPEN_MAX") if hasattr(os, "sysconf") else 65536)
        signal.set_wakeup_fd(-1)  # the crawl's event loop is not run here
        gc.freeze()  # the crawl's objects are never collected here: their pages stay shared, not copied
        serve(fd)
        code = 0
    finally:
        os._exit(code)  # nothing of the crawl's to flush or finalize (its files, its state store)


class WorkerGone(Exception):
    """The worker process exited (or its socket broke) before answering."""


class Worker:
    """One child process and the crawl's end of its socket; calls are answered in order."""

    def __init__(self, start: str = "spawn") -> None:
        loop = asyncio.get_running_loop()  # the crawl's, where this worker's socket is read
        ours, theirs = socket.socketpair()
        try:
            if start == "fork":
                self.process: subprocess.Popen | ForkedProcess = ForkedProcess(theirs.fileno())
            else:
                # The child imports the project as this process does (a checkout, an installed
                # package or a scrapyd egg): it gets the same module search path.
                env = {**os.environ, "PYTHONPATH": os.pathsep.join(path for path in sys.path if path)}
                self.process = subprocess.Popen(
                    [sys.executable, "-m", "crawler.runtime.parser_pool", str(theirs.fileno())],
                    pass_fds=(theirs.fileno(),), stdin=subprocess.DEVNULL, env=env)
        except BaseException:
            ours.close()
            raise
        finally:
            theirs.close()
        self.socket: socket.socket | None = ours
        self.writer: asyncio.StreamWriter | None = None
        self.reader_task: asyncio.Task | None = None
        self.pending: deque[asyncio.Future] = deque()
        self.ready = False  # the worker has loaded the parsers: calls go to it from now on
        self.alive = True
        self.closing = False
        self.connected = loop.create_task(self._connect())  # read at once: the worker says when it is ready

    async def _connect(self) -> None:
        reader, self.writer = await asyncio.open_connection(sock=self.socket)
        self.reader_task = asyncio.get_running_loop().create_task(self._read_answers(reader))

    async def call(self, function: Callable[..., Result], args: tuple, kwargs: dict) -> Result:
        await self.connected
        if not self.alive:
            raise WorkerGone
        payload = pickle.dumps((function, args, kwargs), protocol=pickle.HIGHEST_PROTOCOL)
        answer = asyncio.get_running_loop().create_future()
        self.pending.append(answer)
        self.writer.write(_LENGTH.pack(len(payload)) + payload)
        ok, value = await answer
        if not ok:
            raise value
        return value

    async def _read_answers(self, reader: asyncio.StreamReader) -> None:
        try:
            while True:
                length, = _LENGTH.unpack(await reader.readexactly(_LENGTH.size))
                if not length:  # the empty frame: the worker has loaded the parsers
                    self.ready = True
                    continue
                answer = pickle.loads(await reader.readexactly(length))
                waiting = self.pending.popleft()
                if not waiting.done():  # its callback may have been cancelled meanwhile
                    waiting.set_result(answer)
        except (asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        finally:
            self.alive = False
            if not self.closing:
                logger.warning("a parsing worker exited (code %s); its pages are parsed inline",
                               self.process.poll())
            while self.pending:
                waiting = self.pending.popleft()
                if not waiting.done():
                    waiting.set_exception(WorkerGone())

    def close(self) -> None:
        self.alive, self.closing = False, True
        if self.reader_task is not None:
            self.reader_task.cancel()
        if self.socket is not None:
            try:  # end of input, now (a transport closes its socket only on a later loop turn)
                self.socket.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            try:
                if self.writer is not None:
                    self.writer.close()
            except RuntimeError:  # its event loop is already closed
                pass
            self.socket.close()
            self.socket = None
        if not self.ready:  # still loading the parsers, no page in hand: nothing to wait for
            self.process.kill()
        try:  # the worker finishes the page in hand and exits
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


class ParserPool:
    """`await pool.run(function, *args, **kwargs)`: a pure parsing function, in a worker when there is one.

    `function` must be importable by name (a module-level function of `crawler.parsing`).
    """

    def __init__(self, processes: int, inline_seconds: float = 0.0, start_after_requests: int = 0,
                 start: str = "spawn"):
        self.processes = processes
        self.start = start  # how a worker process starts: "fork" or "spawn"
        self.inline_left = inline_seconds  # parsing time still done inline before the workers start
        self.requests_left = start_after_requests  # requests still to be scheduled before they start
        self.workers: list[Worker] | None = None
        self.signals = None  # the crawler's signals, while scheduled requests are counted

    @classmethod
    def from_settings(cls, settings) -> ParserPool:
        return cls(worker_count(settings.get("PARSE_PROCESSES")), settings.getfloat("PARSE_INLINE_SECONDS", 0.05),
                   settings.getint("PARSE_WORKERS_AFTER_REQUESTS", 100), start_method(settings.get("PARSE_WORKER_START")))

    @classmethod
    def from_crawler(cls, crawler) -> ParserPool:
        from scrapy import signals  # here: the worker processes import this module without Scrapy

        pool = cls.from_settings(crawler.settings)
        crawler.parsers = pool
        crawler.signals.connect(pool.close, signal=signals.spider_closed)
        if pool.processes and pool.requests_left > 0:
            pool.signals = crawler.signals
            crawler.signals.connect(pool.request_scheduled, signal=signals.request_scheduled)
        return pool

    def request_scheduled(self) -> None:
        """Counts the crawl's scheduled requests; at PARSE_WORKERS_AFTER_REQUESTS, starts the workers."""
        self.requests_left -= 1
        if self.requests_left == 0:
            from scrapy import signals

            self.signals.disconnect(self.request_scheduled, signal=signals.request_scheduled)
            self.start_soon()

    def start_soon(self) -> None:
        """Start the workers now (from the crawl's event loop), before the inline budget is spent."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:  # not called from an event loop: the first parse starts them
            return
        self._start()

    def _start(self) -> None:
        """Start the workers (in the crawl's event loop); pages are parsed inline until one is ready."""
        if self.workers is None:
            self.workers = []
            try:
                for _ in range(self.processes):
                    self.workers.append(Worker(self.start))
            except (OSError, ValueError) as error:  # no process or fd passing here (pass_fds is POSIX)
                logger.warning("could not start a parsing worker (%s); parsing inline", error)

    async def run(self, function: Callable[..., Result], *args: Any, **kwargs: Any) -> Result:
        if self.workers is None and self.processes and self.inline_left > 0:
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.inline_left -= time.perf_counter() - started
        self._start()
        ready = [worker for worker in self.workers if worker.ready and worker.alive]
        if ready:
            worker = min(ready, key=lambda w: len(w.pending))
            try:
                return await worker.call(function, args, kwargs)
            except WorkerGone:  # (logged when its socket closed) parsed here instead
                pass
        return function(*args, **kwargs)

    def close(self) -> None:
        for worker in self.workers or ():
            worker.close()
        self.workers = []


def serve(fd: int) -> None:
    """The worker's loop: read a call, run it, answer; until the crawl closes the socket."""
    # Ctrl-C, or a service manager's SIGTERM to the whole group, is the crawl's to handle: its
    # graceful shutdown still parses the pages in flight here, then closes the socket. (A crawl
    # that dies closes it too: this loop never outlives the crawl.)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    with socket.socket(fileno=fd) as connection, connection.makefile("rb") as calls:
        for module in ("crawler.parsing.page_kind", "crawler.parsing.listing"):  # what the crawl calls, loaded
            importlib.import_module(module)  # before any call comes (the crawl parses inline meanwhile)
        connection.sendall(_LENGTH.pack(0))
        while True:
            header = calls.read(_LENGTH.size)
            if len(header) < _LENGTH.size:
                return
            function, args, kwargs = pickle.loads(calls.read(_LENGTH.unpack(header)[0]))
            try:
                answer = (True, function(*args, **kwargs))
                payload = pickle.dumps(answer, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as error:  # the crawl raises it where the call was made
                try:
                    payload = pickle.dumps((False, error), protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:
                    payload = pickle.dumps((False, RuntimeError(repr(error))), protocol=pickle.HIGHEST_PROTOCOL)
            connection.sendall(_LENGTH.pack(len(payload)) + payload)


if __name__ == "__main__":
    serve(int(sys.argv[1]))
