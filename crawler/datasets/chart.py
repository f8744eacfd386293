"""Articles per day as a small standalone SVG bar chart (no plotting library, opens offline)."""

from __future__ import annotations

from datetime import date, timedelta
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 900, 300
LEFT, RIGHT, TOP, BOTTOM = 50, 20, 30, 40


def daily_chart_svg(per_day: dict[str, int], title: str = "Articles per day") -> str:
    """One bar per calendar day from the first to the last day of `per_day` (days without articles: no bar)."""
    plot_width, plot_height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
             f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="11">',
             f'<title>{escape(title)}</title>',
             f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
             f'<text x="{LEFT}" y="18" font-size="13">{escape(title)}</text>']
    if per_day:
        first, last = date.fromisoformat(min(per_day)), date.fromisoformat(max(per_day))
        days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
        peak = max(per_day.values())
        slot = plot_width / len(days)
        for index, day in enumerate(days):
            count = per_day.get(day.isoformat(), 0)
            if count:
                bar = plot_height * count / peak
                parts.append(f'<rect x="{LEFT + index * slot:.2f}" y="{TOP + plot_height - bar:.2f}" '
                             f'width="{max(slot * 0.8, 0.5):.2f}" height="{bar:.2f}" fill="#3b6ea5">'
                             f'<title>{day.isoformat()}: {count}</title></rect>')
        for value in (0, peak):  # y axis: zero and the peak
            y = TOP + plot_height - plot_height * value / peak
            parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.2f}" text-anchor="end">{value}</text>')
        for index in sorted({0, len(days) // 2, len(days) - 1}):  # x axis: first, middle, last day
            x = LEFT + index * slot + slot * 0.4
            parts.append(f'<text x="{x:.2f}" y="{HEIGHT - BOTTOM + 16}" text-anchor="middle">'
                         f'{days[index].isoformat()}</text>')
    else:
        parts.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" text-anchor="middle">no dated articles</text>')
    parts.append(f'<line x1="{LEFT}" y1="{TOP + plot_height}" x2="{WIDTH - RIGHT}" y2="{TOP + plot_height}" '
                 f'stroke="#333"/>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
