"""The run report page and the index of reports, as a person reads them."""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ElementTree
from collections import Counter

from crawler.datasets.samples import sample_article
from crawler.report import render_html, summarize
from crawler.report.charts import bar_chart, labelled, publication_bars
from crawler.report.index import RunRecord, read_records, record_run
from crawler.report.summary import Latency, MonitorVerdict, recent_latency

STATS = {"finish_reason": "finished", "response_received_count": 40, "dedup/new": 2, "dedup/update": 1,
         "jsonl/items_written": 3}


def test_a_long_span_is_charted_per_month_with_empty_months_and_says_so():
    unit, bars = publication_bars(Counter({"2013-01-05": 2, "2013-04-10": 1, "2025-11-02": 4}))
    assert unit == "month"
    assert bars[:4] == [("2013-01", 2), ("2013-02", 0), ("2013-03", 0), ("2013-04", 1)]
    assert bars[-1] == ("2025-11", 4) and len(bars) == 12 * 12 + 11
    html = render_html(summarize(STATS, "mina_id", "full", per_day={"2013-01-05": 2, "2025-11-02": 4}), "now")
    assert "articles exported per publication month (WIB)" in html and "per publication day" not in html


def test_a_short_span_is_charted_per_day_with_empty_days():
    unit, bars = publication_bars(Counter({"2026-11-01": 1, "2026-11-04": 2}))
    assert unit == "day" and bars == [("2026-11-01", 1), ("2026-11-02", 0), ("2026-11-03", 0), ("2026-11-04", 2)]


def test_the_last_axis_label_is_drawn_inside_the_chart():
    bars = [(f"2025-{month:02d}", month) for month in range(1, 13)] * 13  # 156 bars
    svg = ElementTree.fromstring(bar_chart(bars, "t", width=720))
    labels = [text for text in svg.iter("{http://www.w3.org/2000/svg}text") if text.text and text.text[:2] == "20"]
    last = labels[-1]
    assert last.text == bars[-1][0] and last.get("text-anchor") == "end" and float(last.get("x")) <= 720
    assert labels[0].get("text-anchor") == "start"
    assert labelled(156)[-1] == 155 and len(labelled(156)) <= 9


def test_latency_counts_only_recently_published_new_articles():
    archive = sample_article(1, published_at="2021-03-01T08:00:00+07:00", discovered_at="2026-11-26T10:00:00Z")
    fresh = sample_article(2, published_at="2026-11-26T16:30:00+07:00", discovered_at="2026-11-26T10:00:00Z")
    update = sample_article(3, published_at="2026-11-26T16:00:00+07:00", discovered_at="2026-11-26T10:00:00Z",
                            version=2)
    assert [recent_latency(a) for a in (archive, fresh, update)] == [None, 1800.0, None]
    summary = summarize(STATS, "mina_id", "full", latency=Latency.of([1800.0]))
    assert ("latency", "p50 30m 00s, p95 30m 00s (of 1 articles published in the 48 h before their discovery)") \
        in summary.rows
    archive_run = summarize(STATS, "mina_id", "backfill", latency=Latency.of([]))
    assert dict(archive_run.rows)["latency"] == ("not measured: no new article was published in the 48 h before "
                                                 "its discovery")


def test_the_page_lists_monitors_and_the_runs_articles_newest_first():
    articles = [sample_article(2, published_at="2026-11-26T16:30:00+07:00", title="Gaza <update>",
                               dateline={"raw": "Gaza, MINA –", "place": "Gaza", "agency": "MINA", "date": None,
                                         "hijri": None}),
                sample_article(1, published_at="2026-11-25T08:00:00Z", version=2)]
    monitors = [MonitorVerdict("Finish reason", True), MonitorVerdict("Errors", False, "3 errors logged, max 0")]
    html = render_html(summarize({**STATS, "monitors/failed": 1}, "mina_id", "monitor", articles=articles,
                                 monitors=monitors, exit_code=3), "2026-11-26T10:00:00+00:00")
    assert "needs attention" in html and "exit code 3" in html
    assert re.search(r"<td>Finish reason</td><td class=\"status-ok\">passed</td>", html)
    assert re.search(r"<td>Errors</td><td class=\"status-failed\">failed</td><td>3 errors logged, max 0</td>", html)
    gaza = html.index("Gaza &lt;update&gt;")
    assert html.index("2026-11-26 16:30") < gaza < html.index("2026-11-25 15:00")  # newest first, WIB
    assert f'<a href="{articles[0]["url"]}">Gaza &lt;update&gt;</a>' in html
    assert '<td>mina / id</td><td dir="auto">Gaza</td><td>new</td>' in html and "updated (version 2)" in html
    assert "… and 1 older articles" in html  # 3 written, 2 listed
    assert "<script" not in html and not re.search(r"src=\"https?:", html)


def test_an_empty_rerun_says_so():
    html = render_html(summarize({"finish_reason": "finished", "response_received_count": 4}, "mina_id", "monitor",
                                 monitors=[]), "now")
    assert html.count("No new or updated articles in this run") == 2
    assert "No exported article states a publication time" not in html


def record(name: str, finished: str, **overrides) -> RunRecord:
    fields = dict(report=name, run_label="mina_id", site="mina", editions=["id"], mode="monitor",
                  finished_at=finished, finish_reason="finished", exit_code=0, healthy=True,
                  counts={"new": 2, "updated": 0, "unchanged": 5, "pages": 9, "errors": 0})
    return RunRecord(**{**fields, **overrides})


def test_the_index_lists_the_latest_runs_and_keeps_a_bounded_number(tmp_path):
    for number in range(5):
        page = tmp_path / f"mina_id_2026112{number}T100000Z.html"
        page.write_text("<html></html>", encoding="utf-8")
        os.utime(page, (1_700_000_000 + number, 1_700_000_000 + number))
        index = record_run(tmp_path, record(page.name, f"2026-11-2{number}T10:00:00+00:00",
                                            **({"healthy": False, "exit_code": 3, "finish_reason": "finished"}
                                               if number == 3 else {})), keep=3)
    assert sorted(page.name for page in tmp_path.glob("mina_id_*.html")) == [
        f"mina_id_2026112{number}T100000Z.html" for number in (2, 3, 4)]
    assert len(list(tmp_path.glob("*.json"))) == 3
    assert [r.report for r in read_records(tmp_path)] == [f"mina_id_2026112{n}T100000Z.html" for n in (4, 3, 2)]
    html = index.read_text(encoding="utf-8")
    assert html.index("mina_id_20261124T100000Z.html") < html.index("mina_id_20261123T100000Z.html")
    assert "needs attention: finished, exit 3" in html and "2026-11-24 10:00:00" in html
    assert '<td class="num">2</td><td class="num">0</td><td class="num">5</td>' in html


def test_runs_of_one_second_are_listed_newest_first_and_pruned_oldest_first(tmp_path):
    """Reports of runs that started and finished within one second: `X.html`, `X-2.html`, ... `X-10.html`."""
    names = ["mina_id_20261130T170228Z.html", *(f"mina_id_20261130T170228Z-{n}.html" for n in range(2, 11))]
    for name in names:
        page = tmp_path / name
        page.write_text("<html></html>", encoding="utf-8")
        os.utime(page, (1_700_000_000, 1_700_000_000))  # one second: the modification times tie too
        record_run(tmp_path, record(name, "2026-11-30T17:02:29+00:00"), keep=4)
    assert [r.report for r in read_records(tmp_path)] == names[::-1][:4]
