"""The parsing worker: calls answered in another process, in order; errors raised where the call was
made; pages parsed inline while it loads the parsers, and after it died; no process left behind; no
worker for a run that parses little."""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

import pytest

from crawler.runtime.parser_pool import ParserPool, worker_count
from crawler.parsing.article import extract_article

SEED_PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "current_theme_seed.html"


def run(coroutine):
    return asyncio.run(coroutine)


async def started(pool: ParserPool) -> None:
    """Starts the pool's workers (with a first call, parsed inline) and waits until they are ready."""
    await pool.run(os.getpid)
    for _ in range(3000):
        if all(worker.ready for worker in pool.workers):
            return
        await asyncio.sleep(0.01)
    raise AssertionError("the parsing worker never got ready")


@pytest.fixture(params=["fork", "spawn"])
def pool(request):
    parsers = ParserPool(1, start=request.param)
    yield parsers
    parsers.close()


def test_a_call_runs_in_the_worker_and_gives_what_an_inline_call_gives(pool):
    body = SEED_PAGE.read_bytes()
    fetched = datetime(2026, 1, 2, tzinfo=timezone.utc)

    async def both():
        await started(pool)
        remote = await pool.run(extract_article, body, "https://minanews.net/x/", fetched_at=fetched)
        return remote, await pool.run(os.getpid)

    remote, worker_pid = run(both())
    assert worker_pid != os.getpid()
    inline = extract_article(body, "https://minanews.net/x/", fetched_at=fetched)
    assert remote.item == inline.item and remote.sources == inline.sources and remote.item["title"]


def test_concurrent_calls_are_answered_each_with_its_own_result(pool):
    async def many():
        return await asyncio.gather(*(pool.run(abs, -number) for number in range(200)))

    assert run(many()) == list(range(200))


def test_an_error_in_the_worker_is_raised_at_the_call(pool):
    async def failing():
        with pytest.raises(ValueError, match="invalid literal"):
            await pool.run(int, "not a number")
        return await pool.run(int, "7")  # the worker is still there

    assert run(failing()) == 7


def test_a_killed_worker_leaves_its_pages_to_be_parsed_inline(pool, caplog):
    async def crash():
        await started(pool)
        first = await pool.run(os.getpid)
        os.kill(pool.workers[0].process.pid, signal.SIGKILL)
        pool.workers[0].process.wait()
        return first, await pool.run(os.getpid), await pool.run(os.getpid)

    with caplog.at_level(logging.WARNING, logger="crawler.runtime.parser_pool"):
        first, after, later = run(crash())
    assert first != os.getpid() and after == os.getpid() and later == os.getpid()
    assert "parsing worker exited" in caplog.text


def test_closing_ends_the_worker_cleanly(pool):
    async def call():
        await started(pool)
        return await pool.run(os.getpid)

    assert run(call()) != os.getpid()
    process = pool.workers[0].process
    pool.close()
    assert process.returncode == 0


def test_no_workers_means_inline_parsing():
    inline = ParserPool(0)
    assert run(inline.run(os.getpid)) == os.getpid()
    inline.close()
    assert worker_count("0") == 0 and worker_count("2") == 2
    assert worker_count("auto") == (1 if (os.cpu_count() or 1) > 1 else 0)


@pytest.mark.parametrize("start", ["fork", "spawn"])
def test_a_worker_that_cannot_start_leaves_parsing_inline(monkeypatch, caplog, start):
    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr("crawler.runtime.parser_pool.subprocess.Popen", refuse)
    monkeypatch.setattr("crawler.runtime.parser_pool.os.fork", refuse)
    pool = ParserPool(1, start=start)
    with caplog.at_level(logging.WARNING, logger="crawler.runtime.parser_pool"):
        assert run(pool.run(os.getpid)) == os.getpid()
    pool.close()
    assert "could not start a parsing worker" in caplog.text


def test_the_first_pages_are_parsed_inline_until_their_time_earns_a_worker():
    pool = ParserPool(1, inline_seconds=0.05)
    try:
        async def calls():
            first = await pool.run(os.getpid)
            workers_then = pool.workers
            await pool.run(time.sleep, 0.06)
            await started(pool)
            return first, workers_then, await pool.run(os.getpid)

        first, workers_then, after = run(calls())
        assert first == os.getpid() and workers_then is None
        assert after != os.getpid() and len(pool.workers) == 1
    finally:
        pool.close()


def test_a_run_that_parses_little_starts_no_worker():
    pool = ParserPool(1, inline_seconds=10)
    assert run(pool.run(os.getpid)) == os.getpid()
    pool.close()
    assert pool.workers == []


def test_pages_are_parsed_inline_while_the_worker_loads_the_parsers(caplog):
    pool = ParserPool(1)

    async def first_call():
        return await pool.run(os.getpid)

    with caplog.at_level(logging.WARNING, logger="crawler.runtime.parser_pool"):
        assert run(first_call()) == os.getpid()
        process = pool.workers[0].process
        assert not pool.workers[0].ready
        pool.close()  # a worker still loading has no page in hand: stopped at once
    assert process.returncode is not None
    assert "parsing worker exited" not in caplog.text


class _Crawler:
    """What ParserPool.from_crawler reads: settings and Scrapy's signal manager."""

    def __init__(self, **settings):
        from scrapy.settings import Settings
        from scrapy.signalmanager import SignalManager

        self.settings = Settings({"PARSE_PROCESSES": 1, "PARSE_INLINE_SECONDS": 10, **settings})
        self.signals = SignalManager(self)


def _schedule(crawler: _Crawler, requests: int) -> None:
    from scrapy import signals

    for _ in range(requests):
        crawler.signals.send_catch_log(signals.request_scheduled, request=None, spider=None)


def test_a_crawl_that_schedules_many_requests_starts_its_worker_before_any_page_is_parsed():
    crawler = _Crawler(PARSE_WORKERS_AFTER_REQUESTS=5)
    pool = ParserPool.from_crawler(crawler)
    try:
        async def scheduling():
            _schedule(crawler, 4)
            before = pool.workers
            _schedule(crawler, 1)
            await started(pool)
            return before, await pool.run(os.getpid)

        before, parsed_in = run(scheduling())
        assert before is None and len(pool.workers) == 1
        assert parsed_in != os.getpid()  # the inline budget (10 s) was never spent
        _schedule(crawler, 10)  # counted no more: no second start
        assert len(pool.workers) == 1
    finally:
        pool.close()


def test_a_poll_that_schedules_few_requests_starts_no_worker():
    crawler = _Crawler(PARSE_WORKERS_AFTER_REQUESTS=100)
    pool = ParserPool.from_crawler(crawler)

    async def poll():
        _schedule(crawler, 99)
        return await pool.run(os.getpid)

    assert run(poll()) == os.getpid()
    pool.close()
    assert pool.workers == []


@pytest.mark.skipif(not os.path.isdir("/proc/self/fd"), reason="reads a process's open files in /proc")
def test_a_forked_worker_keeps_none_of_the_crawls_files_open(tmp_path):
    pool = ParserPool(1, start="fork")
    with open(tmp_path / "state.db", "w") as state_file:  # a file of the crawl's, open as the worker forks
        try:
            async def forked():
                await started(pool)
                return pool.workers[0].process.pid, await pool.run(os.getpid)

            pid, parsed_in = run(forked())
            assert parsed_in == pid != os.getpid()
            held = {os.readlink(f"/proc/{pid}/fd/{fd}") for fd in os.listdir(f"/proc/{pid}/fd")}
            assert str(tmp_path / "state.db") not in held and os.readlink(f"/proc/self/fd/{state_file.fileno()}")
            assert len([target for target in held if target.startswith("socket:")]) == 1
        finally:
            pool.close()
    assert pool.workers == [] and os.path.exists(tmp_path / "state.db")


def test_the_start_method_is_a_setting():
    from scrapy.settings import Settings

    assert ParserPool.from_settings(Settings({"PARSE_WORKER_START": "spawn"})).start == "spawn"
    assert ParserPool.from_settings(Settings({"PARSE_WORKER_START": "fork"})).start == "fork"
    assert ParserPool.from_settings(Settings({})).start == ("fork" if sys.platform.startswith("linux") else "spawn")
