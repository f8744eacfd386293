"""The run report as one HTML page a browser opens offline: inline CSS and SVG, no scripts, no links out."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from html import escape

from crawler.report.summary import RunSummary

MAX_DAY_BARS = 120  # beyond this many days (a backfill), articles are charted per month


def bar_chart(bars: list[tuple[str, int]], title: str, width: int = 720, height: int = 180) -> str:
    """An SVG bar chart; every bar has a <title> (its label and value) shown on hover."""
    top, bottom, left = 24, 28, 36
    plot_height = height - top - bottom
    peak = max((value for _, value in bars), default=0) or 1
    step = (width - left) / max(len(bars), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="14" class="chart-title">{escape(title)}</text>',
             f'<text x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
             f'<text x="{left - 4}" y="{top + plot_height}" text-anchor="end">0</text>',
             f'<line x1="{left}" y1="{top + plot_height}" x2="{width}" y2="{top + plot_height}" class="axis"/>']
    label_every = max(1, len(bars) // 12)
    for index, (label, value) in enumerate(bars):
        bar_height = plot_height * value / peak
        x = left + index * step
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{top + plot_height - bar_height:.1f}" '
                     f'width="{max(step * 0.8, 1):.1f}" height="{bar_height:.1f}">'
                     f'<title>{escape(label)}: {value}</title></rect>')
        if index % label_every == 0:
            parts.append(f'<text x="{x + step / 2:.1f}" y="{height - 10}" text-anchor="middle">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def day_bars(per_day: Counter) -> list[tuple[str, int]]:
    """Every day from the first to the last publication day (zeros included), or months for long spans."""
    if not per_day:
        return []
    days = sorted(date.fromisoformat(day) for day in per_day)
    span = (days[-1] - days[0]).days + 1
    if span > MAX_DAY_BARS:
        months: Counter = Counter()
        for day, count in per_day.items():
            months[day[:7]] += count
        return sorted(months.items())
    return [((days[0] + timedelta(n)).isoformat(), per_day.get((days[0] + timedelta(n)).isoformat(), 0))
            for n in range(span)]


def coverage_table(coverage: dict[str, float]) -> str:
    if not coverage:
        return "<p>No article was exported: no coverage to show.</p>"
    rows = "".join(
        f'<tr><td><code>{escape(name)}</code></td><td class="num">{share:.1%}</td>'
        f'<td><svg width="200" height="12" role="img" aria-label="{share:.0%}">'
        f'<rect width="200" height="12" class="track"/><rect width="{200 * share:.1f}" height="12"/></svg></td></tr>'
        for name, share in coverage.items())
    return f'<table class="coverage"><tr><th>field</th><th>filled</th><th></th></tr>{rows}</table>'


STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; max-width: 60em; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
table { border-collapse: collapse; } td, th { padding: 2px 10px; text-align: left; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.status-ok { color: #176b2c; } .status-failed { color: #b00020; }
svg.chart text { font-size: 10px; fill: #555; } svg.chart .chart-title { font-size: 12px; fill: #222; }
svg rect { fill: #3a6ea5; } svg rect.track { fill: #e4e8ee; } svg .axis { stroke: #999; }
"""


def render_html(summary: RunSummary, generated_at: str) -> str:
    healthy = summary.monitors_failed == 0 and summary.finish_reason == "finished"
    status = ('<p class="status-ok">healthy</p>' if healthy else
              f'<p class="status-failed">needs attention: finished with {escape(summary.finish_reason)!s}, '
              f'{summary.monitors_failed} monitor(s) failed</p>')
    rows = "".join(f'<tr><td>{escape(label)}</td><td class="num">{escape(value)}</td></tr>'
                   for label, value in summary.rows)
    rows += "".join(f'<tr><td>dropped: <code>{escape(reason)}</code></td><td class="num">{count}</td></tr>'
                    for reason, count in sorted(summary.dropped.items()))
    days = day_bars(summary.per_day)
    hours = [(f"{hour:02d}", summary.per_hour.get(hour, 0)) for hour in range(24)]
    charts = (bar_chart(days, "articles exported per publication day (WIB)") + "\n"
              + bar_chart(hours, "articles exported per publication hour of day (WIB)")) if days else \
        "<p>No exported article states a publication time.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Run report {escape(summary.run_label)}</title>
<style>{STYLE}</style></head>
<body>
<h1>Run report: {escape(summary.run_label)} ({escape(summary.mode)} mode)</h1>
{status}
<p>Generated {escape(generated_at)}.</p>
<h2>Summary</h2>
<table class="summary">{rows}</table>
<h2>Articles by publication time</h2>
{charts}
<h2>Field coverage</h2>
<p>Share of exported articles with a non-empty value (null, empty text and empty lists count as missing).</p>
{coverage_table(summary.coverage)}
</body></html>
"""
