"""Atom feeds of the newest articles, updated at the end of each run: `OUTPUT_DIR/feeds/<spider>.xml`
and `OUTPUT_DIR/feeds/all.xml` (across sites and editions); see `crawler.datasets.feed`.

The run's exported articles (new and updated versions) are merged into the feeds' previous entries,
which a run that exported nothing leaves as they were. `FEED_ENTRIES` (default 100) bounds each feed;
`FEED_ENABLED` (default true) turns the feeds off. A run that did not get its lock writes nothing.
Stats: `feed/entries_new` (articles of this run offered to the feeds), `feed/updated` (feed files rewritten).
"""

from __future__ import annotations

import logging

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.datasets.feed import ALL_SITES, DEFAULT_ENTRIES, entry_of, update_feed
from crawler.datasets.newest import Newest
from crawler.items import as_dict
from crawler.runtime.paths import inside, output_dir, safe_name
from crawler.times import utc_now

logger = logging.getLogger(__name__)


class AtomFeeds:
    def __init__(self, crawler, limit: int):
        self.crawler = crawler
        self.limit = limit
        self.newest = Newest(limit)  # no feed keeps more than `limit` entries: older ones cannot get in

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("FEED_ENABLED", True):
            raise NotConfigured("FEED_ENABLED is off")
        extension = cls(crawler, crawler.settings.getint("FEED_ENTRIES", DEFAULT_ENTRIES))
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def item_scraped(self, item, response, spider):
        self.newest.add(as_dict(item))

    def spider_closed(self, spider, reason):
        if reason == "lock_held":
            return
        entries = [entry_of(article, spider.name) for article in self.newest.articles()]
        self.crawler.stats.set_value("feed/entries_new", len(entries))
        feeds = inside(output_dir(self.crawler.settings), "feeds")
        now = utc_now().isoformat(timespec="seconds").replace("+00:00", "Z")
        for name in (safe_name(spider.name, "spider name"), ALL_SITES):
            path = feeds / f"{name}.xml"
            try:
                updated = update_feed(path, name, entries, self.limit, now)
            except OSError as error:  # a full disk: the feed keeps its last version (written atomically)
                logger.error("feed not updated: %s (%s)", path, error.strerror or error)
                continue
            if updated:
                self.crawler.stats.inc_value("feed/updated")
                logger.info("feed updated: %s", path)
