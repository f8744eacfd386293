"""A run report is named after its run file, an idle run's after its start; neither overwrites another run's."""

from __future__ import annotations

from datetime import datetime, timezone

from scrapy.utils.test import get_crawler

from crawler.extensions.report import RunReport


def test_an_idle_run_started_in_the_same_second_as_the_last_keeps_that_runs_report(tmp_path):
    report = RunReport(get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path)}))
    started = datetime(2026, 11, 30, 16, 5, 44, tzinfo=timezone.utc)
    run = report.report_path({"jsonl/path": str(tmp_path / "mina" / "mina_id_20261130T160544Z.jsonl")}, "mina_id")
    assert run == (tmp_path / "reports" / "mina_id_20261130T160544Z.html").resolve()
    run.parent.mkdir(parents=True)
    run.write_text("the run's report", encoding="utf-8")

    idle = report.report_path({"start_time": started}, "mina_id")
    assert idle.name == "mina_id_20261130T160544Z-2.html"
    idle.write_text("the idle run's report", encoding="utf-8")
    assert report.report_path({"start_time": started}, "mina_id").name == "mina_id_20261130T160544Z-3.html"
    assert run.read_text(encoding="utf-8") == "the run's report"
