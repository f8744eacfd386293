"""Drop an article already exported in this run (same `id`, i.e. same canonical URL)."""

from __future__ import annotations

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem


class DedupPipeline:
    def __init__(self, stats):
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        article_id = ItemAdapter(item)["id"]
        if article_id in self.seen:
            self.stats.inc_value("dedup/dropped/same_run")
            raise DropItem(f"duplicate article {article_id} in this run")
        self.seen.add(article_id)
        return item
