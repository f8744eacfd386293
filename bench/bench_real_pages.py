"""Extraction on real pages: `parse_article` vs trafilatura and newspaper4k, field accuracy and time per page.

    python bench/bench_real_pages.py [--pages DIR] [--rounds 7] [--show-misses]

The pages are the real article pages of tests/fixtures/real (ANTARA, Detik, Kompas, Liputan6, Republika,
2015-2017) with the fields a person read off them (`pages.jsonl`). Each tool reads the same decoded HTML
and the page's URL, with its best documented metadata call and nothing that goes to the network:
- this project: `parse_article(html, url)` with no site profile (what runs for any outlet);
- trafilatura: `bare_extraction(html, url=url, with_metadata=True, date_extraction_params=...)` asking
  htmldate for the original date with its time (`outputformat` with hours and minutes, extensive search);
- newspaper4k: `Article(url, language="id", fetch_images=False)`, `download(input_html=html)`, `parse()`
  (no `nlp()`: it needs NLTK data from the network).

Scoring, the same for every tool: text is compared with its whitespace folded (every run of spaces and
line breaks is one space); title equal; published_at equal to the minute as an instant (a time without
zone is read as WIB, the pages' zone: generous to the peers, ours always states its offset; a date
without time counts as midnight); author as a set of names (split at `,` `;` `&` `dan` `and`, case
ignored; pages whose expected author is "?" name nobody and are not scored); dateline place equal (the
peers have no such field: n/a, a miss); body start and body end: the folded body starts (ends) with the
folded expected words (for the start, also after a leading dateline `Place (Outlet) - `, which the
peers keep in the text).

Time per page: each round reads every page once with each tool; the figure is the median round, after one
warm-up round (imports, language data). With 11 pages, later rounds see pages a tool has read before:
the first timed round is printed too. Results: printed, and written to bench/results/real_pages.json.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
import warnings
from datetime import datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.parsing import parse_article  # noqa: E402

PAGES = ROOT / "tests" / "fixtures" / "real"
RESULTS = ROOT / "bench" / "results" / "real_pages.json"
WIB = timezone(timedelta(hours=7))
FIELDS = ("title", "published_at", "author", "dateline_place", "body_start", "body_end")
TOOLS = ("parse_article", "trafilatura", "newspaper4k")
# A dateline before the lead, as the peers leave it: a few words up to a dash (`Jakarta (ANTARA News) - `,
# `REPUBLIKA.CO.ID, JAKARTA -- `, `LHOKSEUMAWE, KOMPAS.com – `); empty when the body opens otherwise.
# At most six words, the first capitalized (a keyword list or a sentence before the lead does not pass).
LEADING_DATELINE = re.compile(r"(?:[A-Z]\S*\s(?:\S+\s){0,4}?[-\u2013\u2014]{1,2}\s)?")
NAME_SEPARATORS = re.compile(r"\s*(?:[,;&]|\bdan\b|\band\b)\s*", re.IGNORECASE)


# -- the three readings, as {field: value} -------------------------------------------------------------

def read_ours(html: str, url: str) -> dict:
    item = parse_article(html, url)
    return {"title": item["title"], "published_at": item["published_at"], "author": item["author"],
            "dateline_place": (item["dateline"] or {}).get("place"), "body": item["body"]}


def read_trafilatura(html: str, url: str) -> dict:
    import trafilatura

    document = trafilatura.bare_extraction(
        html, url=url, with_metadata=True,
        date_extraction_params={"original_date": True, "extensive_search": True,
                                "outputformat": "%Y-%m-%dT%H:%M:%S%z"})
    if document is None:
        return {}
    return {"title": document.title, "published_at": document.date, "author": document.author,
            "dateline_place": None, "body": document.text}


def read_newspaper(html: str, url: str) -> dict:
    import newspaper

    article = newspaper.Article(url, language="id", fetch_images=False)
    article.download(input_html=html)
    article.parse()
    published = article.publish_date
    return {"title": article.title, "published_at": published.isoformat() if published else None,
            "author": article.authors, "dateline_place": None, "body": article.text}


READERS = {"parse_article": read_ours, "trafilatura": read_trafilatura, "newspaper4k": read_newspaper}


# -- scoring -------------------------------------------------------------------------------------------

def folded(text: str | None) -> str:
    return " ".join((text or "").split())


def instant(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=WIB)).replace(second=0, microsecond=0)


def names(value: str | list[str] | None) -> set[str]:
    parts = value if isinstance(value, list) else [value or ""]
    return {name.lower() for part in parts for name in NAME_SEPARATORS.split(folded(part)) if name}


def right(field: str, found: dict, expected: str) -> bool:
    if field == "title":
        return folded(found.get("title")) == folded(expected)
    if field == "published_at":
        return instant(found.get("published_at")) == instant(expected)
    if field == "author":
        return names(found.get("author")) == names(expected)
    if field == "dateline_place":
        return folded(found.get("dateline_place")) == folded(expected)
    body, words = folded(found.get("body")), folded(expected)
    if not words:
        return False
    if field == "body_end":
        return body.endswith(words)
    # The peers have no dateline field and keep it in the text: the words may follow a leading dateline.
    return body.startswith(words) or body.startswith(words, len(LEADING_DATELINE.match(body).group()))


def shown(field: str, found: dict) -> object:
    """What a tool gave for `field` (for body ends: the folded body's first or last 80 characters)."""
    if field in ("body_start", "body_end"):
        body = folded(found.get("body"))
        return body[:80] if field == "body_start" else body[-80:]
    return found.get(field)


def scored(case: dict, field: str) -> bool:
    return not (field == "author" and case["expected"]["author"] == "?")


# -- the run ---------------------------------------------------------------------------------------------

def load_cases(folder: Path) -> list[dict]:
    cases = [json.loads(line) for line in (folder / "pages.jsonl").read_text(encoding="utf-8").splitlines() if line]
    for case in cases:
        case["html"] = (folder / case["file"]).read_bytes().decode("utf-8", "replace")
    return cases


def time_round(reader, cases: list[dict]) -> float:
    """Milliseconds per page for one pass over every page."""
    started = time.perf_counter()
    for case in cases:
        reader(case["html"], case["url"])
    return (time.perf_counter() - started) / len(cases) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=Path, help="folder with pages.jsonl and the pages "
                                                   "(default: tests/fixtures/real)")
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--show-misses", action="store_true", help="print each tool's misses")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the JSON figures go")
    args = parser.parse_args(argv)
    warnings.simplefilter("ignore")  # newspaper4k warns at import that NLTK (not used here) is missing
    folder = args.pages or PAGES
    cases = load_cases(folder)

    for reader in READERS.values():  # warm-up: imports, language data, compiled patterns
        time_round(reader, cases)
    rounds: dict[str, list[float]] = {tool: [] for tool in TOOLS}
    for _ in range(args.rounds):
        for tool in TOOLS:  # interleaved: a slow moment of the machine hits every tool alike
            rounds[tool].append(time_round(READERS[tool], cases))

    readings = {tool: [READERS[tool](case["html"], case["url"]) for case in cases] for tool in TOOLS}
    accuracy: dict[str, dict[str, dict]] = {}
    misses: dict[str, list[str]] = {tool: [] for tool in TOOLS}
    for field in FIELDS:
        accuracy[field] = {}
        counted = [i for i, case in enumerate(cases) if scored(case, field)]
        for tool in TOOLS:
            wrong = [i for i in counted if not right(field, readings[tool][i], cases[i]["expected"][field])]
            accuracy[field][tool] = {"right": len(counted) - len(wrong), "of": len(counted)}
            misses[tool] += [f"{field} {cases[i]['file']}: expected {cases[i]['expected'][field]!r}, "
                             f"got {shown(field, readings[tool][i])!r}" for i in wrong]
    timing = {tool: {"median_ms_per_page": statistics.median(times), "first_round_ms_per_page": times[0],
                     "rounds": args.rounds} for tool, times in rounds.items()}

    print(f"{len(cases)} real pages ({', '.join(sorted({c['outlet'] for c in cases}))}) from {folder}; "
          f"time: median of {args.rounds} rounds after a warm-up")
    print(f"{'':<18}" + "".join(f"{tool:>16}" for tool in TOOLS))
    for field in FIELDS:
        cells = []
        for tool in TOOLS:
            score = accuracy[field][tool]
            na = field == "dateline_place" and tool != "parse_article"
            cells.append(f"{'n/a' if na else ''} {score['right']}/{score['of']}")
        print(f"{field:<18}" + "".join(f"{cell:>16}" for cell in cells))
    print(f"{'ms per page':<18}" + "".join(f"{timing[t]['median_ms_per_page']:>16.2f}" for t in TOOLS))
    print(f"{'  first round':<18}" + "".join(f"{timing[t]['first_round_ms_per_page']:>16.2f}" for t in TOOLS))
    ours = timing["parse_article"]["median_ms_per_page"]
    print(f"{'time / ours':<18}" + "".join(f"{timing[t]['median_ms_per_page'] / ours:>15.1f}x" for t in TOOLS))
    if args.show_misses:
        for tool in TOOLS:
            for miss in misses[tool]:
                print(f"miss {tool}: {miss}")

    args.results.parent.mkdir(parents=True, exist_ok=True)
    args.results.write_text(json.dumps({"pages": [c["file"] for c in cases], "source": str(folder),
                                   "accuracy": accuracy, "timing": timing, "misses": misses},
                                  ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
