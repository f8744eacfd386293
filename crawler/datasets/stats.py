"""Statistics of a dataset file: counts per day, month, category, author, site and edition, gaps, field coverage."""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from crawler.times import wib_day
from crawler.datasets.formats import read_dataset
from crawler.schema import FIELD_NAMES

TOP = 20  # rows shown per table in the printed report
CALENDAR_TABLES = ("per_month", "per_day")  # shown as their latest TOP periods, in calendar order


def _filled(value: Any) -> bool:
    return value is not None and value != "" and value != [] and value != {}


def dataset_stats(path: Path) -> dict[str, Any]:
    """One streaming pass over the dataset; only the counters are kept."""
    per_day: Counter = Counter()
    per_month: Counter = Counter()
    per_category: Counter = Counter()
    per_author: Counter = Counter()
    per_edition: Counter = Counter()
    per_site: Counter = Counter()
    filled: Counter = Counter()
    articles = undated = 0
    for article in read_dataset(path):
        articles += 1
        day = wib_day(article.get("published_at"))
        if day is None:
            undated += 1
        else:
            per_day[day.isoformat()] += 1
            per_month[day.isoformat()[:7]] += 1
        per_category[article.get("category") or "(none)"] += 1
        per_author[article.get("author") or "(none)"] += 1
        per_edition[article.get("edition") or "(none)"] += 1
        per_site[article.get("site") or "(none)"] += 1  # (none): a line written before articles named their site
        filled.update(name for name in FIELD_NAMES if _filled(article.get(name)))
    first = min(per_day) if per_day else None
    last = max(per_day) if per_day else None
    return {
        "file": Path(path).name,
        "articles": articles,
        "undated": undated,
        "first_day": first,
        "last_day": last,
        "per_day": dict(sorted(per_day.items())),
        "days_without_articles": _missing_days(per_day, first, last),
        "per_month": dict(sorted(per_month.items())),
        "per_category": dict(per_category.most_common()),
        "per_author": dict(per_author.most_common()),
        "per_edition": dict(per_edition.most_common()),
        "per_site": dict(per_site.most_common()),
        "field_coverage": {name: round(filled[name] / articles, 4) if articles else 0.0 for name in FIELD_NAMES},
    }


def _missing_days(per_day: Counter, first: str | None, last: str | None) -> list[str]:
    if first is None:
        return []
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    missing = []
    while day <= end:
        if day.isoformat() not in per_day:
            missing.append(day.isoformat())
        day += timedelta(days=1)
    return missing


def format_report(stats: dict[str, Any]) -> str:
    """The statistics as a text report for people."""
    lines = [f"{stats['file']}: {stats['articles']} articles, {stats['undated']} without a publication date"]
    if stats["first_day"]:
        missing = stats["days_without_articles"]
        lines.append(f"published {stats['first_day']} .. {stats['last_day']} (WIB), "
                     f"{len(stats['per_day'])} days with articles, {len(missing)} without")
        if missing:
            lines.append("days without articles: " + ", ".join(missing[:TOP])
                         + (f" (+{len(missing) - TOP} more)" if len(missing) > TOP else ""))
    for title, key in (("per site", "per_site"), ("per edition", "per_edition"), ("per month", "per_month"),
                       ("per category", "per_category"), ("per author", "per_author"), ("per day", "per_day")):
        counts = list(stats[key].items())
        # calendar tables (months, days): the latest periods, oldest first; other tables: the largest counts
        calendar = key in CALENDAR_TABLES
        shown = counts[-TOP:] if calendar else counts[:TOP]
        note = f", {'latest' if calendar else 'top'} {TOP} shown" if len(counts) > TOP else ""
        order = ", oldest first" if calendar else ", most first"
        lines.append(f"\n{title} ({len(counts)}{note}{order}):")
        width = max((len(name) for name, _ in shown), default=0)
        lines.extend(f"  {name:<{width}}  {count:>8}" for name, count in shown)
    lines.append("\nfield coverage (non-null, non-empty):")
    width = max(len(name) for name in FIELD_NAMES)
    lines.extend(f"  {name:<{width}}  {share:7.1%}" for name, share in stats["field_coverage"].items())
    return "\n".join(lines) + "\n"
