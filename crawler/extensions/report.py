"""The run report: a summary in the log, `OUTPUT_DIR/reports/<run_label>_<stamp>.html` at close, and
the index of the latest reports, `OUTPUT_DIR/reports/index.html`.

The stamp is the run file's (`mina_id_20261126T101500Z.jsonl` → `mina_id_20261126T101500Z.html`),
or the start time when the run wrote nothing. A run that did not get its lock writes no report.
Runs after the monitors (see `EXTENSIONS`), so the report shows their verdict, each monitor passed
or failed (failures as `crawler.monitors.actions` logs them). The page lists the run's new and updated
articles, newest first (`REPORT_ARTICLES`, default 500, then a count of the rest), and the latency of
the new articles published in the `REPORT_LATENCY_HOURS` (default 48) before their discovery.
`REPORTS_KEEP` (default 200) reports are kept, the oldest deleted. `RUN_REPORT_ENABLED` (default true)
turns it off. Stats: `report/path`, `report/index`.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from pathlib import Path

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from crawler.datasets.newest import Newest
from crawler.extensions import find_extension
from crawler.extensions.articles import ArticleStats
from crawler.items import as_dict
from crawler.report import render_html, summarize
from crawler.report.index import RunRecord, record_run
from crawler.report.summary import RECENT_HOURS, Latency, MonitorVerdict, recent_latency
from crawler.runtime.health import exit_code
from crawler.runtime.paths import inside, output_dir, run_stamp, safe_name, write_atomically

logger = logging.getLogger(__name__)
# Reports of one label's runs started within one second, beyond which the last name is reused.
_SAME_SECOND_RUNS = 100
MONITOR_FAILURES_LOGGER = "crawler.monitors.actions"  # logs ("monitor failed: %s: %s", monitor, reason)


class MonitorFailures(logging.Handler):
    """The failed monitors of a run, as the monitors' failure action logs them."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.failed: dict[str, str] = {}

    def emit(self, record: logging.LogRecord) -> None:
        if record.msg == "monitor failed: %s: %s" and isinstance(record.args, tuple) and len(record.args) == 2:
            self.failed[str(record.args[0]).strip()] = str(record.args[1])


class RunReport:
    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.articles = Newest(settings.getint("REPORT_ARTICLES", 500))
        self.latency_hours = settings.getint("REPORT_LATENCY_HOURS", RECENT_HOURS)
        self.latencies: list[float] = []
        self.monitor_failures = MonitorFailures()

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("RUN_REPORT_ENABLED", True):
            raise NotConfigured("RUN_REPORT_ENABLED is off")
        extension = cls(crawler)
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider):
        logging.getLogger(MONITOR_FAILURES_LOGGER).addHandler(self.monitor_failures)

    def item_scraped(self, item, response, spider):
        article = as_dict(item)
        self.articles.add(article)
        seconds = recent_latency(article, self.latency_hours)
        if seconds is not None:
            self.latencies.append(seconds)

    def spider_closed(self, spider, reason):
        logging.getLogger(MONITOR_FAILURES_LOGGER).removeHandler(self.monitor_failures)
        if reason == "lock_held":
            return
        stats = self.crawler.stats.get_stats()
        run_label = getattr(spider, "run_label", spider.name)
        mode = getattr(spider, "mode", "full")
        figures = find_extension(self.crawler, ArticleStats)
        summary = summarize(stats, run_label, mode,
                            per_day=figures.per_day if figures else None,
                            per_hour=figures.per_hour if figures else None,
                            coverage=figures.coverage() if figures else None,
                            articles=self.articles.articles(), latency=Latency.of(self.latencies, self.latency_hours),
                            monitors=self.monitor_verdicts(), exit_code=exit_code(stats))
        logger.info("%s", summary.text())
        path = self.report_path(stats, run_label)
        try:
            index = self.write_report(path, summary, stats, spider, run_label, mode)
        except OSError as error:  # a full disk: the summary just logged is the run's report
            logger.error("run report not written to %s (%s); its summary is in the log above", path,
                         error.strerror or error)
            return
        logger.info("run report: %s (all reports: %s)", path, index)

    def write_report(self, path: Path, summary, stats: dict, spider, run_label: str, mode: str) -> Path:
        """The run's HTML page at `path`, listed in its folder's index; the index's path."""
        path.parent.mkdir(parents=True, exist_ok=True)
        finished = datetime.now(timezone.utc).isoformat(timespec="seconds")
        write_atomically(path, render_html(summary, finished))
        self.crawler.stats.set_value("report/path", str(path))
        index = record_run(path.parent, RunRecord(
            report=path.name, run_label=run_label, site=spider.name, editions=list(getattr(spider, "roots", {})),
            mode=mode, finished_at=finished, finish_reason=summary.finish_reason, exit_code=summary.exit_code,
            healthy=summary.healthy,
            counts={"new": stats.get("dedup/new", 0), "updated": stats.get("dedup/update", 0),
                    "unchanged": stats.get("dedup/unchanged", 0), "pages": stats.get("response_received_count", 0),
                    "errors": stats.get("log_count/ERROR", 0)}),
            keep=self.crawler.settings.getint("REPORTS_KEEP", 200))
        self.crawler.stats.set_value("report/index", str(index))
        return index

    def monitor_verdicts(self) -> list[MonitorVerdict] | None:
        """Each close monitor passed or failed; None when spidermon is off."""
        settings = self.crawler.settings
        if not settings.getbool("SPIDERMON_ENABLED") or not settings.getlist("SPIDERMON_SPIDER_CLOSE_MONITORS"):
            return None
        verdicts = []
        for suite in settings.getlist("SPIDERMON_SPIDER_CLOSE_MONITORS"):
            for monitor in getattr(load_object(suite), "monitors", []):
                name = (monitor.__doc__ or monitor.__name__).strip()  # spidermon's monitor_description
                failed = self.monitor_failures.failed.get(name)
                verdicts.append(MonitorVerdict(name, failed is None, failed or ""))
        return verdicts

    def report_path(self, stats: dict, run_label: str) -> Path:
        run_file = stats.get("jsonl/path")
        name = safe_name(Path(run_file).stem if run_file else f"{run_label}_{run_stamp(stats.get('start_time'))}",
                         "report name")
        folder = inside(output_dir(self.crawler.settings), "reports")
        # An idle run names its report after its start: a run of the label that started within the same second
        # (its run file took that second's name) must not overwrite it.
        path = folder / f"{name}.html"
        for number in range(2, _SAME_SECOND_RUNS):
            if not path.exists():
                break
            path = folder / f"{name}-{number}.html"
        return path
