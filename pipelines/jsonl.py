"""Write articles as JSON lines: one file per run, one line per article, flushed per line.

Each line goes to the OS in a single unbuffered write, so a crash (even `kill -9`)
leaves every line already written whole; nothing sits in a userspace buffer.
"""

from __future__ import annotations

import logging

import orjson
from itemadapter import ItemAdapter

from crawler.paths import inside, output_dir, run_stamp, safe_name

logger = logging.getLogger(__name__)


class JsonLinesWriterPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.path = None
        self.file = None
        self.count = 0

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        spider = self.crawler.spider
        run_label = safe_name(getattr(spider, "run_label", spider.name), "run label")
        folder = inside(output_dir(self.crawler.settings), safe_name(spider.name, "spider name"))
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{run_label}_{run_stamp()}.jsonl"
        self.file = open(self.path, "ab", buffering=0)
        spider.output_path = self.path
        self.crawler.stats.set_value("jsonl/path", str(self.path))

    def process_item(self, item):
        self.file.write(orjson.dumps(ItemAdapter(item).asdict()) + b"\n")
        self.count += 1
        self.crawler.stats.inc_value("jsonl/items_written")
        return item

    def close_spider(self):
        if self.file is None:
            return
        self.file.close()
        if self.count == 0:
            self.path.unlink(missing_ok=True)  # an idle run leaves no empty file behind
            self.crawler.stats.set_value("jsonl/path", None)
        else:
            logger.info("wrote %d articles to %s", self.count, self.path)
