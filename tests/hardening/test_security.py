"""Security settings and guards: what a hostile site or a careless argument cannot make the crawler do."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest
from scrapy import Request, Spider
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.runtime.failures import failure_reason
from crawler.middlewares import (BackoffRetryMiddleware, RedirectLoopMiddleware, StrictOffsiteMiddleware,
                                 retry_after_seconds)
from crawler.parsing.feeds import parse_feed, parse_sitemap

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def settings() -> Settings:
    project = Settings()
    project.setmodule("crawler.settings", priority="project")
    return project


def test_remote_control_and_telnet_are_off(settings):
    assert settings.getbool("REMOTE_CONTROL_ENABLED") is False
    assert settings.getbool("TELNETCONSOLE_ENABLED") is False


def test_download_limits_are_set(settings):
    assert 0 < settings.getint("DOWNLOAD_WARNSIZE") < settings.getint("DOWNLOAD_MAXSIZE") <= 64 * 1024 * 1024
    assert 0 < settings.getint("REDIRECT_MAX_TIMES") <= 10
    assert 0 < settings.getfloat("DOWNLOAD_TIMEOUT") <= 60
    assert settings.getbool("ROBOTSTXT_OBEY")


def test_stock_retry_and_offsite_middlewares_are_replaced(settings):
    middlewares = settings.getdict("DOWNLOADER_MIDDLEWARES")
    assert middlewares["scrapy.downloadermiddlewares.retry.RetryMiddleware"] is None
    assert middlewares["scrapy.downloadermiddlewares.offsite.OffsiteMiddleware"] is None
    assert middlewares["crawler.middlewares.BackoffRetryMiddleware"] == 550
    assert middlewares["crawler.middlewares.StrictOffsiteMiddleware"] < 100  # before robots.txt and downloads
    assert middlewares["crawler.middlewares.RedirectLoopMiddleware"] > 600  # sees redirects before Scrapy's


@pytest.mark.parametrize("edition", ["../../x", "/etc", "id/../../x", "..", "id,../x"])
def test_an_edition_argument_cannot_leave_output_dir(tmp_path, edition):
    output = tmp_path / "out"
    result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "mina", "-a", f"edition={edition}",
                             "-s", f"OUTPUT_DIR={output}"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert "invalid edition" in result.stderr
    assert sorted(p.name for p in tmp_path.rglob("*")) == []  # nothing written anywhere


# ----- offsite ---------------------------------------------------------------

class _Spider(Spider):
    name = "scope"
    allowed_domains = ["127.0.0.1", "minanews.net"]


@pytest.fixture
def offsite():
    crawler = get_crawler(_Spider)
    crawler.spider = _Spider()
    middleware = StrictOffsiteMiddleware.from_crawler(crawler)
    middleware.spider_opened(crawler.spider)
    return middleware


def test_offsite_filter_ignores_dont_filter(offsite):
    for url in ("http://localhost:8001/id/x", "http://example.invalid/id/x", "https://minanews.net.evil.test/x"):
        with pytest.raises(IgnoreRequest, match="offsite"):
            offsite.process_request(Request(url, dont_filter=True))
    assert offsite.process_request(Request("https://en.minanews.net/x", dont_filter=True)) is None
    assert offsite.process_request(Request("http://127.0.0.1:9/x")) is None
    assert offsite.process_request(Request("http://example.invalid/", meta={"allow_offsite": True})) is None


def test_offsite_requests_are_refused_at_download_where_the_errback_hears_of_it(offsite):
    offsite.request_scheduled(Request("http://example.invalid/x"), None)  # no drop at scheduling
    with pytest.raises(IgnoreRequest) as refused:
        offsite.process_request(Request("http://example.invalid/x"))
    assert failure_reason(refused.value) == "offsite"


def test_a_redirect_back_into_its_chain_is_refused():
    middleware = RedirectLoopMiddleware()
    request = Request("http://h/a?hop=2", meta={"redirect_urls": ["http://h/a", "http://h/a?hop=1"]})
    loop = Response("http://h/a?hop=2", status=302, headers={"Location": "/a?hop=1"})
    with pytest.raises(IgnoreRequest) as refused:
        middleware.process_response(request, loop)
    assert failure_reason(refused.value) == "redirect_loop"
    onward = Response("http://h/a?hop=2", status=301, headers={"Location": "/a?hop=3"})
    assert middleware.process_response(request, onward) is onward


# ----- retries ---------------------------------------------------------------

def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    assert retry_after_seconds("7") == 7.0
    assert retry_after_seconds(b" 120 ") == 120.0
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now=now) == 30.0
    assert retry_after_seconds(format_datetime(now - timedelta(hours=1), usegmt=True), now=now) == 0.0
    assert retry_after_seconds("soon") is None
    assert retry_after_seconds(None) is None


def test_retry_delays_are_capped():
    crawler = get_crawler(_Spider, {"RETRY_BACKOFF_BASE": 2, "RETRY_BACKOFF_MAX": 10, "RETRY_AFTER_MAX": 60})
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    assert [middleware.backoff(Request("http://h/", meta={"retry_times": n})) for n in range(5)] == [2, 4, 8, 10, 10]
    told = Response("http://h/", status=429, headers={"Retry-After": "86400"})
    assert middleware.delay_for(Request("http://h/"), told) == 60
    assert middleware.delay_for(Request("http://h/"), Response("http://h/", status=503)) == 2


def _retry_middleware_recording_waits(settings: dict) -> tuple[BackoffRetryMiddleware, list[float]]:
    crawler = get_crawler(_Spider, settings)
    crawler.spider = _Spider.from_crawler(crawler)
    middleware = BackoffRetryMiddleware.from_crawler(crawler)
    waits: list[float] = []

    async def record(seconds: float) -> None:
        waits.append(seconds)

    middleware._wait = record
    return middleware, waits


def test_a_retry_after_holds_every_request_to_that_host_and_no_other():
    middleware, waits = _retry_middleware_recording_waits({"RETRY_AFTER_MAX": 60})
    limited = Request("http://h/a")
    told = Response("http://h/a", status=429, headers={"Retry-After": "30"}, request=limited)

    async def crawl() -> object:
        retry = await middleware.process_response(limited, told)
        await middleware.process_request(Request("http://h/other-page"))
        await middleware.process_request(Request("http://elsewhere/page"))
        return retry

    retry = asyncio.run(crawl())
    assert isinstance(retry, Request) and retry.url == limited.url
    assert waits[0] == 30  # the retry itself
    assert len(waits) == 2 and 29 < waits[1] <= 30  # another page of the host; the other host waits not
    middleware.paused_until["h"] = time.monotonic() - 1  # the pause is over
    asyncio.run(middleware.process_request(Request("http://h/later")))
    assert len(waits) == 2


def test_a_503_without_retry_after_holds_only_its_own_retry():
    middleware, waits = _retry_middleware_recording_waits({"RETRY_BACKOFF_BASE": 2})
    failing = Request("http://h/a")

    async def crawl() -> None:
        await middleware.process_response(failing, Response("http://h/a", status=503, request=failing))
        await middleware.process_request(Request("http://h/other-page"))

    asyncio.run(crawl())
    assert waits == [2]


# ----- hostile XML -------------------------------------------------------------

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol">
""" + b"".join(b'<!ENTITY lol%d "%s">\n' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
               for n in range(1, 10)) + b"""]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://h/id/a&lol9;</loc></url></urlset>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE urlset [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY remote SYSTEM "http://127.0.0.1:9/x">]>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://h/id/&secret;&remote;</loc></url></urlset>"""


def test_billion_laughs_sitemap_is_not_expanded():
    _, entries = parse_sitemap(BILLION_LAUGHS)
    assert all(len(entry.url) < 100 for entry in entries)
    assert all("lollol" not in entry.url for entry in parse_feed(BILLION_LAUGHS))


def test_external_entities_are_not_resolved():
    _, entries = parse_sitemap(EXTERNAL_ENTITY)
    assert all("root:" not in entry.url for entry in entries)
    assert all(len(entry.url) < 100 for entry in entries)
