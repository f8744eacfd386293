"""Article extraction: `parse_article` vs trafilatura on sandbox pages, speed and field accuracy.

    python bench/bench_extract.py [--articles 300] [--seed 0] [--rounds 3] [--sites mina,antara]

For each sandbox site (MINA, ANTARA), builds its pages, fetches every article page once over HTTP
(multi-page articles: every page), then in one run times `parse_article` (with the site's profile,
as its spider calls it) and
`trafilatura.extract(html, url=url, output_format="json", with_metadata=True)` on the same pages,
and scores both against the sandbox's ground truth: title, published_at (to the minute), author,
body (exact, paragraphs folded), category, tags, dateline place. Fields trafilatura does not
produce count as misses for it ("n/a" in the notes).

Timing: both extractors first warm up on a separate small site; each round then runs both on its
own site (seed, seed+1, ...), so no extractor sees a page twice (a crawl parses each page once, and
trafilatura answers a page it has seen before much faster). Within a round the two take turns
on blocks of `BLOCK_ARTICLES` articles, the order alternating, so that a slower or faster spell of a
shared machine falls on both alike (a round of each in one piece let the ratio swing by half).
The figure per extractor is the median of the rounds; the speed-up is printed per site, and
once more for all sites in a closing line. Each round also times `read_page`, what a crawl's parsing
worker runs per page (the extraction and the page's kind), on a site of its own (seed+rounds+1, ...).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import urllib.request
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.parsing import merge_article_pages, parse_article  # noqa: E402
from crawler.parsing.page_kind import read_page  # noqa: E402
from crawler.parsing.profile import SiteProfile  # noqa: E402
from crawler.sites import SITES  # noqa: E402
from sandbox import Sandbox, build_site  # noqa: E402

WARM_UP_ARTICLES = 30
BLOCK_ARTICLES = 20
SANDBOX_SITES = ("mina", "antara")
FIELDS = ("title", "published_at", "author", "body", "category", "tags", "dateline place")


def fetch(url: str) -> bytes:
    with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - local sandbox only
        return response.read()


def fetch_pages(site_name: str, articles: int, seed: int) -> tuple[list[dict], list[list[tuple[str, bytes]]]]:
    site = build_site(articles=articles, seed=seed, site=site_name)
    with Sandbox(site) as sandbox:
        truth = site.truth(sandbox.base_url)
        pages = [[(url, fetch(url)) for url in [record["url"], *record["page_urls"]]] for record in truth]
    return truth, pages


def folded(text: str | None) -> str:
    return "\n\n".join(" ".join(p.split()) for p in (text or "").split("\n") if p.strip())


def to_minute(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).isoformat(timespec="minutes")
    except ValueError:
        return value


def ours(pages: list[tuple[str, bytes]], fetched_at: datetime, profile: SiteProfile) -> dict:
    items = [parse_article(html, url, profile=profile, fetched_at=fetched_at) for url, html in pages]
    return merge_article_pages(items) if len(items) > 1 else items[0]


def crawl_reading(pages: list[tuple[str, bytes]], fetched_at: datetime, profile: SiteProfile) -> None:
    for url, html in pages:
        read_page(html, url, profile=profile, fetched_at=fetched_at)


def theirs(pages: list[tuple[str, bytes]]) -> dict:
    import trafilatura

    texts = []
    result: dict = {}
    for url, html in pages:
        output = trafilatura.extract(html.decode("utf-8", "replace"), url=url, output_format="json",
                                     with_metadata=True)
        data = json.loads(output) if output else {}
        result = result or data
        texts.append(data.get("text") or "")
    result["text"] = "\n".join(texts)
    return result


def our_values(item: dict) -> dict:
    return {
        "title": item["title"], "published_at": to_minute(item["published_at"]), "author": item["author"],
        "body": folded(item["body"]), "category": item["category"], "tags": item["tags"],
        "dateline place": (item["dateline"] or {}).get("place"),
    }


def their_values(data: dict) -> dict:
    tags = [t.strip() for t in (data.get("tags") or "").split(",") if t.strip()]
    categories = [c.strip() for c in (data.get("categories") or "").split(";") if c.strip()]
    return {
        "title": data.get("title"), "published_at": to_minute(data.get("date")), "author": data.get("author"),
        "body": folded(data.get("text")), "category": categories[-1] if categories else None, "tags": tags,
        "dateline place": None,
    }


def truth_values(record: dict) -> dict:
    return {
        "title": record["title"], "published_at": to_minute(record["published_at"]), "author": record["author"],
        "body": folded(record["body"]), "category": record["category"], "tags": record["tags"],
        "dateline place": (record["dateline"] or {}).get("place"),
    }


def accuracy(values: list[dict], truth: list[dict]) -> tuple[dict[str, float], dict[str, list]]:
    scores, misses = {}, {}
    for field in FIELDS:
        wrong = [(t, v) for v, t in zip(values, truth) if v[field] != t[field]]
        scores[field] = 1 - len(wrong) / len(truth)
        misses[field] = wrong[:2]
    return scores, misses


def timed(function, all_pages) -> float:
    started = time.perf_counter()
    for pages in all_pages:
        function(pages)
    return time.perf_counter() - started


def taking_turns(first, second, all_pages) -> tuple[float, float]:
    """Seconds `first` and `second` take on all of `all_pages`, run in turns on blocks of articles."""
    totals = [0.0, 0.0]
    for number, start in enumerate(range(0, len(all_pages), BLOCK_ARTICLES)):
        block = all_pages[start:start + BLOCK_ARTICLES]
        for which in ((0, 1) if number % 2 == 0 else (1, 0)):
            totals[which] += timed((first, second)[which], block)
    return totals[0], totals[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--sites", default=",".join(SANDBOX_SITES), help="sandbox sites, comma-separated")
    parser.add_argument("--show-misses", action="store_true", help="print up to two misses per field")
    args = parser.parse_args(argv)

    speed_ups = {site: bench_site(site, args) for site in args.sites.split(",")}
    print("speed-up vs trafilatura: " + ", ".join(f"{site} {ratio:.1f}x" for site, ratio in speed_ups.items())
          + " (goal >= 10x)")
    return 0


def bench_site(site: str, args: argparse.Namespace) -> float:
    """Print one site's figures; its speed-up (trafilatura's time per page / ours)."""
    fetched_at = datetime.now().astimezone()
    profile = SITES[site]  # as the site's spider passes it: the sandbox's host names no site
    _, warm_up = fetch_pages(site, WARM_UP_ARTICLES, args.seed + args.rounds)
    timed(lambda pages: ours(pages, fetched_at, profile), warm_up)
    timed(theirs, warm_up)
    our_times, their_times, read_times = [], [], []
    for round_number in range(args.rounds):
        round_truth, round_pages = fetch_pages(site, args.articles, args.seed + round_number)
        if round_number == 0:
            truth, all_pages = round_truth, round_pages
        count = sum(len(pages) for pages in round_pages)
        our_seconds, their_seconds = taking_turns(lambda pages: ours(pages, fetched_at, profile), theirs, round_pages)
        our_times.append(our_seconds / count * 1000)
        their_times.append(their_seconds / count * 1000)
        _, read_pages = fetch_pages(site, args.articles, args.seed + args.rounds + 1 + round_number)
        read_count = sum(len(pages) for pages in read_pages)
        read_times.append(timed(lambda pages: crawl_reading(pages, fetched_at, profile), read_pages) / read_count * 1000)
    our_ms, their_ms = statistics.median(our_times), statistics.median(their_times)
    read_ms = statistics.median(read_times)
    page_count = sum(len(pages) for pages in all_pages)
    size = statistics.mean(len(html) for pages in all_pages for _, html in pages)

    expected = [truth_values(record) for record in truth]
    our_scores, our_misses = accuracy([our_values(ours(p, fetched_at, profile)) for p in all_pages], expected)
    their_scores, _ = accuracy([their_values(theirs(p)) for p in all_pages], expected)

    print(f"{site}: {len(truth)} articles, {page_count} pages, mean page {size / 1024:.1f} KB; "
          f"timing: median of {args.rounds} rounds on fresh pages")
    print(f"{'':<16}{'parse_article':>14}{'trafilatura':>14}")
    print(f"{'ms per page':<16}{our_ms:>14.3f}{their_ms:>14.3f}")
    print(f"{'speed-up':<16}{their_ms / our_ms:>13.1f}x")
    print(f"{'read_page':<16}{read_ms:>14.3f}  ms per page, extraction and page kind ({their_ms / read_ms:.1f}x)")
    for field in FIELDS:
        note = "  (n/a in trafilatura)" if field == "dateline place" else ""
        print(f"{field:<16}{our_scores[field]:>14.1%}{their_scores[field]:>14.1%}{note}")
    if args.show_misses:
        for field, wrong in our_misses.items():
            for expected_values, got in wrong:
                print(f"miss {field}: expected {expected_values[field]!r}\n{'':>10}got {got[field]!r}")
    print()
    return their_ms / our_ms


if __name__ == "__main__":
    raise SystemExit(main())
