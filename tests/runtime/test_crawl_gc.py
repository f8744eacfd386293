"""During a crawl what start-up loaded is frozen; after it the collector is as it was."""

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


def test_a_crawl_freezes_what_start_up_loaded_and_thaws_it_at_the_end(collector_state):
    crawler = get_crawler(settings_dict={"GC_FREEZE": True, "MEMUSAGE_ENABLED": False})
    extension = CrawlGarbageCollection.from_crawler(crawler)  # kept: Scrapy's signals hold receivers weakly
    crawler.signals.send_catch_log(signals.engine_started)
    assert gc.get_freeze_count() > 0
    assert gc.get_threshold() == collector_state  # what the crawl allocates is collected as before
    crawler.signals.send_catch_log(signals.engine_stopped)
    assert gc.get_freeze_count() == 0
    del extension


def test_gc_freeze_off_leaves_the_collector_alone(collector_state):
    with pytest.raises(NotConfigured):
        CrawlGarbageCollection.from_crawler(get_crawler(settings_dict={"GC_FREEZE": False}))
    assert gc.get_freeze_count() == 0
