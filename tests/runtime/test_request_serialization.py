"""Requests stored as Scrapy stores them, callbacks named from a table made once (crawler/runtime/serialization.py)."""

from __future__ import annotations

import fakeredis
import pytest
from scrapy import Request, Spider
from scrapy.squeues import PickleFifoDiskQueue as ScrapyDiskQueue
from scrapy.utils.request import request_from_dict
from scrapy.utils.test import get_crawler

from crawler.runtime.frontier import PickleFifoDiskQueue
from crawler.runtime.redis_scheduler import SharedPriorityQueue
from crawler.runtime.serialization import SpiderMethods


class Archive(Spider):
    name = "archive"

    def parse_article(self, response):
        pass

    def on_error(self, failure):
        pass


@pytest.fixture
def crawler():
    crawler = get_crawler(Archive)
    crawler.spider = Archive()
    return crawler


def article_request(spider: Archive) -> Request:
    return Request("http://127.0.0.1:8000/id/berita-satu", callback=spider.parse_article, errback=spider.on_error,
                   priority=3, meta={"edition": "id"}, cb_kwargs={"page": 2}, dont_filter=True)


def test_a_request_becomes_the_dict_scrapy_makes_and_comes_back_whole(crawler):
    spider = crawler.spider
    request = article_request(spider)
    stored = SpiderMethods(spider).request_dict(request)
    assert stored == request.to_dict(spider=spider)
    assert stored["callback"] == "parse_article" and stored["errback"] == "on_error"
    back = request_from_dict(stored, spider=spider)
    assert back.callback == spider.parse_article and back.cb_kwargs == {"page": 2} and back.dont_filter
    # The request itself keeps its methods.
    assert request.callback == spider.parse_article
    assert SpiderMethods(spider).request_dict(Request("http://127.0.0.1:8000/"))["callback"] is None


def test_a_callback_that_is_no_method_of_the_spider_cannot_be_stored(crawler):
    with pytest.raises(ValueError, match="not an instance method"):
        SpiderMethods(crawler.spider).request_dict(Request("http://127.0.0.1:8000/", callback=print))
    # As in Scrapy, a method is named by its function, whichever instance it is bound to.
    other = Archive(name="other")
    stored = SpiderMethods(crawler.spider).request_dict(Request("http://127.0.0.1:8000/", callback=other.parse_article))
    assert stored["callback"] == "parse_article"


def test_the_disk_queue_stores_what_scrapy_s_own_stores(crawler, tmp_path):
    spider = crawler.spider
    ours, scrapys = PickleFifoDiskQueue(crawler, str(tmp_path / "ours")), ScrapyDiskQueue(crawler, str(tmp_path / "s"))
    for queue in (ours, scrapys):
        queue.push(article_request(spider))
        queue.push(Request("http://127.0.0.1:8000/id/"))
    assert ours.pop().to_dict(spider=spider) == scrapys.pop().to_dict(spider=spider)
    assert ours.pop().callback is None
    # The scheduler keeps an unstorable request in memory: the queue must refuse it, not store it half.
    with pytest.raises(ValueError):
        ours.push(Request("http://127.0.0.1:8000/id/berita-dua", callback=print))
    assert len(ours) == 0
    ours.close()
    scrapys.close()


def test_the_shared_queue_in_redis_gives_requests_back_by_priority_with_their_callbacks(crawler):
    spider = crawler.spider
    queue = SharedPriorityQueue(fakeredis.FakeRedis(), spider, "t:crawl:archive:requests")
    queue.push(Request("http://127.0.0.1:8000/id/", priority=0))
    queue.push(article_request(spider))
    first = queue.pop()
    assert first.to_dict(spider=spider) == article_request(spider).to_dict(spider=spider)
    assert first.callback == spider.parse_article and first.errback == spider.on_error
    assert queue.pop().url == "http://127.0.0.1:8000/id/" and len(queue) == 0
