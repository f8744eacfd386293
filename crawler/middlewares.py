"""Downloader middlewares: retries that wait, as a polite client does; an offsite filter without
exceptions; redirect loops refused where a request's errback hears of them; a robots.txt that cannot be
fetched told in one line.

Scrapy's RetryMiddleware sends a retry as soon as a 503 or 429 arrives and ignores `Retry-After`.
`BackoffRetryMiddleware` takes its place (same settings, same stats) and waits before each retry:
the server's `Retry-After` (seconds or an HTTP date) when it sends one, capped at RETRY_AFTER_MAX,
otherwise RETRY_BACKOFF_BASE * 2**(n-1) for the n-th retry, capped at RETRY_BACKOFF_MAX.
A back-off holds only the retried request. A `Retry-After` is the server asking the client to
wait (RFC 9110 §10.2.3): every request to that download slot (host) waits until then, not just
the retry; requests to other hosts go on.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin

from scrapy import Request
from scrapy.exceptions import IgnoreRequest
from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares import redirect, robotstxt
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Response
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message
from w3lib.url import safe_url_string
from twisted.internet import reactor
from twisted.internet.task import deferLater

from crawler.runtime.failures import failure_reason


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds a `Retry-After` header asks for (delta-seconds or HTTP-date), None when absent or unreadable."""
    if not value:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return max(0.0, (moment - (now or datetime.now(timezone.utc))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.backoff_max = settings.getfloat("RETRY_BACKOFF_MAX", 30.0)
        self.retry_after_max = settings.getfloat("RETRY_AFTER_MAX", 120.0)
        self.paused_until: dict[str, float] = {}  # download slot -> monotonic time a Retry-After ends

    @staticmethod
    def slot_of(request: Request) -> str:
        """The request's download slot, as Scrapy's downloader names it (set there after this middleware)."""
        return request.meta.get("download_slot") or urlparse_cached(request).hostname or ""

    def backoff(self, request: Request) -> float:
        """Wait before the next retry of `request` when the server said nothing."""
        retries_so_far = request.meta.get("retry_times", 0)
        return min(self.backoff_max, self.backoff_base * 2 ** retries_so_far)

    def asked_delay(self, response: Response | None) -> float | None:
        """The server's Retry-After (capped), None when it sent none."""
        asked = retry_after_seconds(response.headers.get("Retry-After")) if response is not None else None
        return None if asked is None else min(asked, self.retry_after_max)

    def delay_for(self, request: Request, response: Response | None = None) -> float:
        asked = self.asked_delay(response)
        return self.backoff(request) if asked is None else asked

    async def _wait(self, seconds: float) -> None:
        if seconds > 0:
            await maybe_deferred_to_future(deferLater(reactor, seconds, lambda: None))

    async def process_request(self, request: Request, spider=None) -> None:
        until = self.paused_until.get(self.slot_of(request))
        if until is not None:
            wait = until - time.monotonic()
            if wait > 0:
                self.crawler.stats.inc_value("retry/retry_after_waits")
                await self._wait(wait)

    def pause_slot(self, request: Request, seconds: float) -> None:
        slot = self.slot_of(request)
        until = time.monotonic() + seconds
        if until > self.paused_until.get(slot, 0.0):
            self.paused_until[slot] = until

    async def process_response(self, request: Request, response: Response, spider=None) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        asked = self.asked_delay(response)
        if asked:
            self.pause_slot(request, asked)
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        delay = self.delay_for(request, response)
        self.crawler.stats.inc_value("retry/backoff_seconds", delay)
        await self._wait(delay)
        return retry

    async def process_exception(self, request: Request, exception: Exception, spider=None) -> Request | None:
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = self._retry(request, exception)
        if retry is None:
            return None
        delay = self.backoff(request)
        self.crawler.stats.inc_value("retry/backoff_seconds", delay)
        await self._wait(delay)
        return retry


class StrictOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's OffsiteMiddleware lets every `dont_filter` request through, and a redirect inherits
    the flag: a retried request (retries are `dont_filter`) that redirects to another host would be
    followed. Here only `allow_offsite` in a request's meta passes a host outside allowed_domains.
    Requests are judged when they are downloaded, not when scheduled: the engine drops a request
    refused at scheduling without calling its errback, and an article redirected off the site
    must be counted as failed (`article/failed/offsite`)."""

    def request_scheduled(self, request: Request, spider=None) -> None:
        return None

    def process_request(self, request: Request, spider=None) -> None:
        if request.dont_filter and not request.meta.get("allow_offsite"):
            request = request.replace(dont_filter=False)  # a copy, judged on its host alone
        return super().process_request(request)


class RedirectMiddleware(redirect.RedirectMiddleware):
    """Scrapy's, in a crawl that sends no Referer (`REFERER_ENABLED = False`): a redirected request carries none
    either. Scrapy's looks for the referer middleware when the engine starts and warns, in every run, that it
    is not there; with `-s REFERER_ENABLED=True` it finds it and sets the header as Scrapy's does."""

    def _engine_started(self) -> None:
        if self.crawler.settings.getbool("REFERER_ENABLED"):
            super()._engine_started()


class RedirectLoopMiddleware:
    """A redirect back into its own chain is a loop. Scrapy would follow it until the scheduler's
    dupefilter drops the repeated URL, silently: no errback, the article neither exported nor
    counted. Refused here instead (`article/failed/redirect_loop`). Sits outside RedirectMiddleware
    (a higher number) so it sees the redirect response first."""

    def process_response(self, request: Request, response: Response, spider=None) -> Response:
        location = response.headers.get("Location")
        if response.status in (301, 302, 303, 307, 308) and location:
            target = safe_url_string(urljoin(request.url, location.decode("latin-1")))
            if target == request.url or target in request.meta.get("redirect_urls", ()):
                raise IgnoreRequest(f"redirect loop: {request.url} -> {target}")
        return response


class RobotsTxtMiddleware(robotstxt.RobotsTxtMiddleware):
    """Scrapy's, but a robots.txt it could not fetch (the site down, DNS, a timeout) is one warning line:
    Scrapy logs it as an error with the network failure's traceback, once per host, before the run's own
    one-line account of the pages that failed. The crawl then goes on as Scrapy's does, as if robots.txt
    allowed everything."""

    def __init__(self, crawler):
        super().__init__(crawler)
        logger = logging.getLogger(robotstxt.__name__)
        if not any(isinstance(existing, _RobotsFetchFailure) for existing in logger.filters):
            logger.addFilter(_RobotsFetchFailure())


class _RobotsFetchFailure(logging.Filter):
    """Rewrites the robots.txt middleware's `Error downloading <request>` record (its only one with a traceback)
    into `robots.txt not fetched (<reason>): <robots.txt URL>`, a warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        error = record.exc_info[1] if record.exc_info else None
        if error is None or not isinstance(record.args, dict) or not isinstance(record.args.get("request"), Request):
            return True
        parts = urlparse_cached(record.args["request"])
        record.msg = "robots.txt not fetched (%s): %s; crawling as if it allowed everything"
        record.args = (failure_reason(error), f"{parts.scheme}://{parts.netloc}/robots.txt")
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True
