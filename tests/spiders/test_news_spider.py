import asyncio
from datetime import datetime, timedelta, timezone

import pytest
from scrapy.crawler import Crawler
from scrapy.settings import Settings

from crawler.spiders.base import PRIORITY_ARTICLE, article_priority, is_loopback
from crawler.spiders.mina import MinaSpider


@pytest.fixture(autouse=True)
def output_dir(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the spider opens its state under OUTPUT_DIR (default: ./output)


def make_spider(**kwargs) -> MinaSpider:
    # Settings stay mutable until the crawl starts, as in `scrapy crawl`.
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    return MinaSpider.from_crawler(Crawler(MinaSpider, settings), **kwargs)


def test_default_targets_the_real_site():
    spider = make_spider()
    assert spider.roots == {"id": "https://minanews.net"}
    assert "minanews.net" in spider.allowed_domains
    assert spider.crawler.settings.getbool("AUTOTHROTTLE_ENABLED")


def test_every_edition_and_a_sandbox_base_url():
    spider = make_spider(edition="all", base_url="http://127.0.0.1:8000/{edition}")
    assert spider.roots == {code: f"http://127.0.0.1:8000/{code}" for code in ("id", "en", "ar")}
    assert spider.allowed_domains == ["127.0.0.1"]
    assert not spider.crawler.settings.getbool("AUTOTHROTTLE_ENABLED")


@pytest.mark.parametrize("typed, editions, label", [
    ("id, en", ("id", "en"), "mina_id_en"),
    ("en,id,en", ("en", "id"), "mina_en_id"),
    ("id,id", ("id",), "mina_id"),  # one edition: a base_url without a placeholder will do
])
def test_an_edition_list_as_a_person_types_it(typed, editions, label):
    base_url = "http://127.0.0.1:8000/{edition}" if len(editions) > 1 else "http://127.0.0.1:8000/id"
    spider = make_spider(edition=typed, base_url=base_url)
    assert tuple(spider.roots) == editions and spider.run_label == label


@pytest.mark.parametrize("kwargs, message", [
    ({"edition": "fr"}, "unknown edition"),
    ({"edition": "../../x"}, "invalid edition"),
    ({"edition": "id,en", "base_url": "http://127.0.0.1:1"}, "placeholder"),
    ({"mode": "everything"}, "unknown mode"),
])
def test_bad_arguments_are_rejected_clearly(kwargs, message):
    with pytest.raises(ValueError, match=message):
        make_spider(**kwargs)


def test_article_urls_are_told_from_listings_and_other_editions():
    spider = make_spider(edition="id", base_url="http://127.0.0.1:8000/id")
    assert spider.looks_like_article("http://127.0.0.1:8000/id/kim-jong-un-akan-kunjungi-rusia")
    assert spider.looks_like_article("http://127.0.0.1:8000/id/2018/03/doha-ajukan-tuntutan.html")
    for url in ("http://127.0.0.1:8000/id/category/palestina", "http://127.0.0.1:8000/id/tag/gaza/",
                "http://127.0.0.1:8000/id/author/rana", "http://127.0.0.1:8000/id/feed",
                "http://127.0.0.1:8000/id/page/2/", "http://127.0.0.1:8000/id/",
                "http://127.0.0.1:8000/en/some-english-story/", "http://127.0.0.1:9999/id/other-port",
                "https://example.com/id/elsewhere",
                "http://127.0.0.1:8000/id/wp-content/uploads/2019/04/a.jpg"):
        assert not spider.looks_like_article(url), url


def test_one_key_per_article_whatever_the_url_form():
    spider = make_spider(edition="en", base_url="http://127.0.0.1:8000/en")
    key = spider.article_key("http://127.0.0.1:8000/en/gaza-story/")
    assert spider.article_key("http://127.0.0.1:8000/en/gaza-story") == key
    assert spider.article_key("http://127.0.0.1:8000/en/gaza-story/?utm_source=rss&utm_medium=rss") == key
    assert spider.article_key("http://127.0.0.1:8000/en/gaza-story/2") == key
    assert spider.article_key("http://127.0.0.1:8000/en/gaza-story-2/") != key


def test_newer_articles_get_higher_priority():
    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    ages = [timedelta(hours=1), timedelta(days=3), timedelta(days=20), timedelta(days=200), timedelta(days=3000)]
    priorities = [article_priority(now - age, now) for age in ages]
    assert priorities == sorted(priorities, reverse=True) and len(set(priorities)) == len(ages)
    assert article_priority(None, now) == PRIORITY_ARTICLE


def test_loopback_detection():
    assert is_loopback("http://127.0.0.1:8000/id") and is_loopback("http://localhost:1/")
    assert not is_loopback("https://minanews.net") and not is_loopback("http://10.0.0.1/")


def test_a_full_run_walks_a_listing_from_every_page_its_pagination_links():
    spider = make_spider(edition="id", base_url="http://127.0.0.1:8000/id")
    listing = "http://127.0.0.1:8000/id/category/dunia/"
    linked = {listing, f"{listing}page/2/", f"{listing}page/4/", f"{listing}page/5/", f"{listing}page/57/",
              "http://127.0.0.1:8000/id/category/asia/page/9/",  # another listing's page
              "http://127.0.0.1:8000/id/2025/05/12/some-article/"}
    assert spider.numbered_pages(f"{listing}page/3/", linked, 3) == [
        (2, f"{listing}page/2/"), (5, f"{listing}page/5/"), (57, f"{listing}page/57/")]  # page 4 is the next page
    # From the first page, every page up to the last one it links, asked for at once (page 2 is the next page).
    assert spider.numbered_pages(listing, linked, 1) == [(n, f"{listing}page/{n}/") for n in range(3, 58)]


def test_the_listing_pages_walked_at_once_stop_at_max_listing_pages():
    spider = make_spider(edition="id", base_url="http://127.0.0.1:8000/id", max_listing_pages="10")
    listing = "http://127.0.0.1:8000/id/category/dunia/"
    linked = {f"{listing}page/{n}/" for n in (2, 3, 4, 10, 11, 57)}
    assert [number for number, _ in spider.numbered_pages(listing, linked, 1)] == list(range(3, 11))
    assert [number for number, _ in spider.numbered_pages(f"{listing}page/3/", linked, 3)] == [2, 10]


class _Parsers:
    started = False

    def start_soon(self):
        self.started = True


def _first_start_request(spider):
    async def first():
        async for request in spider.start():
            return request
    return asyncio.run(first())


@pytest.mark.parametrize("mode, starts", [("full", True), ("backfill", True), ("monitor", False)])
def test_a_full_run_or_a_backfill_starts_its_parsing_workers_as_it_starts(mode, starts):
    # They load while robots.txt and the sitemaps download; a poll starts them only if it has many pages to parse.
    window = {"since": "2025-01-01"} if mode == "backfill" else {}
    spider = make_spider(edition="id", base_url="http://127.0.0.1:8000/id", mode=mode, **window)
    spider.crawler.run_state, spider.crawler.parsers = object(), _Parsers()
    assert _first_start_request(spider) is not None
    assert spider.crawler.parsers.started is starts
