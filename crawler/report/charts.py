"""Inline SVG bar charts for the run report: articles per publication day (or month) and hour."""

from __future__ import annotations

import math
from collections import Counter
from datetime import date, timedelta
from html import escape

MAX_DAY_BARS = 120  # beyond this many days (a backfill), articles are charted per month
MAX_LABELS = 8  # axis labels per chart: "2025-11-30" needs about 60 px


def bar_chart(bars: list[tuple[str, int]], title: str, width: int = 720, height: int = 180) -> str:
    """An SVG bar chart; every bar has a <title> (its label and value) shown on hover. The first and the
    last bar are always labelled, anchored inside the chart so that no label is cut at an edge."""
    top, bottom, left, right = 24, 28, 36, 8
    plot_height = height - top - bottom
    peak = max((value for _, value in bars), default=0) or 1
    step = (width - left - right) / max(len(bars), 1)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
             f'<text x="{left}" y="14" class="chart-title">{escape(title)}</text>',
             f'<text x="{left - 4}" y="{top + 8}" text-anchor="end">{peak}</text>',
             f'<text x="{left - 4}" y="{top + plot_height}" text-anchor="end">0</text>',
             f'<line x1="{left}" y1="{top + plot_height}" x2="{width - right}" y2="{top + plot_height}" class="axis"/>']
    for index, (label, value) in enumerate(bars):
        bar_height = plot_height * value / peak
        x = left + index * step
        parts.append(f'<rect x="{x + step * 0.1:.1f}" y="{top + plot_height - bar_height:.1f}" '
                     f'width="{max(step * 0.8, 1):.1f}" height="{bar_height:.1f}">'
                     f'<title>{escape(label)}: {value}</title></rect>')
    for index in labelled(len(bars)):
        label = bars[index][0]
        if index == 0:
            x, anchor = left + step * 0.1, "start"
        elif index == len(bars) - 1:
            x, anchor = left + (index + 0.9) * step, "end"
        else:
            x, anchor = left + (index + 0.5) * step, "middle"
        parts.append(f'<text x="{x:.1f}" y="{height - 10}" text-anchor="{anchor}">{escape(label)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def labelled(count: int) -> list[int]:
    """Indexes of the bars that get an axis label: evenly spaced, the first and the last included."""
    if count == 0:
        return []
    every = max(1, math.ceil(count / MAX_LABELS))
    indexes = [index for index in range(0, count, every) if count - 1 - index >= every / 2 or index == 0]
    return sorted({*indexes, count - 1})


def publication_bars(per_day: Counter) -> tuple[str, list[tuple[str, int]]]:
    """("day", a bar per day) from the first to the last publication day, or ("month", a bar per month)
    for spans longer than MAX_DAY_BARS days; days and months without articles are bars of zero."""
    if not per_day:
        return "day", []
    first, last = min(date.fromisoformat(day) for day in per_day), max(date.fromisoformat(day) for day in per_day)
    span = (last - first).days + 1
    if span <= MAX_DAY_BARS:
        days = [(first + timedelta(n)).isoformat() for n in range(span)]
        return "day", [(day, per_day.get(day, 0)) for day in days]
    per_month: Counter = Counter()
    for day, count in per_day.items():
        per_month[day[:7]] += count
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return "month", [(month, per_month.get(month, 0)) for month in months]
