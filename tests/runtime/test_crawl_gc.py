"""During a crawl the start-up's objects are frozen and the youngest generation is collected less often;
after it the collector is as it was."""

import gc

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions.collector import CrawlGarbageCollection


@pytest.fixture
def collector_state():
    threshold = gc.get_threshold()
    yield threshold
    gc.unfreeze()
    gc.set_threshold(*threshold)


def test_a_crawl_freezes_what_start_up_loaded_and_collects_young_objects_less_often(collector_state):
    crawler = get_crawler(settings_dict={"GC_YOUNG_THRESHOLD": 12_345, "MEMUSAGE_ENABLED": False})
    extension = CrawlGarbageCollection.from_crawler(crawler)  # kept: Scrapy's signals hold receivers weakly
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_threshold() == (12_345, *collector_state[1:])
    assert gc.get_freeze_count() > 0
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert gc.get_threshold() == collector_state
    assert gc.get_freeze_count() == 0
    del extension


def test_zero_leaves_the_collector_alone(collector_state):
    with pytest.raises(NotConfigured):
        CrawlGarbageCollection.from_crawler(get_crawler(settings_dict={"GC_YOUNG_THRESHOLD": 0}))
    assert gc.get_threshold() == collector_state
