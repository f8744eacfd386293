"""CRAWL_BACKEND=redis settings, the shared duplicate filter and scheduler, worker slots (fakeredis)."""

from __future__ import annotations

import fakeredis
import pytest
import scrapy
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.runtime import distributed
from crawler.runtime.distributed import configure, host_label, slot_labels
from crawler.runtime.redis_scheduler import CanonicalDupeFilter, SharedScheduler
from crawler.runtime.runstate import RunState


def test_backend_setting():
    assert not distributed.enabled(Settings())
    assert distributed.enabled(Settings({"CRAWL_BACKEND": "redis"}))
    with pytest.raises(ValueError, match="local or redis"):
        distributed.enabled(Settings({"CRAWL_BACKEND": "kafka"}))


def test_configure_points_scheduler_filter_and_state_at_redis():
    settings = Settings({"REDIS_URL": "redis://127.0.0.1:6390/2",
                         "STATS_CLASS": "scrapy_redis.stats.RedisStatsCollector"})
    prefix = configure(settings, "mina", "mina_id_en")
    assert prefix == "mina:crawl:mina_id_en:"
    assert settings["SCHEDULER"] == "crawler.runtime.redis_scheduler.SharedScheduler"
    assert settings["DUPEFILTER_CLASS"] == "crawler.runtime.redis_scheduler.CanonicalDupeFilter"
    assert settings["SCHEDULER_QUEUE_KEY"] == "mina:crawl:mina_id_en:requests"
    assert settings["SCHEDULER_DUPEFILTER_KEY"] == "mina:crawl:mina_id_en:dupefilter"
    assert settings.getbool("SCHEDULER_PERSIST")  # one worker closing must not flush the others' queue
    assert settings["STATE_URL"] == "redis://127.0.0.1:6390/2"
    assert settings["STATS_CLASS"] == "crawler.runtime.stats.StatsCollector"


def test_configure_keeps_an_explicit_state_url_and_needs_redis_url():
    settings = Settings({"REDIS_URL": "redis://a:1/0", "STATE_URL": "redis://b:2/0", "REDIS_PREFIX": "x:"})
    assert configure(settings, "mina", "mina_id") == "x:crawl:mina_id:"
    assert settings["STATE_URL"] == "redis://b:2/0"
    with pytest.raises(ValueError, match="REDIS_URL"):
        configure(Settings(), "mina", "mina_id")


def test_the_default_prefix_is_the_site():
    settings = Settings({"REDIS_URL": "redis://a:1/0"})
    assert configure(settings, "antara", "antara_id") == "antara:crawl:antara_id:"


def dupefilter() -> CanonicalDupeFilter:
    spider = scrapy.Spider(name="mina")
    spider.crawler = get_crawler(settings_dict={})
    filter_ = CanonicalDupeFilter(fakeredis.FakeRedis(), "t:dupefilter")
    filter_.fingerprinter = spider.crawler.request_fingerprinter
    return filter_


def test_url_variants_of_one_page_are_one_request():
    seen = dupefilter()
    base = "http://127.0.0.1:8000/id/warga-gaza-berbuka"
    assert not seen.request_seen(scrapy.Request(base))
    for variant in (base + "/", base + "?utm_source=rss&utm_medium=rss", base + "#respond",
                    "http://127.0.0.1:8000/id/warga%2Dgaza%2Dberbuka"):
        assert seen.request_seen(scrapy.Request(variant)), variant
    assert not seen.request_seen(scrapy.Request(base + "/2"))  # page 2 is another page
    assert not seen.request_seen(scrapy.Request(base + "?p=2"))


def scheduler() -> SharedScheduler:
    client = fakeredis.FakeRedis()
    shared = SharedScheduler(server=client, persist=True, queue_key="t:requests",
                             dupefilter=CanonicalDupeFilter(client, "t:dupefilter"))
    shared.open(scrapy.Spider(name="mina"))
    return shared


def test_start_and_self_deduplicated_requests_go_through_the_shared_filter():
    shared = scheduler()
    url = "http://127.0.0.1:8000/id/feed"
    assert shared.enqueue_request(scrapy.Request(url, dont_filter=True, meta={"is_start_request": True}))
    # The same seed from a second worker, or an article another worker already queued:
    assert not shared.enqueue_request(scrapy.Request(url, dont_filter=True, meta={"is_start_request": True}))
    assert not shared.enqueue_request(scrapy.Request(url, dont_filter=True))
    assert len(shared) == 1


def test_retries_and_redirect_hops_keep_dont_filter():
    shared = scheduler()
    url = "http://127.0.0.1:8000/id/feed"
    assert shared.enqueue_request(scrapy.Request(url))
    assert shared.enqueue_request(scrapy.Request(url, dont_filter=True, meta={"retry_times": 1}))
    assert shared.enqueue_request(scrapy.Request(url, dont_filter=True, meta={"redirect_times": 1}))
    assert len(shared) == 3


def test_host_label_is_a_safe_file_name_part():
    assert host_label("crawler-01.example.org") == "crawler-01.example.org"
    assert host_label("a b/c") == "a-b-c"
    assert host_label("x" * 100) == "x" * 24
    assert host_label("...") == "host"


def test_workers_on_one_machine_take_separate_slots(tmp_path):
    settings = Settings({"OUTPUT_DIR": str(tmp_path)})
    opened = [RunState.open_first_free(settings, "mina", slot_labels("mina_id")) for _ in range(2)]
    assert [run_state.label for run_state in opened] == [f"mina_id_{host_label()}.w{slot}" for slot in (1, 2)]
    for run_state in opened:
        run_state.close()
    again = RunState.open_first_free(settings, "mina", slot_labels("mina_id"))
    assert again.label.endswith(".w1")  # a finished worker's slot is free again
    again.close()
