"""The monitor suites extension: spidermon's suites run at close and periodically with spidermon's data;
runs asking for spidermon's other features get spidermon's own extension; none when spidermon is off."""

from __future__ import annotations

import pytest
from scrapy import Spider
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler
from spidermon import Monitor
from spidermon.core.suites import MonitorSuite

from crawler.monitors.extension import MonitorSuites

# The project's settings silence spidermon's use of the deprecated Spider.log(); these crawlers do not load them.
pytestmark = pytest.mark.filterwarnings(r"ignore:Spider\.log\(\) is deprecated")
SEEN: list[dict] = []


class RecordingMonitor(Monitor):
    __test__ = False  # run by the suites under test, not collected by pytest

    def test_records_the_data(self):
        SEEN.append({"stats": dict(self.data.stats), "spider": self.data.spider, "crawler": self.data.crawler})


class RecordingSuite(MonitorSuite):
    monitors = [RecordingMonitor]


class FailingAndBrokenMonitor(Monitor):
    __test__ = False
    longMessage = False  # the message alone, as the project's monitors give it

    def test_finds_too_few_articles(self):
        self.assertGreaterEqual(0, 1, msg="0 articles found, at least 1 expected")

    def test_has_a_bug(self):
        raise KeyError("no_such_stat")


class FailingAndBrokenSuite(MonitorSuite):
    monitors = [FailingAndBrokenMonitor]


def crawler_with(**settings):
    crawler = get_crawler(Spider, {"SPIDERMON_ENABLED": True, **settings})
    crawler.spider = Spider("mina")
    return crawler


def test_close_suites_run_with_the_stats_spider_and_crawler():
    SEEN.clear()
    crawler = crawler_with(SPIDERMON_SPIDER_CLOSE_MONITORS=[f"{__name__}.RecordingSuite"])
    extension = MonitorSuites.from_crawler(crawler)
    crawler.stats.set_value("finish_reason", "finished")
    extension.spider_opened(crawler.spider)
    assert SEEN == []
    extension.spider_closed(crawler.spider)
    assert len(SEEN) == 1
    assert SEEN[0]["stats"]["finish_reason"] == "finished"
    assert SEEN[0]["spider"] is crawler.spider and SEEN[0]["crawler"] is crawler


def test_a_failed_monitor_is_one_line_with_its_reason_and_a_broken_one_keeps_its_traceback(caplog):
    crawler = crawler_with(SPIDERMON_SPIDER_CLOSE_MONITORS=[f"{__name__}.FailingAndBrokenSuite"])
    extension = MonitorSuites.from_crawler(crawler)
    with caplog.at_level("INFO"):
        extension.spider_closed(crawler.spider)
    messages = [record.getMessage() for record in caplog.records]
    [failed] = [m for m in messages if "test_finds_too_few_articles" in m]
    assert failed.endswith("... FAIL (0 articles found, at least 1 expected)")
    # The finding is not repeated as an ERROR block with the assertion's traceback ...
    assert not any("AssertionError" in m for m in messages)
    # ... while a monitor that raised is a bug to fix: its traceback is logged.
    [broken] = [r for r in caplog.records if r.levelname == "ERROR"]
    assert "test_has_a_bug" in broken.getMessage() and "Traceback" in broken.getMessage()
    assert "KeyError: 'no_such_stat'" in broken.getMessage()


def test_periodic_suites_are_scheduled_at_open_and_stopped_at_close():
    crawler = crawler_with(SPIDERMON_PERIODIC_MONITORS={f"{__name__}.RecordingSuite": 60})
    extension = MonitorSuites.from_crawler(crawler)
    extension.spider_opened(crawler.spider)
    assert [task.running for task in extension.periodic_tasks] == [True]
    extension.spider_closed(crawler.spider)
    assert [task.running for task in extension.periodic_tasks] == [False]


def test_a_suite_that_is_not_a_monitor_suite_is_refused():
    crawler = crawler_with(SPIDERMON_SPIDER_CLOSE_MONITORS=[f"{__name__}.RecordingMonitor"])
    extension = MonitorSuites.from_crawler(crawler)
    with pytest.raises(TypeError, match="not a spidermon MonitorSuite"):
        extension.spider_closed(crawler.spider)


def test_spidermon_off_means_no_extension():
    with pytest.raises(NotConfigured):
        MonitorSuites.from_crawler(crawler_with(SPIDERMON_ENABLED=False))


def test_spidermon_features_beyond_suites_get_spidermons_own_extension():
    from spidermon.contrib.scrapy.extensions import Spidermon

    extension = MonitorSuites.from_crawler(crawler_with(SPIDERMON_ADD_FIELD_COVERAGE=True))
    assert isinstance(extension, Spidermon)
