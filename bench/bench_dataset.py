"""Time and peak memory of `scrapy dataset build` at N and N/10 articles.

    python bench/bench_dataset.py [--articles 1000000] [--format .jsonl.gz|.parquet|.csv|.jsonl]

Writes run files of synthetic articles (valid per the schema, ~1.5 KB bodies) over a year of
publication days and three editions: 10% of the articles get a second version in a later
run, 3% are near-copies. Each build runs as its own process; its peak RSS comes from
`wait4`. Peak memory should be the same at N/10 and N: the merge is external.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from crawler.datasets.samples import sample_article  # noqa: E402
from crawler.times import WIB  # noqa: E402

RUNS = 10
EDITIONS = ("id", "en", "ar")
START = datetime(2025, 11, 1, tzinfo=WIB)
BODY_WORDS = "Jakarta MINA berita umat Islam Palestina Al-Aqsa kemanusiaan bantuan pendidikan dakwah".split()


def write_runs(output_dir: Path, articles: int) -> tuple[int, int]:
    """Run files under `output_dir/mina/`; returns (lines, bytes)."""
    folder = output_dir / "mina"
    folder.mkdir(parents=True)
    lines = size = 0
    per_run = -(-articles // RUNS)
    for run in range(RUNS):
        fetched = datetime(2026, 11, 1 + run, 10, tzinfo=timezone.utc)
        with (folder / f"mina_id_en_ar_{fetched:%Y%m%dT%H%M%SZ}.jsonl").open("wb") as out:
            numbers = list(range(run * per_run, min(articles, (run + 1) * per_run)))
            if run:  # second versions of some articles of the previous run
                numbers += [n for n in range((run - 1) * per_run, run * per_run) if n % 10 == 0]
            for number in numbers:
                version = 2 if number < run * per_run else 1
                line = orjson.dumps(_article(number, version, fetched)) + b"\n"
                out.write(line)
                lines += 1
                size += len(line)
    return lines, size


def _article(number: int, version: int, fetched: datetime) -> dict:
    words = [BODY_WORDS[(number * 7 + i * 3) % len(BODY_WORDS)] for i in range(180)]
    body = " ".join(words[:90]) + f" {number}.\n\n" + " ".join(words[90:]) + f" v{version}."
    published = START + timedelta(minutes=(number * 37) % (365 * 24 * 60))
    return sample_article(
        number, edition=EDITIONS[number % 3], language=EDITIONS[number % 3], body=body, version=version,
        published_at=published.isoformat(), fetched_at=fetched.isoformat().replace("+00:00", "Z"),
        duplicate_of="0123456789abcdef" if number % 33 == 0 else None)


def timed_build(source: Path, out: Path) -> tuple[float, float]:
    """Seconds and peak RSS in MB of one build process."""
    started = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "scrapy", "dataset", "build", "--from", str(source),
                                "--out", str(out)], cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)  # this child's own rusage, not the max over all children
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # reaped here: tell Popen
    if process.returncode:
        raise SystemExit(f"build failed with exit code {process.returncode}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1_000_000)
    parser.add_argument("--format", default=".jsonl.gz", choices=(".jsonl.gz", ".parquet", ".csv", ".jsonl"))
    args = parser.parse_args()
    print(f"dataset build, format {args.format}: time and peak RSS of the build process")
    print(f"{'articles':>10} {'lines':>10} {'input MB':>9} {'written':>9} {'seconds':>8} {'lines/s':>8} "
          f"{'peak RSS MB':>11}")
    with tempfile.TemporaryDirectory(prefix="bench-dataset-") as tmp:
        for articles in (max(1, args.articles // 10), args.articles):
            source = Path(tmp) / f"output-{articles}"
            lines, size = write_runs(source, articles)
            out = Path(tmp) / f"dataset-{articles}{args.format}"
            seconds, peak = timed_build(source, out)
            card = json.loads(out.with_name(out.name + ".card.json").read_text(encoding="utf-8"))
            written = card["counts"]["articles"]
            print(f"{articles:>10} {lines:>10} {size / 1e6:>9.0f} {written:>9} {seconds:>8.1f} "
                  f"{lines / seconds:>8.0f} {peak:>11.0f}", flush=True)
            for path in source.glob("*/*"):
                path.unlink()


if __name__ == "__main__":
    main()
