"""The `mina` spider: minanews.net and its English and Arabic editions.

    scrapy crawl mina                                # the real minanews.net (Indonesian)
    scrapy crawl mina -a edition=en                  # en.minanews.net (also: ar, all, or id,en)
    scrapy crawl mina -a base_url=http://127.0.0.1:8000/id        # a local sandbox edition
    scrapy crawl mina -a edition=all -a base_url='http://127.0.0.1:8000/{edition}'
"""

from crawler.sites.mina import DISCOVERY, MINA
from crawler.spiders.base import NewsSpider


class MinaSpider(NewsSpider):
    name = "mina"
    profile = MINA
    discovery = DISCOVERY
