"""Hostile input: the slowest call of each pure parser on junk, huge and adversarial inputs, against its line.

    python bench/bench_hostile.py [--fuzzed 3000] [--seed 11]

The test suite checks that these inputs give sane answers (tests/fuzz, tests/parsing); how long they take is
measured here, as every speed goal of the project is. Each input is timed best of three (a shared machine's
hiccup is not the parser's doing; a slow input is slow every time). Lines (seconds a call):
- 10 ms for `parse_date`, `parse_dateline`, `find_body_dates` and `canonicalize_url` on inputs up to 1 MB,
  100 ms for `parse_date` falling back to dateparser on text its own patterns do not read;
- 50 ms for a whole `parse_article` of a small fuzzed page, and for `clean_body` on long hostile blocks;
- 2 s for `parse_article` on an adversarial 1 MB page (tens of thousands of links, paragraphs or dates);
- 50 ms for a SimHash of a 700-word body, 1 s for one of 4 MB of text (read up to its cap);
- 1 s for a sitemap of nested entities (billion laughs), which must not be expanded.
Fuzzed inputs are drawn from the pieces real pages are made of (seeded, so every run times the same inputs).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Callable, Iterable
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from crawler.parsing import canonicalize_url, parse_article, parse_date, parse_dateline  # noqa: E402
from crawler.parsing.dates import find_body_dates  # noqa: E402
from crawler.parsing.feeds import parse_sitemap  # noqa: E402
from crawler.parsing.html import Block  # noqa: E402
from crawler.parsing.simhash import simhash64  # noqa: E402
from crawler.parsing.text import clean_body  # noqa: E402
from sandbox.hostile import ADVERSARIAL_PAGES, DATE_PIECES, MB, PAGE_PIECES, URL_PIECES  # noqa: E402

BASE = datetime(2024, 5, 10, tzinfo=timezone.utc)
HUGE_UNITS = ["1", "1/", "1-2/", "Senin (", "(Rabu, 9/", "19 Rajab 1434/", "&#8211;", "\x00", "Jakarta, ",
              "٢٢ مايو ", "12:34 ", "a1 ", "x", "(", "- ", "MINA ", "Aa, "]
HOSTILE_BLOCKS = [Block("(" * 5000 + "T/" * 5000), Block("Oleh: " + "a," * 20000),
                  Block("Baca Juga: " + "x" * 100000), Block("1" * 50000 + " Views"), Block("Jumat, 15 " * 5000)]
BILLION_LAUGHS = (b'<?xml version="1.0"?>\n<!DOCTYPE urlset [<!ENTITY lol "lol">'
                  + b"".join(b'<!ENTITY lol%d "%s">' % (n, (b"&lol%d;" % (n - 1) if n > 1 else b"&lol;") * 10)
                             for n in range(1, 10))
                  + b']>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://h/id/a&lol9;'
                    b"</loc></url></urlset>")


def best_of_three(call: Callable[[], object]) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        call()
        best = min(best, time.perf_counter() - started)
    return best


def slowest(calls: Iterable[tuple[str, Callable[[], object]]]) -> tuple[float, str]:
    return max((best_of_three(call), name) for name, call in calls)


def fuzzed(rng: random.Random, pieces: tuple[str, ...], count: int, size: int) -> list[str]:
    return [("" if rng.random() < 0.5 else " ").join(rng.choice(pieces) for _ in range(rng.randrange(size)))
            for _ in range(count)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fuzzed", type=int, default=3000, help="fuzzed inputs per parser (default 3000)")
    parser.add_argument("--seed", type=int, default=11)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    texts = fuzzed(rng, DATE_PIECES, options.fuzzed, 26)
    urls = fuzzed(rng, URL_PIECES, options.fuzzed, 31)
    pages = fuzzed(rng, PAGE_PIECES + DATE_PIECES, options.fuzzed // 10, 61)
    huge = [(unit * (MB // len(unit) + 1))[:MB] for unit in HUGE_UNITS]
    huge.append("Senin, 22 April 2019 - 10:15 WIB (MINA) http://minanews.net/" + "x" * MB)
    parse_date("diperbarui 2019 sore")  # dateparser's one-time import is no call's cost

    rows = [
        ("parse_date, fuzzed text (dateparser fallback included)", 0.100,
         ((text, lambda t=text: parse_date(t, base=BASE)) for text in texts)),
        ("parse_date, 1 MB inputs", 0.010, ((text[:12], lambda t=text: parse_date(t, base=BASE)) for text in huge)),
        ("parse_dateline, fuzzed text", 0.010, ((text, lambda t=text: parse_dateline(t)) for text in texts)),
        ("parse_dateline, 1 MB inputs", 0.010, ((text[:12], lambda t=text: parse_dateline(t)) for text in huge)),
        ("find_body_dates, 1 MB inputs", 0.010,
         ((text[:12], lambda t=text: find_body_dates(t, BASE)) for text in huge)),
        ("canonicalize_url, fuzzed URLs", 0.010, ((url, lambda u=url: canonicalize_url(u)) for url in urls)),
        ("canonicalize_url, 1 MB input", 0.010, ((huge[-1][:12], lambda: canonicalize_url(huge[-1])),)),
        ("parse_article, fuzzed small pages", 0.050,
         ((page[:40], lambda p=page: parse_article(p, "https://minanews.net/slug")) for page in pages)),
        ("parse_article, adversarial 1 MB pages", 2.0,
         ((name, lambda p=page: parse_article(p, "https://minanews.net/slug"))
          for name, page in ADVERSARIAL_PAGES.items())),
        ("clean_body, long hostile blocks", 0.050, (("blocks", lambda: clean_body(HOSTILE_BLOCKS)),)),
        ("simhash64, a 700-word body", 0.050, (("700 words", lambda: simhash64(" ".join(["kata"] * 700))),)),
        ("simhash64, 4 MB of text (read up to its cap)", 1.0, (("4 MB", lambda: simhash64("x " * 2_000_000)),)),
        ("parse_sitemap, billion laughs", 1.0, (("sitemap", lambda: parse_sitemap(BILLION_LAUGHS)),)),
    ]
    print(f"hostile input: the slowest call per parser, best of three per input (fuzzed: {options.fuzzed}, "
          f"seed {options.seed})")
    print(f"{'parser, inputs':<56}{'slowest ms':>11}{'line ms':>9}")
    over = 0
    for label, line, calls in rows:
        seconds, name = slowest(calls)
        verdict = "within" if seconds < line else "OVER"
        over += verdict == "OVER"
        print(f"{label:<56}{seconds * 1e3:>11.2f}{line * 1e3:>9.0f}  {verdict}"
              + (f"  ({name!r:.60})" if verdict == "OVER" else ""))
    print(f"{'all within their lines' if not over else f'{over} OVER their lines'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
