"""What a run did, from its final stats: the figures both the text summary and the HTML page show."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import timedelta


def duration(seconds: float | None) -> str:
    """`3d 4h`, `2h 05m`, `4m 10s`, `12s`; negative latencies keep their sign."""
    if seconds is None:
        return "-"
    sign, seconds = ("-" if seconds < 0 else ""), abs(int(seconds))
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    if days:
        return f"{sign}{days}d {hours}h"
    if hours:
        return f"{sign}{hours}h {minutes:02d}m"
    if minutes:
        return f"{sign}{minutes}m {secs:02d}s"
    return f"{sign}{secs}s"


@dataclass
class RunSummary:
    run_label: str
    mode: str
    finish_reason: str
    elapsed: timedelta | None
    rows: list[tuple[str, str]]  # (what, how many), in reading order
    dropped: dict[str, int]  # reason -> articles dropped for it
    monitors_failed: int
    per_day: Counter = field(default_factory=Counter)
    per_hour: Counter = field(default_factory=Counter)
    coverage: dict[str, float] = field(default_factory=dict)

    def text(self) -> str:
        lines = [f"run report {self.run_label} ({self.mode} mode): finished with {self.finish_reason!r}"
                 + (f" after {duration(self.elapsed.total_seconds())}" if self.elapsed else "")]
        width = max(len(label) for label, _ in self.rows)
        lines += [f"  {label:<{width}}  {value}" for label, value in self.rows]
        lines += [f"  dropped, {reason}: {count}" for reason, count in sorted(self.dropped.items())]
        return "\n".join(lines)


def summarize(stats: dict, run_label: str, mode: str, per_day=None, per_hour=None, coverage=None) -> RunSummary:
    errors_http = sum(v for k, v in stats.items()
                      if k.startswith("downloader/response_status_count/") and k.rsplit("/", 1)[1] >= "400")
    dropped = {key.removeprefix("validate/dropped/"): value for key, value in stats.items()
               if key.startswith("validate/dropped/")}
    if stats.get("dedup/already_claimed"):
        dropped["already exported by an earlier run"] = stats["dedup/already_claimed"]
    latency_count = stats.get("latency/count", 0)
    per_site = {key.removeprefix("articles/site/"): value for key, value in sorted(stats.items())
                if key.startswith("articles/site/")}
    rows = [
        ("articles per site", ", ".join(f"{site} {count}" for site, count in per_site.items()) or "-"),
        ("pages fetched", str(stats.get("response_received_count", 0))),
        ("new articles", str(stats.get("dedup/new", 0))),
        ("updated articles", str(stats.get("dedup/update", 0))),
        ("unchanged articles", str(stats.get("dedup/unchanged", 0))),
        ("known, not fetched", str(stats.get("discovery/skipped_known", 0))),
        ("near-duplicates", str(stats.get("dedup/near_duplicates", 0))),
        ("dropped as invalid", str(stats.get("validate/dropped", 0))),
        ("errors logged", str(stats.get("log_count/ERROR", 0))),
        ("HTTP error responses", str(errors_http)),
        ("download failures", str(stats.get("downloader/exception_count", 0))),
        ("latency p50", duration(stats.get("latency/p50_seconds")) + f" (over {latency_count} new articles)"),
        ("latency p95", duration(stats.get("latency/p95_seconds"))),
        ("monitors failed", str(stats.get("monitors/failed", 0))),
        ("output", str(stats.get("jsonl/path") or "-")),
    ]
    start, finish = stats.get("start_time"), stats.get("finish_time")
    return RunSummary(run_label=run_label, mode=mode, finish_reason=str(stats.get("finish_reason")),
                      elapsed=(finish - start) if start and finish else None, rows=rows, dropped=dropped,
                      monitors_failed=int(stats.get("monitors/failed", 0)),
                      per_day=Counter(per_day or {}), per_hour=Counter(per_hour or {}),
                      coverage=dict(coverage or {}))
