"""Webhooks: a JSON POST per exported article (`WEBHOOK_URL`), at least once, off the crawl's thread.

At least once: each notification is first kept in the run's state store (its outbox, see
`crawler.state.base`), in the transaction that records the article's export, and leaves the
outbox only once the endpoint answered 2xx.  What a run could not deliver is sent by the next
run first (in any mode, as soon as `WEBHOOK_URL` is set), and the run is not healthy: the
`Webhook delivery` monitor fails it (exit 3).  A notification may so arrive twice (a crash
after the POST, before its removal), never zero times: receivers dedupe on `(id, version)`.

Never blocking the crawl for long: `WebhookSender` POSTs from `WEBHOOK_CONCURRENCY` background
threads; a failed delivery (connection error, timeout, 5xx, 429) is retried with exponential
back-off, at most `WEBHOOK_RETRIES` times.  At close the queue gets `WEBHOOK_FLUSH_TIMEOUT`
seconds to drain, and none when the endpoint is down (`WEBHOOK_DOWN_AFTER` attempts in a row
failed): what is left stays in the outbox.

Settings: `WEBHOOK_URL` (off when empty), `WEBHOOK_MODES` (spider modes that notify, default
`["monitor"]`), `WEBHOOK_RETRIES` (4), `WEBHOOK_BACKOFF` (1 s, doubled per retry, at most 60 s),
`WEBHOOK_TIMEOUT` (10 s per attempt), `WEBHOOK_FLUSH_TIMEOUT` (30 s), `WEBHOOK_CONCURRENCY` (4),
`WEBHOOK_DOWN_AFTER` (3).
Stats: `webhook/sent`, `webhook/retries`, `webhook/failed` (gave up), `webhook/undelivered` (this
run's notifications left undelivered, in the outbox), `webhook/from_outbox` (left by earlier runs,
sent again), `webhook/outbox` (waiting in the outbox after the run).
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

from crawler.state import StoreWriteError

logger = logging.getLogger(__name__)

NOTIFIED_FIELDS = ("id", "url", "title", "published_at", "edition", "version")
MAX_BACKOFF = 60.0
_STOP = object()


class WebhookSender:
    """POSTs payloads from a few threads; `close` bounds the wait for what is left."""

    def __init__(self, url: str, retries: int = 4, backoff: float = 1.0, timeout: float = 10.0,
                 concurrency: int = 4, down_after: int = 3):
        self.url = url
        self.retries = retries
        self.backoff = backoff
        self.timeout = timeout
        self.down_after = down_after
        self.sent = self.retried = self.failed = 0
        self._queue: queue.Queue = queue.Queue()
        self._delivered: queue.SimpleQueue = queue.SimpleQueue()  # keys, read by the crawl's thread
        self._give_up = threading.Event()  # set at close: no more attempts, no more waiting
        self._state = threading.Condition()  # guards the counters below and signals their changes
        self._pending = 0  # payloads queued or in flight
        self._failures_in_a_row = 0  # attempts failed since the last success, across threads
        self._first_error: str | None = None
        self._threads = [threading.Thread(target=self._work, name=f"webhook-{n}", daemon=True)
                         for n in range(max(1, concurrency))]
        for thread in self._threads:
            thread.start()

    @property
    def endpoint_down(self) -> bool:
        return self._failures_in_a_row >= self.down_after

    def send(self, payload: dict, key: str | None = None) -> None:
        """Queue `payload`; once delivered, `key` (when given) comes out of `delivered_keys`."""
        with self._state:
            self._pending += 1
        self._queue.put((key, payload))

    def delivered_keys(self) -> list[str]:
        keys = []
        while True:
            try:
                keys.append(self._delivered.get_nowait())
            except queue.Empty:
                return keys

    def close(self, timeout: float) -> int:
        """Wait up to `timeout` seconds for the queue to drain, not at all once the endpoint is down;
        returns how many payloads were neither delivered nor given up (left in the queue or in flight)."""
        deadline = time.monotonic() + timeout
        with self._state:
            while self._pending and not self.endpoint_down:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._state.wait(remaining)
            left = self._pending
        self._give_up.set()  # in-flight POSTs end by themselves (daemon threads, WEBHOOK_TIMEOUT)
        for _ in self._threads:
            self._queue.put(_STOP)
        if left + self.failed:
            logger.warning("webhook %s: %d notifications not delivered; first error: %s",
                           self.url, left + self.failed, self._first_error)
        return left

    def _work(self) -> None:
        while True:
            entry = self._queue.get()
            if entry is _STOP or self._give_up.is_set():
                return
            self._deliver(*entry)

    def _deliver(self, key: str | None, payload: dict) -> None:
        body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        for attempt in range(self.retries + 1):
            error = self._post(body)
            with self._state:
                if error is None:
                    self._failures_in_a_row = 0
                    self.sent += 1
                    self._pending -= 1
                    if key is not None:
                        self._delivered.put(key)
                    self._state.notify_all()
                    return
                self._failures_in_a_row += 1
                self._first_error = self._first_error or error[0]
                final = attempt == self.retries or not error[1]
                if final:
                    self.failed += 1
                    self._pending -= 1
                else:
                    self.retried += 1
                self._state.notify_all()
            if final or self._give_up.wait(min(self.backoff * 2 ** attempt, MAX_BACKOFF)):
                return

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
                         timeout=settings.getfloat("WEBHOOK_TIMEOUT", 10.0),
                         concurrency=settings.getint("WEBHOOK_CONCURRENCY", 4),
                         down_after=settings.getint("WEBHOOK_DOWN_AFTER", 3))


def outbox_key(payload: dict) -> str:
    """A notification's key in the outbox: one per article version."""
    return f"{payload['id']}:{payload['version']}"


class WebhookNotifier:
    """POSTs `{id, url, title, published_at, edition, version}` for each exported article."""

    def __init__(self, crawler, url: str):
        self.crawler = crawler
        self.url = url
        self.modes = set(crawler.settings.getlist("WEBHOOK_MODES", ["monitor"]))
        self.flush_timeout = crawler.settings.getfloat("WEBHOOK_FLUSH_TIMEOUT", 30.0)
        self.sender: WebhookSender | None = None
        self.store = None
        self.notifying = False  # this run's mode notifies (else only the outbox goes out)
        self.from_outbox = 0
        self.queued = 0  # this run's own notifications

    @classmethod
    def from_crawler(cls, crawler):
        url = crawler.settings.get("WEBHOOK_URL")
        if not url:
            raise NotConfigured  # without a message: an unset optional feature is not worth a warning
        extension = cls(crawler, url)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        return extension

    def spider_opened(self, spider):
        run_state = self.crawler.run_state  # None when the run did not get its lock: it sends nothing
        if run_state is None:
            return
        self.notifying = getattr(spider, "mode", None) in self.modes
        pending = run_state.store.outbox_pending()
        if not (self.notifying or pending):
            return
        self.store = run_state.store
        self.sender = sender_from_settings(self.crawler.settings, self.url)
        for key, payload in pending:  # earlier runs' first
            self.sender.send(payload, key)
        self.from_outbox = len(pending)
        if pending:
            logger.info("webhook: sending %d notifications left by earlier runs", len(pending))
        run_state.on_close(self.flush)  # while the store is open, before the monitors judge the run

    def item_scraped(self, item, response, spider):
        if self.sender is None or not self.notifying:
            return
        article = ItemAdapter(item)
        payload = {name: article.get(name) for name in NOTIFIED_FIELDS}
        key = outbox_key(payload)
        # Committed now with the article's claim (its line is written): in the store's batch, a poll killed before
        # its close would take both with it, and the line, recorded again at the next start-up, would never be
        # notified. A notifying run exports few articles: a commit each costs nothing.
        try:
            self.store.outbox_add(key, payload)
            self.store.flush()
        except StoreWriteError as error:  # a full disk: the crawl's writer stops the run at its next claim
            logger.error("the state store could not save (%s): the notification of %s is sent but not kept for a "
                         "retry", error, payload.get("url"))
        self.sender.send(payload, key)
        self.queued += 1
        self._remove_delivered()

    def _remove_delivered(self) -> None:
        try:
            self.store.outbox_remove(self.sender.delivered_keys())
        except StoreWriteError:
            pass  # the delivered stay in the outbox, sent again by a later run: at least once still

    def flush(self) -> None:
        started = time.monotonic()
        left = self.sender.close(self.flush_timeout)
        self._remove_delivered()
        outbox = self.store.outbox_count()
        undelivered = max(0, self.from_outbox + self.queued - self.sender.sent)
        stats = self.crawler.stats
        stats.set_value("webhook/sent", self.sender.sent)
        stats.set_value("webhook/retries", self.sender.retried)
        stats.set_value("webhook/failed", self.sender.failed)
        stats.set_value("webhook/undelivered", undelivered)
        stats.set_value("webhook/from_outbox", self.from_outbox)
        stats.set_value("webhook/outbox", outbox)
        logger.info("webhook: %d sent, %d retries, %d failed, %d undelivered, %d waiting in the outbox "
                    "(flushed in %.1f s, %d left in flight)", self.sender.sent, self.sender.retried,
                    self.sender.failed, undelivered, outbox, time.monotonic() - started, left)
