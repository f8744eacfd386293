"""The run report: a plain-text summary and a self-contained HTML page (inline SVG, no external assets)."""

from crawler.report.html import render_html
from crawler.report.summary import RunSummary, summarize

__all__ = ["RunSummary", "render_html", "summarize"]
