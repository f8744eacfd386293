"""The run report as one HTML page a browser opens offline: inline CSS and SVG, no scripts, no assets.
Its only links are the articles' own pages."""

from __future__ import annotations

from datetime import datetime
from html import escape

from crawler.report.charts import bar_chart, publication_bars
from crawler.report.summary import RunSummary
from crawler.times import WIB


def wib_time(timestamp: str | None) -> str:
    """`2026-11-20 10:15` (WIB) of an ISO time; `-` without one."""
    if not timestamp:
        return "-"
    return datetime.fromisoformat(timestamp).astimezone(WIB).strftime("%Y-%m-%d %H:%M")


def coverage_table(coverage: dict[str, float]) -> str:
    if not coverage:
        return "<p>No article was exported: no coverage to show.</p>"
    rows = "".join(
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{share:.1%}</td>'
        f'<td><svg width="200" height="12" role="img" aria-label="{share:.0%}">'
        f'<rect width="200" height="12" class="track"/><rect width="{200 * share:.1f}" height="12"/></svg></td></tr>'
        for name, share in coverage.items())
    return f'<table class="coverage"><tr><th>field</th><th>filled</th><th></th></tr>{rows}</table>'


def monitors_table(summary: RunSummary) -> str:
    if summary.monitors is None:
        return "<p>The monitors did not run (spidermon is off).</p>"
    rows = "".join(
        f'<tr><td>{escape(verdict.name)}</td>'
        + ('<td class="status-ok">passed</td><td></td>' if verdict.passed else
           f'<td class="status-failed">failed</td><td>{escape(verdict.reason)}</td>')
        + "</tr>" for verdict in summary.monitors)
    return f'<table class="monitors"><tr><th>monitor</th><th>verdict</th><th>why</th></tr>{rows}</table>'


def articles_table(summary: RunSummary) -> str:
    if not summary.exported:
        return "<p>No new or updated articles in this run.</p>"
    rows = "".join(
        f'<tr><td class="time">{wib_time(article.get("published_at"))}</td>'
        f'<td dir="auto"><a href="{escape(article["url"])}">{escape(article["title"])}</a></td>'
        f'<td>{escape(article.get("site") or "-")} / {escape(article.get("edition") or "-")}</td>'
        f'<td dir="auto">{escape((article.get("dateline") or {}).get("place") or "-")}</td>'
        f'<td>{"new" if article.get("version") == 1 else "updated (version %d)" % article.get("version", 0)}</td></tr>'
        for article in summary.articles)
    rest = summary.exported - len(summary.articles)
    more = f"<p>… and {rest} older articles, in the run file.</p>" if rest > 0 else ""
    return (f'<p>{summary.exported} new or updated articles, newest first by publication time (WIB).</p>'
            f'<table class="articles"><tr><th>published</th><th>title</th><th>site / edition</th>'
            f'<th>dateline</th><th></th></tr>{rows}</table>{more}')


def publication_charts(summary: RunSummary) -> str:
    unit, bars = publication_bars(summary.per_day)
    if not bars:
        return ("<p>No new or updated articles in this run.</p>" if not summary.exported
                else "<p>No exported article states a publication time.</p>")
    hours = [(f"{hour:02d}", summary.per_hour.get(hour, 0)) for hour in range(24)]
    return (bar_chart(bars, f"articles exported per publication {unit} (WIB)") + "\n"
            + bar_chart(hours, "articles exported per publication hour of day (WIB)"))


STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 70em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 2px 10px; text-align: left; vertical-align: top; }
td.num { text-align: right; font-variant-numeric: tabular-nums; } td.time { white-space: nowrap; }
table.articles tr:nth-child(even) { background: #f4f6f9; }
.status-ok { color: #176b2c; } .status-failed { color: #b00020; }
svg.chart text { font-size: 10px; fill: #555; } svg.chart .chart-title { font-size: 12px; fill: #222; }
svg rect { fill: #3a6ea5; } svg rect.track { fill: #e4e8ee; } svg .axis { stroke: #999; }
"""


def render_html(summary: RunSummary, generated_at: str) -> str:
    exit_note = f", exit code {summary.exit_code}" if summary.exit_code is not None else ""
    status = (f'<p class="status-ok">healthy{exit_note}</p>' if summary.healthy else
              f'<p class="status-failed">needs attention: finished with {escape(summary.finish_reason)}, '
              f'{summary.monitors_failed} monitor(s) failed{exit_note}</p>')
    rows = "".join(f'<tr><td>{escape(label)}</td><td class="num">{escape(value)}</td></tr>'
                   for label, value in summary.rows)
    rows += "".join(f'<tr><td>dropped: <code>{escape(reason)}</code></td><td class="num">{count}</td></tr>'
                    for reason, count in sorted(summary.dropped.items()))
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Run report {escape(summary.run_label)}</title>
<style>{STYLE}</style></head>
<body>
<p><a href="index.html">All run reports</a></p>
<h1>Run report: {escape(summary.run_label)} ({escape(summary.mode)} mode)</h1>
{status}
<p>Generated {escape(generated_at)}.</p>
<h2>Summary</h2>
<table class="summary">{rows}</table>
<h2>Monitors</h2>
{monitors_table(summary)}
<h2>New and updated articles</h2>
{articles_table(summary)}
<h2>Articles by publication time</h2>
{publication_charts(summary)}
<h2>Field coverage</h2>
<p>Share of exported articles with a non-empty value (null, empty text and empty lists count as missing).</p>
{coverage_table(summary.coverage)}
</body></html>
"""
