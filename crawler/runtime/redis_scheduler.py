"""scrapy-redis's shared scheduler, queue and duplicate filter, as a crawl of many workers uses them.

Loaded only by runs with `CRAWL_BACKEND=redis` (`crawler.runtime.distributed.RedisBackend`
names them in `SCHEDULER` and `DUPEFILTER_CLASS`): scrapy-redis costs ~0.1 s of every start-up.
"""

from __future__ import annotations

from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from crawler.parsing.urls import identity_spelling
from crawler.runtime.serialization import SpiderMethods


class CanonicalDupeFilter(RFPDupeFilter):
    """scrapy-redis's shared duplicate filter, with the crawl's own idea of one URL.

    scrapy-redis hashes w3lib's canonical URL and ignores REQUEST_FINGERPRINTER_CLASS.  Here a
    request is hashed by Scrapy's fingerprinter on the project's canonical spelling of its URL
    (tracking parameters dropped, escapes normalized, no trailing slash, the site's URL rules:
    host aliases, path and identity rewrites), so the `slug`, `slug/` and `?utm_source=` forms that listings
    and feeds link are one request for all workers, as they are for one worker's own article keys.
    """

    fingerprinter = None  # Scrapy's request fingerprinter, set by from_spider
    url_rules = None  # the crawled site's URL rules (its hosts, aliases, path rewrites), set by from_spider

    @classmethod
    def from_spider(cls, spider):
        dupefilter = super().from_spider(spider)
        dupefilter.fingerprinter = spider.crawler.request_fingerprinter
        profile = getattr(spider, "profile", None)
        dupefilter.url_rules = profile.url_rules if profile is not None else None
        return dupefilter

    def request_fingerprint(self, request) -> str:
        canonical = request.replace(url=identity_spelling(request.url, self.url_rules))
        if self.fingerprinter is None:
            return super().request_fingerprint(canonical)
        return self.fingerprinter.fingerprint(canonical).hex()


class SharedScheduler(Scheduler):
    """scrapy-redis's scheduler; every first request goes through the shared duplicate filter.

    A request with `dont_filter=True` skips scrapy-redis's filter, so every worker that yields
    it fetches it again: its seeds and Scrapy's start requests carry that flag
    (scrapy/scrapy#3276; rmax/scrapy-redis#120), and so may a spider's requests that it
    deduplicates itself (one process's seen-sets do not see the other workers').  Here only
    a retry or a redirect hop of a request keeps the flag.
    """

    def enqueue_request(self, request):
        if request.dont_filter and not ("retry_times" in request.meta or "redirect_times" in request.meta):
            request = request.replace(dont_filter=False)
        return super().enqueue_request(request)


class SharedPriorityQueue(PriorityQueue):
    """scrapy-redis's priority queue, callbacks named from a table made when the queue opens
    (`crawler.runtime.serialization`): every request of a shared crawl goes through it."""

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer)
        self.methods = SpiderMethods(spider)

    def _encode_request(self, request):
        return self.serializer.dumps(self.methods.request_dict(request))
