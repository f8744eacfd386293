"""`OUTPUT_DIR/reports/index.html`: the latest runs, newest first, and a bounded number of kept reports.

Each report `<name>.html` has a sidecar `<name>.json` (its index row, `RunRecord`). Recording a run
deletes the oldest reports beyond `keep` (with their sidecars) and rewrites the index from the
sidecars left, under a lock on the folder (runs of several sites close at the same time).
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

from crawler.runtime.paths import folder_lock, write_atomically

INDEX = "index.html"
COUNTS = ("new", "updated", "unchanged", "pages", "errors")  # the index's count columns, in order


@dataclass(frozen=True)
class RunRecord:
    report: str  # the report's file name, beside the index
    run_label: str
    site: str
    editions: list[str]
    mode: str
    finished_at: str  # ISO 8601, UTC
    finish_reason: str
    exit_code: int
    healthy: bool
    counts: dict[str, int] = field(default_factory=dict)  # new, updated, unchanged, pages, errors



_SAME_SECOND_SUFFIX = re.compile(r"(?P<base>.+?)(?:-(?P<number>\d+))?\.html")


def record_run(reports: Path, record: RunRecord, keep: int) -> Path:
    """Save `record` beside its report, prune beyond `keep` reports, rewrite the index; the index's path."""
    with folder_lock(reports):
        sidecar = reports / Path(record.report).with_suffix(".json").name
        write_atomically(sidecar, json.dumps(asdict(record), ensure_ascii=False, indent=1) + "\n")
        prune(reports, keep)
        index = reports / INDEX
        write_atomically(index, render_index(read_records(reports)))
        return index


def prune(reports: Path, keep: int) -> list[Path]:
    """Delete the oldest reports (by modification time) beyond the newest `keep`, with their sidecars."""
    pages = sorted((page for page in reports.glob("*.html") if page.name != INDEX),
                   key=lambda page: (page.stat().st_mtime, *report_order(page.name)), reverse=True)
    deleted = pages[max(keep, 1):]
    for page in deleted:
        page.unlink(missing_ok=True)
        page.with_suffix(".json").unlink(missing_ok=True)
    return deleted


def read_records(reports: Path) -> list[RunRecord]:
    """The runs whose report is still there, newest first (sidecars that do not parse are passed over)."""
    records = []
    for sidecar in reports.glob("*.json"):
        try:
            record = RunRecord(**json.loads(sidecar.read_text(encoding="utf-8")))
        except (ValueError, TypeError):
            continue
        if (reports / record.report).exists():
            records.append(record)
    return sorted(records, key=lambda record: (record.finished_at, *report_order(record.report)), reverse=True)


def report_order(name: str) -> tuple[str, int]:
    """A report's name as a sort key, oldest first: `<label>_<start>.html`, then the `-2`, `-3` ... that later runs
    of the label started within the same second got (`crawler.extensions.report`)."""
    match = _SAME_SECOND_SUFFIX.fullmatch(name)
    return (match["base"], int(match["number"] or 1)) if match else (name, 1)


def render_index(records: list[RunRecord]) -> str:
    rows = "".join(
        f'<tr><td class="time">{escape(record.finished_at.replace("T", " ").removesuffix("+00:00"))}</td>'
        f'<td>{escape(record.site)}</td><td>{escape(", ".join(record.editions))}</td><td>{escape(record.mode)}</td>'
        + ('<td class="status-ok">healthy</td>' if record.healthy else
           f'<td class="status-failed">needs attention: {escape(record.finish_reason)}, exit {record.exit_code}</td>')
        + "".join(f'<td class="num">{record.counts.get(name, 0)}</td>' for name in COUNTS)
        + f'<td><a href="{escape(record.report)}">report</a></td></tr>'
        for record in records)
    headers = "".join(f"<th>{escape(name)}</th>" for name in COUNTS)
    body = (f'<table><tr><th>finished (UTC)</th><th>site</th><th>editions</th><th>mode</th><th>health</th>'
            f'{headers}<th></th></tr>{rows}</table>') if records else "<p>No run report yet.</p>"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Run reports</title>
<style>
body {{ font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; }} td, th {{ padding: 2px 10px; text-align: left; }}
td.num {{ text-align: right; font-variant-numeric: tabular-nums; }} td.time {{ white-space: nowrap; }}
tr:nth-child(even) {{ background: #f4f6f9; }} .status-ok {{ color: #176b2c; }} .status-failed {{ color: #b00020; }}
</style></head>
<body>
<h1>Run reports</h1>
<p>The latest {len(records)} runs, newest first.</p>
{body}
</body></html>
"""
