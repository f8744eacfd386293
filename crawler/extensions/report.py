"""The run report: a summary in the log and `OUTPUT_DIR/reports/<run_label>_<stamp>.html` at close.

The stamp is the run file's (`mina_id_20261126T101500Z.jsonl` → `mina_id_20261126T101500Z.html`),
or the start time when the run wrote nothing. A run that did not get its lock writes no report.
Runs after the monitors (see `EXTENSIONS`), so the report shows their verdict. `RUN_REPORT_ENABLED`
(default true) turns it off. Stat: `report/path`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.extensions import find_extension
from crawler.extensions.articles import ArticleStats
from crawler.runtime.paths import inside, output_dir, run_stamp, safe_name
from crawler.report import render_html, summarize

logger = logging.getLogger(__name__)


class RunReport:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RUN_REPORT_ENABLED", True):
            raise NotConfigured("RUN_REPORT_ENABLED is off")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_closed(self, spider, reason):
        if reason == "lock_held":
            return
        stats = self.crawler.stats.get_stats()
        run_label = getattr(spider, "run_label", spider.name)
        figures = find_extension(self.crawler, ArticleStats)
        summary = summarize(stats, run_label, getattr(spider, "mode", "full"),
                            per_day=figures.per_day if figures else None,
                            per_hour=figures.per_hour if figures else None,
                            coverage=figures.coverage() if figures else None)
        logger.info("%s", summary.text())
        path = self.report_path(stats, run_label)
        path.parent.mkdir(parents=True, exist_ok=True)
        generated = datetime.now(timezone.utc).isoformat(timespec="seconds")
        path.write_text(render_html(summary, generated), encoding="utf-8")
        self.crawler.stats.set_value("report/path", str(path))
        logger.info("run report: %s", path)

    def report_path(self, stats: dict, run_label: str) -> Path:
        run_file = stats.get("jsonl/path")
        name = Path(run_file).stem if run_file else f"{run_label}_{run_stamp(stats.get('start_time'))}"
        return inside(output_dir(self.crawler.settings), "reports", f"{safe_name(name, 'report name')}.html")
