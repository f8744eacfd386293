"""spidermon's runner, its log made for scheduled crawls: a failed monitor is one line with its reason.

spidermon logs a failed monitor twice: a `... FAIL` line, then, after the suite, an ERROR block with the
assertion's traceback into the monitor's code. A failure is a finding about the run (`0 articles found ...`),
not a bug: its reason goes on the `... FAIL (reason)` line, as a skipped monitor's does, and the block is left
out. A monitor that raised (an ERROR: a bug in the monitor) keeps spidermon's block with its traceback.
"""

from __future__ import annotations

from spidermon import settings
from spidermon.contrib.scrapy.runners import SpiderMonitorResult, SpiderMonitorRunner

FAILURE = settings.MONITOR.STATUS.FAILURE


class _Result(SpiderMonitorResult):
    def write_item_result(self, item, extra=None):
        result = self.step[item]
        if extra is None and result.status == FAILURE:
            extra = result.reason
        super().write_item_result(item, extra)

    def write_errors(self):
        for status in self.step.error_statuses:
            if status == FAILURE:
                continue
            for item in self.step.items_for_status(status):
                self.log_error(f"{item.status}: {item.item.name}\n{item.error}")


class Runner(SpiderMonitorRunner):
    def create_result(self):
        return _Result(self.spider)
