"""Monitor suites named in `crawler/settings.py` (`SPIDERMON_SPIDER_CLOSE_MONITORS`, `SPIDERMON_PERIODIC_MONITORS`)."""

from spidermon.core.suites import MonitorSuite

from crawler.monitors.actions import CloseStalledCrawl, CountFailedMonitors, PostAlert
from crawler.monitors.monitors import (ArticlesFoundMonitor, ErrorCountMonitor, FieldCoverageMonitor,
                                       FinishReasonMonitor, HttpErrorRateMonitor, InvalidArticlesMonitor,
                                       StallMonitor, WebhookDeliveryMonitor)


class CloseSuite(MonitorSuite):
    """Run health, judged when the spider closes."""

    monitors = [FinishReasonMonitor, ArticlesFoundMonitor, ErrorCountMonitor, HttpErrorRateMonitor,
                FieldCoverageMonitor, InvalidArticlesMonitor, WebhookDeliveryMonitor]
    monitors_failed_actions = [CountFailedMonitors, PostAlert]


class StallSuite(MonitorSuite):
    """Progress, checked while the crawl runs."""

    monitors = [StallMonitor]
    monitors_failed_actions = [CloseStalledCrawl]
