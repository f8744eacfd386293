"""Records below LOG_LEVEL are not built during a run; DEBUG logs as before; the loggers get their
levels back when the engine stops."""

import logging

import pytest
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.extensions.log_level import LOGGERS, LogLevel


@pytest.fixture
def saved_levels():
    levels = {name: logging.getLogger(name).level for name in LOGGERS}
    yield levels
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)


def test_at_info_a_debug_call_builds_no_record_until_the_engine_stops(saved_levels):
    logging.getLogger("scrapy").setLevel(logging.DEBUG)  # as Scrapy's own logging setup leaves it
    crawler = get_crawler(settings_dict={"LOG_LEVEL": "INFO", "MEMUSAGE_ENABLED": False})
    extension = LogLevel.from_crawler(crawler)  # kept: Scrapy's signals hold their receivers weakly
    for name in ("scrapy.core.scraper", "scrapy.core.engine", "crawler.runtime.parser_pool", "pipelines.dedup"):
        assert not logging.getLogger(name).isEnabledFor(logging.DEBUG)
        assert logging.getLogger(name).isEnabledFor(logging.INFO)
    crawler.signals.send_catch_log(signals.engine_stopped)
    del extension
    assert logging.getLogger("scrapy.core.scraper").isEnabledFor(logging.DEBUG)
    assert {name: logging.getLogger(name).level for name in LOGGERS} == {**saved_levels, "scrapy": logging.DEBUG}


@pytest.mark.parametrize("settings", [{"LOG_LEVEL": "DEBUG"}, {"LOG_LEVEL": "INFO", "LOG_ENABLED": False}])
def test_debug_runs_and_runs_without_logs_keep_the_levels(settings, saved_levels):
    with pytest.raises(NotConfigured):
        LogLevel.from_crawler(get_crawler(settings_dict=settings))
    assert {name: logging.getLogger(name).level for name in LOGGERS} == saved_levels
