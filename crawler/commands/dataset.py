"""`scrapy dataset build|stats`: one dataset from every crawl run of every site, and its statistics.

    scrapy dataset build --from OUTPUT_DIR --out FILE [--site NAME[,NAME]]... [--since D] [--until D]
                         [--edition E] [--category C] [--all-versions] [--keep-duplicates]
    scrapy dataset stats FILE [--chart FILE.svg] [--json]
    scrapy dataset feed --from OUTPUT_DIR --out FILE.xml [--site NAME[,NAME]]... [--entries N]
"""

from __future__ import annotations

import argparse
import json
import os
import shlex
import sys
from datetime import date, datetime, timezone
from pathlib import Path

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError

# The dataset modules (their site profiles, schema and validators) load only when this command
# runs: Scrapy imports every command module on every start-up, a scheduled `scrapy crawl` included.

PROBLEMS_SHOWN = 100  # skipped lines listed one by one; beyond that only counted


class Command(ScrapyCommand):
    requires_project = True
    requires_crawler_process = False  # file work only: no crawler, no reactor
    default_settings = {"LOG_ENABLED": False}

    def syntax(self) -> str:
        return ("build --from OUTPUT_DIR --out FILE [--site NAME] [--since D] [--until D] [--edition E] [--category C] "
                "[--all-versions] [--keep-duplicates] | stats FILE [--chart FILE.svg] [--json] "
                "| feed --from OUTPUT_DIR --out FILE.xml [--site NAME] [--entries N]")

    def short_desc(self) -> str:
        return ("Build one deduplicated dataset from the crawl runs, print a dataset's statistics, "
                "or write an Atom feed of the newest articles")

    def add_options(self, parser: argparse.ArgumentParser) -> None:
        from crawler.datasets.feed import DEFAULT_ENTRIES
        from crawler.datasets.formats import FORMATS

        super().add_options(parser)
        build = parser.add_argument_group("build")
        build.add_argument("--from", dest="source", type=Path, help="crawl OUTPUT_DIR holding <spider>/*.jsonl")
        build.add_argument("--out", type=Path, help=f"dataset file; format from the extension: {', '.join(FORMATS)}")
        build.add_argument("--since", type=date.fromisoformat, help="first publication day, YYYY-MM-DD (WIB)")
        build.add_argument("--until", type=date.fromisoformat, help="last publication day, YYYY-MM-DD (WIB)")
        build.add_argument("--site", action="append", metavar="NAME",
                           help="these sites only (spider names, e.g. mina): repeat it or give a comma list")
        build.add_argument("--edition", help="one edition only (its code, e.g. id)")
        build.add_argument("--category", help="category name or category_path slug (case-insensitive)")
        build.add_argument("--all-versions", action="store_true", help="every version, not only the latest")
        build.add_argument("--keep-duplicates", action="store_true", help="keep near-copies (duplicate_of set)")
        stats = parser.add_argument_group("stats")
        stats.add_argument("--chart", type=Path, help="write an SVG chart of articles per day here")
        stats.add_argument("--json", action="store_true", help="print the statistics as JSON")
        feed = parser.add_argument_group("feed (also --from, --out, --site)")
        feed.add_argument("--entries", type=int, default=DEFAULT_ENTRIES,
                          help=f"entries in the feed, newest first (default {DEFAULT_ENTRIES})")

    def run(self, args: list[str], opts: argparse.Namespace) -> None:
        if args[:1] == ["build"] and len(args) == 1:
            self.exitcode = self._build(opts)
        elif args[:1] == ["stats"] and len(args) == 2:
            self.exitcode = self._stats(Path(args[1]), opts)
        elif args[:1] == ["feed"] and len(args) == 1:
            self.exitcode = self._feed(opts)
        else:
            raise UsageError("use `dataset build --from DIR --out FILE ...`, `dataset stats FILE` "
                             "or `dataset feed --from DIR --out FILE.xml`")

    def _build(self, opts: argparse.Namespace) -> int:
        from crawler.datasets.build import build_dataset
        from crawler.datasets.card import card_data, write_card
        from crawler.datasets.filters import Filters
        from crawler.datasets.formats import format_of
        from crawler.datasets.runs import Problem, is_run_file_path, run_files

        if opts.source is None or opts.out is None:
            raise UsageError("build needs --from OUTPUT_DIR and --out FILE")
        if not opts.source.is_dir():
            raise UsageError(f"--from {opts.source}: not a directory")
        try:
            format_of(opts.out)
        except ValueError as error:
            raise UsageError(str(error)) from None
        if is_run_file_path(opts.out, opts.source):
            raise UsageError(f"--out {opts.out} would be read back as a run file of {opts.source}: "
                             f"write datasets elsewhere (another folder, or a .jsonl.gz, .csv or .parquet)")
        if opts.since and opts.until and opts.since > opts.until:
            raise UsageError("--since is after --until")
        filters = Filters(since=opts.since, until=opts.until, edition=opts.edition, category=opts.category,
                          sites=site_names(opts.site))
        if not run_files(opts.source):
            print(no_run_files_hint(opts.source), file=sys.stderr)
            return 1
        shown = 0

        def report_problem(problem: Problem) -> None:
            nonlocal shown
            shown += 1
            if shown <= PROBLEMS_SHOWN:
                print(f"skipped {problem}", file=sys.stderr)

        report = build_dataset(opts.source, opts.out, filters, all_versions=opts.all_versions,
                               keep_duplicates=opts.keep_duplicates, on_problem=report_problem)
        if report.corrupt_lines > PROBLEMS_SHOWN:
            print(f"skipped {report.corrupt_lines - PROBLEMS_SHOWN} more bad lines", file=sys.stderr)
        card = card_data(report, filters, all_versions=opts.all_versions, keep_duplicates=opts.keep_duplicates,
                         command=_build_command_line(opts))
        markdown_path, _ = write_card(card, opts.out)
        print(f"{opts.out}: {report.articles} articles from {len(report.run_files)} run files "
              f"({report.versions_collapsed} versions collapsed, {report.duplicates_excluded} near-copies "
              f"excluded, {report.filtered_out} filtered out, {report.corrupt_lines} bad lines skipped); "
              f"card {markdown_path}")
        return 0

    def _stats(self, path: Path, opts: argparse.Namespace) -> int:
        from crawler.datasets.chart import daily_chart_svg
        from crawler.datasets.formats import DatasetReadError
        from crawler.datasets.stats import dataset_stats, format_report

        if not path.is_file():
            raise UsageError(f"{path}: no such dataset file")
        try:
            stats = dataset_stats(path)
        except DatasetReadError as error:
            raise UsageError(str(error)) from None
        if opts.chart:
            opts.chart.write_text(daily_chart_svg(stats["per_day"], f"{path.name}: articles per day"),
                                  encoding="utf-8")
        text = json.dumps(stats, indent=2, ensure_ascii=False) + "\n" if opts.json else format_report(stats)
        write_stdout(text)
        return 0


    def _feed(self, opts: argparse.Namespace) -> int:
        from crawler.datasets.feed import ALL_SITES, entry_of, render_feed
        from crawler.datasets.newest import Newest
        from crawler.datasets.runs import read_run_lines, run_files
        from crawler.runtime.paths import write_atomically

        if opts.source is None or opts.out is None:
            raise UsageError("feed needs --from OUTPUT_DIR and --out FILE.xml")
        if not opts.source.is_dir():
            raise UsageError(f"--from {opts.source}: not a directory")
        if opts.entries < 1:
            raise UsageError("--entries needs a positive number")
        paths = run_files(opts.source)
        if not paths:
            print(no_run_files_hint(opts.source), file=sys.stderr)
            return 1
        sites = site_names(opts.site)
        newest = Newest(opts.entries)
        for line in read_run_lines(paths, on_problem=lambda problem: None):  # `dataset build` lists bad lines
            if sites is None or line.site in sites:
                newest.add(line.article)
        name = sites[0] if sites and len(sites) == 1 else ALL_SITES
        entries = [entry_of(article) for article in newest.articles()]
        opts.out.parent.mkdir(parents=True, exist_ok=True)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds").replace("+00:00", "Z")
        write_atomically(opts.out, render_feed(name, entries, now))
        print(f"{opts.out}: Atom feed of the {len(entries)} newest articles of {newest.seen} lines "
              f"in {len(paths)} run files")
        return 0


def no_run_files_hint(source: Path) -> str:
    """One line on an OUTPUT_DIR without run files, pointing up when `source` is a spider's folder itself."""
    if any(source.glob("*.jsonl")):
        return (f"no run files under {source} (its *.jsonl make it a spider's folder, OUTPUT_DIR/<spider>/); "
                f"did you mean its parent, --from {source.parent}?")
    return f"no run files under {source} (expected {source}/<spider>/*.jsonl): nothing to build"


def write_stdout(text: str) -> None:
    """Print `text`; a reader that stops early (`| head`) ends the output quietly, without a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        # stdout's buffer still holds bytes the interpreter would flush (and fail on) at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def site_names(values: list[str] | None) -> tuple[str, ...] | None:
    """`--site a --site b,c` → ("a", "b", "c"); None when no --site was given."""
    if not values:
        return None
    names = tuple(dict.fromkeys(name.strip() for value in values for name in value.split(",") if name.strip()))
    if not names:
        raise UsageError("--site needs a site name")
    return names


def _build_command_line(opts: argparse.Namespace) -> str:
    """The build's command line, rebuilt from its options: a card reader can run it again."""
    words = ["scrapy", "dataset", "build", "--from", str(opts.source), "--out", str(opts.out)]
    if opts.site:
        words += ["--site", ",".join(site_names(opts.site))]
    for option in ("since", "until", "edition", "category"):
        if getattr(opts, option) is not None:
            words += [f"--{option}", str(getattr(opts, option))]
    words += [flag for flag, on in (("--all-versions", opts.all_versions),
                                    ("--keep-duplicates", opts.keep_duplicates)) if on]
    return shlex.join(words)
