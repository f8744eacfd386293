"""The dataset card written beside a built file: `FILE.card.md` (people) and `FILE.card.json` (tools)."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from crawler.datasets.build import BuildReport
from crawler.datasets.filters import Filters
from crawler.schema import SCHEMA_PATH, SCHEMA_VERSION
from crawler.sites import SITES


def licence_note(agencies: list[str]) -> str:
    return f"Content © {', '.join(agencies) or 'its publishers'}; check each agency's terms before redistribution."


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def card_paths(dataset: Path) -> tuple[Path, Path]:
    dataset = Path(dataset)
    return dataset.with_name(dataset.name + ".card.md"), dataset.with_name(dataset.name + ".card.json")


def card_data(report: BuildReport, filters: Filters, *, all_versions: bool, keep_duplicates: bool,
              command: str) -> dict[str, Any]:
    sites = {name: site_source(name, report) for name in sorted(report.per_site)}
    return {
        "dataset": report.output.name,
        "format": report.format.lstrip("."),
        "source": {"sites": sites},
        "crawl_window": {"first_fetched_at": report.first_fetched_at, "last_fetched_at": report.last_fetched_at},
        "publication_window": {"first_published_at": report.first_published_at,
                               "last_published_at": report.last_published_at,
                               "undated_articles": report.undated},
        "counts": {
            "articles": report.articles,
            "per_site": {name: {edition: report.per_site[name][edition] for edition in sites[name]["editions"]}
                         for name in sites},
            "duplicates_excluded": report.duplicates_excluded,
            "versions_collapsed": report.versions_collapsed,
            "filtered_out": report.filtered_out,
            "corrupt_lines_skipped": report.corrupt_lines,
            "valid_input_lines": report.valid_lines,
            "run_files": len(report.run_files),
        },
        "selection": {"filters": filters.describe(), "all_versions": all_versions,
                      "keep_duplicates": keep_duplicates},
        "schema": {"version": SCHEMA_VERSION, "json_schema": SCHEMA_PATH.name},
        "checksums": {report.output.name: {"sha256": sha256_of(report.output)}},
        "built": {"command": command, "at": datetime.now(timezone.utc).isoformat(timespec="seconds")},
        "run_files": report.run_files,
        "licence": licence_note(sorted({site["agency"] for site in sites.values() if site["agency"]})),
    }


def site_source(name: str, report: BuildReport) -> dict[str, Any]:
    """One site of the dataset: its agency and its editions' roots from its profile (`crawler.sites`),
    and the hosts its articles really came from (their `url`), most articles first, then by name."""
    profile = SITES.get(name)
    known = list(profile.editions) if profile else []
    editions = sorted(report.per_site[name], key=lambda code: (code not in known, known.index(code) if code in known
                                                               else 0, code))
    return {
        "agency": profile.agency if profile else None,
        "editions": {code: profile.editions[code].base_url if code in known else None for code in editions},
        "hosts": [host for host, _ in sorted(report.hosts[name].items(), key=lambda item: (-item[1], item[0]))],
    }


def edition_root(url: str | None, hosts: list[str]) -> str:
    """An edition's root in the card: the profile's URL, said to be only the profile's when no article came
    from its host (a sandbox or mirror crawl must not claim the real site as its source)."""
    if url is None:
        return "no profile"
    if (urlsplit(url).hostname or "").removeprefix("www.") in hosts:
        return url
    return f"profile root {url}, no article from it"


def card_markdown(card: dict[str, Any]) -> str:
    counts, selection, sites = card["counts"], card["selection"], card["source"]["sites"]
    agencies = ", ".join(f"{site['agency'] or name} (`{name}`)" for name, site in sites.items()) or "no site"
    source = "\n".join(
        f"- `{name}`: articles from " + (", ".join(site["hosts"]) or "no host") + "; editions "
        + (", ".join(f"`{code}` ({edition_root(url, site['hosts'])})" for code, url in site["editions"].items())
           or "none")
        for name, site in sites.items()) or "- none"
    per_site = "; ".join(f"{name}: " + ", ".join(f"{code} {count}" for code, count in editions.items())
                         for name, editions in counts["per_site"].items()) or "none"
    filters = ", ".join(f"{name} = {value}" for name, value in selection["filters"].items()) or "none"
    crawl, publication = card["crawl_window"], card["publication_window"]
    checksums = "\n".join(f"- `{name}`: sha256 `{sums['sha256']}`" for name, sums in card["checksums"].items())
    return f"""# Dataset card: {card['dataset']}

News articles of {agencies}, one record per article, merged from {counts['run_files']} crawl run files.

## Sources
{source}

## Windows
- Crawl (fetched_at, UTC): {crawl['first_fetched_at']} .. {crawl['last_fetched_at']}
- Publication (published_at, WIB): {publication['first_published_at']} .. {publication['last_published_at']} \
({publication['undated_articles']} articles without a publication date)

## Counts
- Articles: {counts['articles']} ({per_site})
- Near-copies excluded: {counts['duplicates_excluded']}
- Older versions collapsed: {counts['versions_collapsed']}
- Outside the filters: {counts['filtered_out']}
- Corrupt or partial input lines skipped: {counts['corrupt_lines_skipped']}

## Selection
- Filters: {filters}
- All versions: {'yes' if selection['all_versions'] else 'no (latest version of each article)'}
- Near-copies kept: {'yes' if selection['keep_duplicates'] else 'no'}

## Schema
- Schema version {card['schema']['version']}, JSON Schema file `{card['schema']['json_schema']}`
- Format: {card['format']}

## Checksums
{checksums}

## How it was built
```
{card['built']['command']}
```
Built at {card['built']['at']}.

## Licence
{card['licence']}
"""


def write_card(card: dict[str, Any], dataset: Path) -> tuple[Path, Path]:
    markdown_path, json_path = card_paths(dataset)
    markdown_path.write_text(card_markdown(card), encoding="utf-8")
    json_path.write_text(json.dumps(card, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return markdown_path, json_path
