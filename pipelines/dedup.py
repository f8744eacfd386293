"""Decide whether an article goes out: new, a new version, a near-copy, or already exported, and add
the export bookkeeping the parser does not know (`crawler.schema.EXPORT_FIELDS`): `version`,
`duplicate_of`, `discovered_at` (the first sighting: this fetch, or the article's first version's).

The decision is a read of the state store (see `crawler.state`); the export itself is
claimed by the JSON lines writer right before it writes the line, so a claim and its
line are never apart.

Settings: `ARTICLE_VERSIONS` (default true: a changed `modified_at` or `content_hash` is
exported again as `version` + 1), `NEAR_DUPLICATE_DISTANCE` (default 3: SimHash bits within
which a body counts as a near-copy of a known article; 0 turns the check off).
"""

from __future__ import annotations

from datetime import datetime

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem



class DedupPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.stats = crawler.stats
        self.versions = crawler.settings.getbool("ARTICLE_VERSIONS", True)
        self.max_distance = crawler.settings.getint("NEAR_DUPLICATE_DISTANCE", 3)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        store = self.crawler.run_state.store  # opened by crawler.extensions.runstate
        article = ItemAdapter(item)
        decision = store.decide(article["id"], article["content_hash"], article["modified_at"],
                                versions=self.versions)
        if decision.action == "unchanged":
            store.touch(article["id"], article["fetched_at"])
            self.stats.inc_value("dedup/unchanged")
            raise DropItem(f"already exported: {article['canonical_url']}", log_level="DEBUG")
        self.stats.inc_value(f"dedup/{decision.action}")
        original = None
        if self.max_distance and decision.action == "new" and article["body"]:
            original = store.find_near_duplicate(int(article["simhash"], 16), self.max_distance,
                                                 exclude_id=article["id"])
            if original:
                self.stats.inc_value("dedup/near_duplicates")
        # In schema order (they close it).
        article["version"] = decision.version
        article["duplicate_of"] = original
        article["discovered_at"] = (datetime.fromisoformat(decision.previous.first_seen).isoformat()
                                    if decision.previous is not None else article["fetched_at"])
        return item
