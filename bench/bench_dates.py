"""Date parsing: `crawler.parsing.dates.parse_date` vs plain `dateparser.parse`, same strings, one run.

    python bench/bench_dates.py [--generated 1000] [--seed 7]

Two corpora, each with its own ratio (goal >= 100x on both):
- bench: the dev cases of kind `date` (tests/data/mina_cases_dev.jsonl) with the readings the
  tests use, plus generated header lines (Indonesian/English day and month names and
  abbreviations, `|`/`–`/`-` separators, dotted times, dd/mm/yyyy, WIB/WITA/WIT);
- real short strings: every real date string of the dev files as written on pages or in peer
  suites, read as their tests read them: `date` cases of tests/data/agency_cases_dev.jsonl and
  mina_cases_dev.jsonl, and the in-scope `input`s of peer_dates_dev.jsonl (WIB wall clock to the
  case's granularity).
Prints µs per call of each parser, how many strings each reads right, the speed ratio, the
slowest single parse_date call (also on 1 MB hostile inputs; the line is 10 ms) and whether
parse_date is right wherever dateparser is.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from crawler.parsing.dates import WIB, WIT, WITA, find_body_dates, parse_date  # noqa: E402

DEV_CASES = ROOT / "tests" / "data" / "mina_cases_dev.jsonl"
AGENCY_CASES = ROOT / "tests" / "data" / "agency_cases_dev.jsonl"
PEER_CASES = ROOT / "tests" / "data" / "peer_dates_dev.jsonl"
# How much of the WIB wall clock a peer case's granularity pins (ISO text prefix length).
PREFIX = {"year": 4, "month": 7, "day": 10, "minute": 16, "second": 19}
LANGUAGES = ["id", "en"]
SETTINGS = {"TIMEZONE": "Asia/Jakarta", "RETURN_AS_TIMEZONE_AWARE": True}
RELATIVE_BASE = datetime(2024, 5, 10, 12, 0, tzinfo=WIB)
TEN_MS = 0.010

WEEKDAYS_ID = (("Senin",), ("Selasa",), ("Rabu",), ("Kamis",), ("Jumat", "Jum'at"), ("Sabtu",), ("Minggu", "Ahad"))
WEEKDAYS_EN = (("Monday", "Mon"), ("Tuesday", "Tue"), ("Wednesday", "Wed"), ("Thursday", "Thu"),
               ("Friday", "Fri"), ("Saturday", "Sat"), ("Sunday", "Sun"))
MONTHS_ID = (("Januari", "Jan"), ("Februari", "Feb", "Peb"), ("Maret", "Mar"), ("April", "Apr"), ("Mei",),
             ("Juni", "Jun"), ("Juli", "Jul"), ("Agustus", "Agu", "Agt"), ("September", "Sep"),
             ("Oktober", "Okt"), ("November", "Nop"), ("Desember", "Des"))
MONTHS_EN = (("January", "Jan"), ("February", "Feb"), ("March", "Mar"), ("April", "Apr"), ("May",),
             ("June", "Jun"), ("July", "Jul"), ("August", "Aug"), ("September", "Sept"), ("October", "Oct"),
             ("November", "Nov"), ("December", "Dec"))
ZONES = {"WIB": WIB, "WITA": WITA, "WIT": WIT, "": WIB}


@dataclass(frozen=True)
class Case:
    text: str
    base: datetime | None
    expected: datetime  # the instant, or midnight WIB of the day when only the day is known
    day_only: bool = False
    wall_clock_prefix: int = 0  # when set: only this much of the WIB wall clock's ISO text counts

    def is_right(self, parsed: object) -> bool:
        if not isinstance(parsed, datetime) or parsed.tzinfo is None:
            return False
        if self.wall_clock_prefix:
            wall_clock = parsed.astimezone(WIB).replace(tzinfo=None).isoformat()
            return wall_clock[: self.wall_clock_prefix] == self.expected.isoformat()[: self.wall_clock_prefix]
        if self.day_only:
            return parsed.date() == self.expected.date()
        return parsed == self.expected and parsed.utcoffset() == self.expected.utcoffset()


def dev_cases() -> list[Case]:
    """The dev date strings, read as the tests read them."""
    cases = []
    for line in DEV_CASES.read_text(encoding="utf-8").splitlines():
        case = json.loads(line) if line.strip() else {}
        if case.get("kind") != "date":
            continue
        text, expected = case["text"], case["expected"]
        if "datetime" in expected:
            cases.append(Case(text, None, datetime.fromisoformat(expected["datetime"])))
        elif "relative" in expected:
            amount, unit = re.match(r"^-(\d+)(h|min)$", expected["relative"]).groups()
            delta = timedelta(hours=int(amount)) if unit == "h" else timedelta(minutes=int(amount))
            cases.append(Case(text, RELATIVE_BASE, RELATIVE_BASE - delta))
        elif "date" in expected or "gregorian" in expected:
            day = date.fromisoformat(expected.get("date") or expected["gregorian"])
            cases.append(Case(text, None, datetime(day.year, day.month, day.day, tzinfo=WIB), day_only=True))
        elif "time" in expected:
            clock = datetime.strptime(expected["time"], "%H:%M:%S").time()
            cases.append(Case(text, RELATIVE_BASE, datetime.combine(RELATIVE_BASE.date(), clock, tzinfo=WIB)))
        else:
            year = next(expected[key] for key in ("year", "inferred_year", "year_from_header", "year_from_url")
                        if key in expected)
            day = date(year, expected["month"], expected["day"])
            base = datetime(day.year, day.month, day.day, 20, 0, tzinfo=WIB) + timedelta(days=2)
            cases.append(Case(text, base, datetime(day.year, day.month, day.day, tzinfo=WIB), day_only=True))
    return cases


def _lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def real_cases() -> list[Case]:
    """The real short date strings of the dev files, read as their tests read them."""
    cases = dev_cases()
    for case in _lines(AGENCY_CASES):
        if case["kind"] != "date":
            continue
        text, expected = case["text"], case["expected"]
        if expected.get("iso"):
            cases.append(Case(text, None, datetime.fromisoformat(expected["iso"])))
        elif expected.get("local"):
            cases.append(Case(text, None, datetime.fromisoformat(expected["local"]).replace(tzinfo=WIB)))
        else:  # year-less: read against the publication day
            day = date.fromisoformat(expected["resolved"])
            base = datetime(day.year, day.month, day.day, 12, tzinfo=WIB)
            cases.append(Case(text, base, datetime(day.year, day.month, day.day, tzinfo=WIB), day_only=True))
    for case in _lines(PEER_CASES):
        if case["in_scope"] and case["expected"] is not None:
            base = datetime.fromisoformat(case["base"]) if case["base"] else None
            cases.append(Case(case["input"], base, datetime.fromisoformat(case["expected"]),
                              wall_clock_prefix=PREFIX[case["granularity"]]))
    return cases


def generated_cases(count: int, seed: int) -> list[Case]:
    """Header lines as the outlets print them, for random instants 2010-2030."""
    rng = random.Random(seed)
    cases = []
    start = datetime(2010, 1, 1)
    for _ in range(count):
        moment = start + timedelta(minutes=rng.randrange(21 * 365 * 24 * 60))
        english = rng.random() < 0.4
        weekdays, months = (WEEKDAYS_EN, MONTHS_EN) if english else (WEEKDAYS_ID, MONTHS_ID)
        weekday = rng.choice(weekdays[moment.weekday()])
        month = rng.choice(months[moment.month - 1])
        zone = rng.choice(list(ZONES))
        clock = f"{moment.hour:02d}{rng.choice(':.')}{moment.minute:02d}"
        separator = rng.choice([" - ", " – ", " | ", ", "])
        shape = rng.randrange(4)
        if shape == 0:
            text = f"Rana Setiawan - {weekday}, {moment.day} {month} {moment.year}{separator}{clock} {zone}"
        elif shape == 1:
            text = f"{weekday}, {moment.day} {month} {moment.year}{separator}{clock} {zone}"
        elif shape == 2:
            text = f"{weekday}, {moment.day:02d}/{moment.month:02d}/{moment.year} {clock} {zone}"
        else:
            text = f"{moment.day} {month} {moment.year}{separator}{clock} {zone}"
        cases.append(Case(text.rstrip(), None, moment.replace(tzinfo=ZONES[zone])))
    return cases


def run_dateparser(case: Case) -> object:
    import dateparser

    settings = dict(SETTINGS)
    if case.base is not None:
        settings["RELATIVE_BASE"] = case.base.replace(tzinfo=None)
    try:
        return dateparser.parse(case.text, languages=LANGUAGES, settings=settings)
    except Exception:  # noqa: BLE001 - a crash counts as a wrong reading
        return None


def run_ours(case: Case) -> object:
    return parse_date(case.text, base=case.base)


def measure(parser: Callable[[Case], object], cases: list[Case], rounds: int) -> tuple[float, list[bool], float]:
    """µs per call (best round), which cases it reads right, and the slowest single call in seconds."""
    results = [parser(case) for case in cases]  # warm-up, and the readings
    best = float("inf")
    slowest = 0.0
    for _ in range(rounds):
        started = time.perf_counter()
        for case in cases:
            call_started = time.perf_counter()
            parser(case)
            slowest = max(slowest, time.perf_counter() - call_started)
        best = min(best, time.perf_counter() - started)
    return best / len(cases) * 1e6, [case.is_right(result) for case, result in zip(cases, results)], slowest


def hostile_slowest() -> float:
    """The slowest call of parse_date / find_body_dates on 1 MB inputs of junk and repeated shapes."""
    slowest = 0.0
    for unit in ("1", "1/", "1-2/", "Senin (", "(Rabu, 9/", "19 Rajab 1434/", "&#8211;", "\x00", "12:34 ",
                 "Senin (22/4) 26 Oktober 2012 ", "R11 ", "1 2 3 "):
        text = (unit * (1_000_000 // len(unit) + 1))[:1_000_000]
        for call in (lambda: parse_date(text, base=RELATIVE_BASE), lambda: find_body_dates(text, RELATIVE_BASE)):
            started = time.perf_counter()
            call()
            slowest = max(slowest, time.perf_counter() - started)
    return slowest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)

    dev, real = dev_cases(), real_cases()
    corpora = {
        f"bench corpus: {len(dev)} dev + {args.generated} generated strings":
            dev + generated_cases(args.generated, args.seed),
        f"real short strings: {len(real)} date strings of tests/data/*_dev.jsonl": real,
    }
    slowest = 0.0
    for title, cases in corpora.items():
        slowest = max(slowest, compare(title, cases, args.rounds))
    junk_slowest = hostile_slowest()
    worst = max(slowest, junk_slowest)
    print(f"slowest parse_date call: {slowest * 1e3:.2f} ms; on 1 MB junk: {junk_slowest * 1e3:.2f} ms "
          f"({'within' if worst < TEN_MS else 'OVER'} 10 ms)")
    return 0


def compare(title: str, cases: list[Case], rounds: int) -> float:
    """Print both parsers' figures on `cases`; the slowest single parse_date call, in seconds."""
    ours_us, ours_right, ours_slowest = measure(run_ours, cases, rounds)
    theirs_us, theirs_right, _ = measure(run_dateparser, cases, 1)
    print(title)
    print(f"{'parser':<12}{'us/call':>10}{'right':>8}{'of':>6}")
    print(f"{'parse_date':<12}{ours_us:>10.1f}{sum(ours_right):>8}{len(cases):>6}")
    print(f"{'dateparser':<12}{theirs_us:>10.1f}{sum(theirs_right):>8}{len(cases):>6}")
    print(f"speed ratio: {theirs_us / ours_us:.0f}x (goal >= 100x)")
    exceptions = [case for case, ours, theirs in zip(cases, ours_right, theirs_right) if theirs and not ours]
    print(f"right wherever dateparser is right: {'yes' if not exceptions else 'no'} "
          f"({len(exceptions)} exceptions listed)")
    for case in exceptions:
        print(f"  {case.text!r}: parse_date {run_ours(case)} vs expected {case.expected}")
    print()
    return ours_slowest


if __name__ == "__main__":
    sys.exit(main())
