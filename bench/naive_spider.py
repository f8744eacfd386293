"""The peer for bench_crawl.py: a naive spider with Scrapy's defaults.

It is given the article URLs up front (no discovery), fetches each and yields
title + body text, the way a quick one-file scraper would.
Run outside the project (no scrapy.cfg) so that Scrapy's defaults apply:
    scrapy runspider naive_spider.py -a urls=URLS_FILE -o items.jsonl
"""

import scrapy


class NaiveSpider(scrapy.Spider):
    name = "naive"

    def __init__(self, urls: str, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.urls_file = urls

    async def start(self):
        with open(self.urls_file, encoding="utf-8") as lines:
            for line in lines:
                yield scrapy.Request(line.strip())

    def parse(self, response):
        yield {
            "url": response.url,
            "title": response.css("h1::text").get(),
            "body": "\n\n".join(response.css("article p::text, .entry-content p::text, p::text").getall()),
        }
