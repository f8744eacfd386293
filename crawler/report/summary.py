"""What a run did, from its final stats and its exported articles: the figures both the text summary
and the HTML page show."""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from crawler.runtime.health import EXIT_MEANINGS

RECENT_HOURS = 48  # latency means something only for articles published shortly before their discovery


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


def recent_latency(article: dict, hours: int = RECENT_HOURS) -> float | None:
    """Seconds from publication to discovery of a first version published in the `hours` before its
    discovery; None for any other article (updates, undated articles, an archive's old articles)."""
    if article.get("version") != 1 or not article.get("published_at") or not article.get("discovered_at"):
        return None
    seconds = (datetime.fromisoformat(article["discovered_at"])
               - datetime.fromisoformat(article["published_at"])).total_seconds()
    return seconds if 0 <= seconds <= hours * 3600 else None


@dataclass(frozen=True)
class Latency:
    """Publication latency of the run's recently published new articles (nearest-rank percentiles)."""

    count: int
    p50: float | None
    p95: float | None
    hours: int = RECENT_HOURS

    @classmethod
    def of(cls, seconds: list[float], hours: int = RECENT_HOURS) -> Latency:
        ordered = sorted(seconds)

        def rank(share: float) -> float | None:
            return ordered[max(1, math.ceil(share * len(ordered))) - 1] if ordered else None

        return cls(len(ordered), rank(0.50), rank(0.95), hours)

    def describe(self) -> str:
        scope = f"of {self.count} articles published in the {self.hours} h before their discovery"
        if not self.count:
            return f"not measured: no new article was published in the {self.hours} h before its discovery"
        return f"p50 {duration(self.p50)}, p95 {duration(self.p95)} ({scope})"


@dataclass(frozen=True)
class MonitorVerdict:
    name: str
    passed: bool
    reason: str = ""


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
    exported: int = 0  # new and updated articles written by the run
    articles: list[dict] = field(default_factory=list)  # the newest of them, newest first
    latency: Latency = field(default_factory=lambda: Latency.of([]))
    monitors: list[MonitorVerdict] | None = None  # None: the monitors did not run
    exit_code: int | None = None

    @property
    def healthy(self) -> bool:
        return self.monitors_failed == 0 and self.finish_reason == "finished" and self.exit_code in (None, 0)

    def text(self) -> str:
        lines = [f"run report {self.run_label} ({self.mode} mode): finished with {self.finish_reason!r}"
                 + (f" after {duration(self.elapsed.total_seconds())}" if self.elapsed else "")]
        width = max(len(label) for label, _ in self.rows)
        lines += [f"  {label:<{width}}  {value}" for label, value in self.rows]
        lines += [f"  dropped, {reason}: {count}" for reason, count in sorted(self.dropped.items())]
        return "\n".join(lines)


def summarize(stats: dict, run_label: str, mode: str, per_day=None, per_hour=None, coverage=None, *,
              articles: list[dict] | None = None, latency: Latency | None = None,
              monitors: list[MonitorVerdict] | None = None, exit_code: int | None = None) -> RunSummary:
    errors_http = sum(v for k, v in stats.items()
                      if k.startswith("downloader/response_status_count/") and k.rsplit("/", 1)[1] >= "400")
    dropped = {key.removeprefix("validate/dropped/"): value for key, value in stats.items()
               if key.startswith("validate/dropped/")}
    if stats.get("dedup/already_claimed"):
        dropped["already exported by an earlier run"] = stats["dedup/already_claimed"]
    per_site = {key.removeprefix("articles/site/"): value for key, value in sorted(stats.items())
                if key.startswith("articles/site/")}
    latency = latency or Latency.of([])
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
        ("latency", latency.describe()),
        ("monitors failed", str(stats.get("monitors/failed", 0))),
        ("output", str(stats.get("jsonl/path") or "-")),
    ]
    if exit_code is not None:
        rows.append(("exit code", f"{exit_code}: {EXIT_MEANINGS.get(exit_code, 'see the README')}"))
    start, finish = stats.get("start_time"), stats.get("finish_time")
    return RunSummary(run_label=run_label, mode=mode, finish_reason=str(stats.get("finish_reason")),
                      elapsed=(finish - start) if start and finish else None, rows=rows, dropped=dropped,
                      monitors_failed=int(stats.get("monitors/failed", 0)),
                      per_day=Counter(per_day or {}), per_hour=Counter(per_hour or {}),
                      coverage=dict(coverage or {}),
                      exported=int(stats.get("jsonl/items_written", 0)), articles=list(articles or []),
                      latency=latency, monitors=monitors, exit_code=exit_code)
