"""The peer for bench_poll.py: an empty Scrapy spider with Scrapy's defaults.

It fetches the URLs it is given (one per line) and does nothing with them: the least a
Scrapy process can do to fetch those pages. Run outside the project (no scrapy.cfg) so that
Scrapy's defaults apply:
    scrapy runspider empty_spider.py -a urls=URLS_FILE
`-a freeze_at_close=1` freezes the objects left at close, as the project's `scrapy crawl` does
before it exits (a shorter interpreter shutdown): the bench's "lean" peer, with the project's
add-on that leaves switched-off components unloaded.
"""

import gc

import scrapy


class EmptySpider(scrapy.Spider):
    name = "empty"

    def __init__(self, urls: str, freeze_at_close: str = "", *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.urls_file = urls
        self.freeze_at_close = bool(freeze_at_close)

    async def start(self):
        with open(self.urls_file, encoding="utf-8") as lines:
            for line in lines:
                yield scrapy.Request(line.strip())

    def parse(self, response):
        pass

    def closed(self, reason):
        if self.freeze_at_close:
            gc.freeze()
