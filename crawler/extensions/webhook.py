"""Webhooks: a JSON POST per exported article (`WEBHOOK_URL`), delivered off the crawl's thread.

`WebhookSender` owns one background thread and a queue: the crawl only enqueues, the thread
POSTs with urllib and retries a failed delivery (connection error, timeout, 5xx, 429) with
exponential backoff, at most `WEBHOOK_RETRIES` times. At close the queue gets
`WEBHOOK_FLUSH_TIMEOUT` seconds to drain; what is left then is counted, not waited for.

Settings: `WEBHOOK_URL` (off when empty), `WEBHOOK_MODES` (spider modes that notify, default
`["monitor"]`), `WEBHOOK_RETRIES` (4), `WEBHOOK_BACKOFF` (1 s, doubled per retry, at most 60 s),
`WEBHOOK_TIMEOUT` (10 s per attempt), `WEBHOOK_FLUSH_TIMEOUT` (30 s).
Stats: `webhook/sent`, `webhook/retries`, `webhook/failed` (gave up), `webhook/undelivered` (left
at close).
"""

from __future__ import annotations

import json
import logging
import queue
import threading
import time
import urllib.error
import urllib.request

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured

logger = logging.getLogger(__name__)

NOTIFIED_FIELDS = ("id", "url", "title", "published_at", "edition", "version")
MAX_BACKOFF = 60.0
_STOP = object()


class WebhookSender:
    def __init__(self, url: str, retries: int = 4, backoff: float = 1.0, timeout: float = 10.0):
        self.url = url
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.sent = self.retried = self.failed = 0
        self._queue: queue.Queue = queue.Queue()
        self._give_up = threading.Event()  # set when the close deadline passed: no more retries
        self._thread = threading.Thread(target=self._work, name="webhook", daemon=True)
        self._thread.start()

    def send(self, payload: dict) -> None:
        self._queue.put(payload)

    def close(self, timeout: float) -> int:
        """Deliver what is queued within `timeout` seconds; returns how many payloads were not delivered."""
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            self._give_up.set()
            self._thread.join(self.timeout + 1)
        undelivered = sum(1 for payload in self._drain() if payload is not _STOP)
        return undelivered + (1 if self._thread.is_alive() else 0)

    def _drain(self):
        while True:
            try:
                yield self._queue.get_nowait()
            except queue.Empty:
                return

    def _work(self) -> None:
        while not self._give_up.is_set():
            payload = self._queue.get()
            if payload is _STOP:
                return
            self._deliver(payload)

    def _deliver(self, payload: dict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        for attempt in range(self.retries + 1):
            error = self._post(body)
            if error is None:
                self.sent += 1
                return
            if attempt == self.retries or not error[1]:
                break
            self.retried += 1
            if self._give_up.wait(min(self.backoff * 2 ** attempt, MAX_BACKOFF)):
                break
        self.failed += 1
        logger.warning("webhook %s: gave up on a notification: %s", self.url, error[0])

    def _post(self, body: bytes) -> tuple[str, bool] | None:
        """None when delivered, else (what went wrong, whether a retry may help)."""
        request = urllib.request.Request(self.url, data=body, method="POST",
                                         headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                response.read()
            return None
        except urllib.error.HTTPError as error:
            return f"HTTP {error.code}", error.code >= 500 or error.code == 429
        except (urllib.error.URLError, OSError) as error:
            return str(error), True


def sender_from_settings(settings, url: str) -> WebhookSender:
    return WebhookSender(url, retries=settings.getint("WEBHOOK_RETRIES", 4),
                         backoff=settings.getfloat("WEBHOOK_BACKOFF", 1.0),
                         timeout=settings.getfloat("WEBHOOK_TIMEOUT", 10.0))


class WebhookNotifier:
    """POSTs `{id, url, title, published_at, edition, version}` for each exported article."""

    def __init__(self, crawler, url: str):
        self.crawler = crawler
        self.url = url
        self.modes = set(crawler.settings.getlist("WEBHOOK_MODES", ["monitor"]))
        self.flush_timeout = crawler.settings.getfloat("WEBHOOK_FLUSH_TIMEOUT", 30.0)
        self.sender: WebhookSender | None = None

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("WEBHOOK_URL")
        if not url:
            raise NotConfigured  # without a message: an unset optional feature is not worth a warning
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        if getattr(spider, "mode", None) in self.modes:
            self.sender = sender_from_settings(self.crawler.settings, self.url)

    def item_scraped(self, item, response, spider):
        if self.sender is not None:
            article = ItemAdapter(item)
            self.sender.send({name: article.get(name) for name in NOTIFIED_FIELDS})

    def spider_closed(self, spider):
        if self.sender is None:
            return
        started = time.monotonic()
        undelivered = self.sender.close(self.flush_timeout)
        stats = self.crawler.stats
        stats.set_value("webhook/sent", self.sender.sent)
        stats.set_value("webhook/retries", self.sender.retried)
        stats.set_value("webhook/failed", self.sender.failed)
        stats.set_value("webhook/undelivered", undelivered)
        logger.info("webhook: %d sent, %d retries, %d failed, %d undelivered (flushed in %.1f s)",
                    self.sender.sent, self.sender.retried, self.sender.failed, undelivered,
                    time.monotonic() - started)
