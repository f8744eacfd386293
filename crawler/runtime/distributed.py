"""Many workers, one crawl: the Redis backend (`-s CRAWL_BACKEND=redis -s REDIS_URL=redis://host:port/db`).

Every worker runs the same `scrapy crawl` command.  They share, in Redis:

* the frontier: scrapy-redis's scheduler queue and duplicate filter
  (`crawler.runtime.redis_scheduler`), under `<prefix>crawl:<crawl>:` where `<prefix>` is
  `REDIS_PREFIX`, by default the spider name and a colon (`mina:`), and `<crawl>` is the
  spider and its editions (`mina_id_en_ar`): sites sharing one Redis database never meet;
* a seed key: the first worker to set it (SET NX) yields the start requests, the others
  take their work from the queue;
* busy marks: each worker marks itself busy (a sorted set scored by expiry) while it has
  work in flight, so an idle worker waits for the others instead of closing;
* the state store (`crawler.state.redis`): `STATE_URL` defaults to `REDIS_URL`, so each
  article version is claimed, written and confirmed by exactly one worker.

Each worker keeps its own run label, lock and run file: `<crawl>_<host>.w<N>`, slot N being
the first whose lock in OUTPUT_DIR/locks/ is free (see `slot_labels`), so workers sharing a
machine and an OUTPUT_DIR do not block each other and a dead worker's slot (and its files) go
to the next.

When the last busy worker finds the queue empty it waits `MAX_IDLE_TIME_BEFORE_CLOSE`
seconds, closes and resets the frontier (seed key, queue, duplicate filter), so the next run
starts afresh.  A worker killed mid-crawl loses the requests it had taken: the others finish
the crawl, and the next run's discovery finds what is missing (its pending claims are
released, see `crawler.state.redis`).  If every worker died, the next run resumes the queue.

Components, all switched on by `CRAWL_BACKEND = "redis"` (as scrapy-redis's are by naming
them in the settings) and idle otherwise:

* `RedisBackend` (an add-on, `ADDONS`): points the scheduler, duplicate filter and state store
  at Redis while the settings can still change;
* `Worker` (an extension, `EXTENSIONS`): busy marks, idle and close handling;
* `SharedSeeds` (a spider middleware, `SPIDER_MIDDLEWARES`): only the seeding worker's start
  requests go out.
"""

from __future__ import annotations

import logging
import re
import socket
import time
from collections.abc import Callable

from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured

from crawler.extensions import find_extension
from crawler.state import redis_prefix
from crawler.state.redis import default_worker_id

logger = logging.getLogger(__name__)

BACKEND_SETTING = "CRAWL_BACKEND"
MAX_IDLE_TIME = 10.0  # seconds of an empty queue and no busy worker before a worker closes
HEARTBEAT = 1.0  # seconds between busy marks; also how soon an idle worker sees new requests
BUSY_TTL = 5.0  # a busy mark not renewed for this long is a dead or stalled worker's
MAX_SLOTS = 64  # workers of one crawl on one machine and OUTPUT_DIR


def enabled(settings) -> bool:
    backend = (settings.get(BACKEND_SETTING) or "local").lower()
    if backend not in ("local", "redis"):
        raise ValueError(f"unknown {BACKEND_SETTING} {backend!r}: choose local or redis")
    return backend == "redis"


def frontier_prefix(settings, site: str, crawl: str) -> str:
    """The key prefix of one crawl's shared frontier: `<site prefix>crawl:<crawl>:`."""
    return f"{redis_prefix(settings, site)}crawl:{crawl}:"


def configure(settings, site: str, crawl: str) -> str:
    """Point the scheduler, duplicate filter and state store at Redis; returns the key prefix.

    Called by `RedisBackend`, while the settings are still mutable.
    """
    if not settings.get("REDIS_URL"):
        raise ValueError(f"{BACKEND_SETTING}=redis needs -s REDIS_URL=redis://host:port/db")
    prefix = frontier_prefix(settings, site, crawl)
    priority = "spider"
    settings.set("SCHEDULER", "crawler.runtime.redis_scheduler.SharedScheduler", priority=priority)
    settings.set("DUPEFILTER_CLASS", "crawler.runtime.redis_scheduler.CanonicalDupeFilter", priority=priority)
    settings.set("SCHEDULER_QUEUE_CLASS", "crawler.runtime.redis_scheduler.SharedPriorityQueue", priority=priority)
    settings.set("SCHEDULER_QUEUE_KEY", f"{prefix}requests", priority=priority)
    settings.set("SCHEDULER_DUPEFILTER_KEY", f"{prefix}dupefilter", priority=priority)
    # Persist: one worker closing must not flush the queue the others still work on; the
    # last one resets the frontier itself (see Frontier.leave).
    settings.set("SCHEDULER_PERSIST", True, priority=priority)
    if not settings.get("STATE_URL"):
        settings.set("STATE_URL", settings.get("REDIS_URL"), priority=priority)
    keep_memory_stats(settings)
    return prefix


def keep_memory_stats(settings) -> None:
    """scrapy-redis's RedisStatsCollector predates the stats API of Scrapy 2.13+, whose methods
    no longer take the spider (scrapy/scrapy#6750, #7011; the collector came from
    rmax/scrapy-redis#46): it breaks the crawl.  Each worker keeps the
    project's in-memory collector; the shared figures are the Redis keys themselves."""
    stats_class = settings.get("STATS_CLASS")
    name = stats_class if isinstance(stats_class, str) else getattr(stats_class, "__module__", "")
    if name.startswith("scrapy_redis"):
        logger.warning("STATS_CLASS %s does not work on this Scrapy: using crawler.runtime.stats.StatsCollector",
                       stats_class)
        settings.set("STATS_CLASS", "crawler.runtime.stats.StatsCollector", priority="spider")


class RedisBackend:
    """The add-on that turns a run into a worker of a shared crawl when `CRAWL_BACKEND=redis`.

    Add-ons update the settings before Scrapy reads them (the stats class, the scheduler);
    the spider exists by then, and names the crawl.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler) -> RedisBackend:
        return cls(crawler)

    def update_settings(self, settings) -> None:
        if enabled(settings):
            spider = self.crawler.spider
            configure(settings, spider.name, spider.run_label)


def host_label(hostname: str | None = None) -> str:
    """This machine's name as a file-name component (letters, digits, '.', '-'; 24 at most)."""
    name = re.sub(r"[^A-Za-z0-9.-]+", "-", hostname or socket.gethostname()).strip(".-")
    return name[:24].strip(".-") or "host"


def slot_labels(crawl: str, hostname: str | None = None) -> list[str]:
    """The run labels a worker of `crawl` on this machine may take, first free one first."""
    return [f"{crawl}_{host_label(hostname)}.w{slot}" for slot in range(1, MAX_SLOTS + 1)]


# KEYS: seed, queue, dupefilter, busy.  ARGV: worker, busy ttl ms.  Returns 1 if this worker seeds.
# A seed key left with an empty queue and no busy worker belongs to a crawl that ended without
# its reset (every worker killed): that frontier is cleared and seeded again.
_SEED = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
redis.call('ZREM', KEYS[4], ARGV[1])
if redis.call('EXISTS', KEYS[1]) == 1 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('ZCARD', KEYS[4]) == 0 then
  redis.call('DEL', KEYS[1], KEYS[3])
end
redis.call('ZADD', KEYS[4], now + tonumber(ARGV[2]), ARGV[1])
if redis.call('SET', KEYS[1], ARGV[1], 'NX') then return 1 end
return 0
"""

# KEYS: busy.  ARGV: worker, busy (1/0), ttl ms.  Returns the other workers still busy.
_HEARTBEAT = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if ARGV[2] == '1' then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
else
  redis.call('ZREM', KEYS[1], ARGV[1])
end
return redis.call('ZCARD', KEYS[1]) - (redis.call('ZSCORE', KEYS[1], ARGV[1]) and 1 or 0)
"""

# KEYS: seed, queue, dupefilter, busy.  ARGV: worker.  Returns 1 if the frontier was reset.
_LEAVE = """
local t = redis.call('TIME')
local now = t[1] * 1000 + math.floor(t[2] / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[4], '-inf', now)
redis.call('ZREM', KEYS[4], ARGV[1])
if redis.call('ZCARD', KEYS[2]) == 0 and redis.call('ZCARD', KEYS[4]) == 0 then
  redis.call('DEL', KEYS[1], KEYS[3])
  return 1
end
return 0
"""


class Frontier:
    """One crawl's shared keys, seen from one worker."""

    def __init__(self, client, prefix: str, worker: str, busy_ttl: float = BUSY_TTL) -> None:
        self.redis = client
        self.prefix = prefix
        self.worker = worker
        self.seed_key, self.queue_key = f"{prefix}seed", f"{prefix}requests"
        self.dupefilter_key, self.busy_key = f"{prefix}dupefilter", f"{prefix}busy"
        self._busy_ttl_ms = int(busy_ttl * 1000)
        self._seed = client.register_script(_SEED)
        self._heartbeat = client.register_script(_HEARTBEAT)
        self._leave = client.register_script(_LEAVE)

    @property
    def _keys(self) -> list[str]:
        return [self.seed_key, self.queue_key, self.dupefilter_key, self.busy_key]

    def seed(self) -> bool:
        """True for exactly one worker of a crawl: it yields the start requests."""
        return self._seed(keys=self._keys, args=[self.worker, self._busy_ttl_ms]) == 1

    def heartbeat(self, busy: bool) -> int:
        """Mark this worker busy (or not); returns how many other workers are busy."""
        return self._heartbeat(keys=[self.busy_key], args=[self.worker, int(busy), self._busy_ttl_ms])

    def queued(self) -> int:
        return self.redis.zcard(self.queue_key)

    def leave(self) -> bool:
        """This worker is done; the last one out (empty queue, nobody busy) resets the frontier."""
        return self._leave(keys=self._keys, args=[self.worker]) == 1


class Worker:
    """This run's part in a shared crawl: the frontier, busy marks, idle and close handling.

    Built before `crawler.extensions.runstate.RunStateOpener` (see `EXTENSIONS`): the crawl's
    keys are named after the spider's run label before it takes a worker slot's label.
    """

    def __init__(self, crawler, frontier: Frontier, *, max_idle: float = MAX_IDLE_TIME,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.crawler = crawler
        self.frontier = frontier
        self.max_idle = max_idle
        self.clock = clock
        self.idle_since: float | None = None
        self._loop = None

    @classmethod
    def from_crawler(cls, crawler) -> Worker:
        settings = crawler.settings
        if not enabled(settings):
            raise NotConfigured
        import redis

        spider = crawler.spider
        client = redis.Redis.from_url(settings.get("REDIS_URL"))
        prefix = frontier_prefix(settings, spider.name, spider.run_label)
        worker = cls(crawler, Frontier(client, prefix, default_worker_id()),
                     max_idle=settings.getfloat("MAX_IDLE_TIME_BEFORE_CLOSE", MAX_IDLE_TIME))
        crawler.signals.connect(worker.on_opened, signal=signals.spider_opened)
        crawler.signals.connect(worker.on_idle, signal=signals.spider_idle)
        crawler.signals.connect(worker.on_closed, signal=signals.spider_closed)
        return worker

    def seeds(self) -> bool:
        seeding = self.frontier.seed()
        self.crawler.stats.set_value("distributed/seeded", seeding)
        if not seeding:
            logger.info("another worker seeded crawl %s: taking requests from the shared queue",
                        self.frontier.prefix)
        return seeding

    # -- signals ------------------------------------------------------------

    def on_opened(self, spider) -> None:
        from twisted.internet import task

        self._loop = task.LoopingCall(self.beat)
        self._loop.start(HEARTBEAT, now=False)

    def beat(self) -> None:
        """Mark this worker busy while it has work; wake its engine when the shared queue has some.

        Scrapy looks at the scheduler again only every 5 s when a spider is idle; a request
        another worker queued meanwhile would wait that long.
        """
        engine = self.crawler.engine
        if engine is None or getattr(engine, "_slot", None) is None:
            return
        idle = engine.spider_is_idle()
        self.frontier.heartbeat(busy=not idle)
        if idle or self.frontier.queued():
            nextcall = getattr(engine._slot, "nextcall", None)
            if nextcall is not None:
                nextcall.schedule()

    def on_idle(self, spider) -> None:
        """Stay open while the shared queue has requests or another worker is busy (it may
        queue more); close after `max_idle` seconds of neither.

        scrapy-redis closes a spider the moment the shared queue is momentarily empty
        (rmax/scrapy-redis#7, #45); its MAX_IDLE_TIME_BEFORE_CLOSE (rmax/scrapy-redis#193)
        lives in RedisSpider, whose idle handler breaks on Scrapy 2.13+ (rmax/scrapy-redis#285).
        """
        others_busy = self.frontier.heartbeat(busy=False)
        if others_busy or self.frontier.queued():
            self.idle_since = None
            raise DontCloseSpider
        now = self.clock()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.max_idle:
            raise DontCloseSpider
        logger.info("shared queue empty and no worker busy for %.0f s: closing", now - self.idle_since)

    def on_closed(self, spider, reason) -> None:
        if self._loop is not None and self._loop.running:
            self._loop.stop()
        if self.frontier.leave():
            logger.info("last worker out: reset the frontier of %s", self.frontier.prefix)
            self.crawler.stats.set_value("distributed/frontier_reset", True)


class SharedSeeds:
    """Spider middleware: only the worker that seeds the shared queue yields the start requests."""

    def __init__(self, worker: Worker) -> None:
        self.worker = worker

    @classmethod
    def from_crawler(cls, crawler) -> SharedSeeds:
        worker = find_extension(crawler, Worker)
        if worker is None:
            raise NotConfigured
        return cls(worker)

    async def process_start(self, start):
        if not self.worker.seeds():
            return  # another worker of this crawl seeded the shared queue
        async for request in start:
            yield request
