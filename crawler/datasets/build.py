"""Build one dataset from every run file: each article once, near-copies out, filtered, sorted.

It streams in two external-sort passes, so memory does not grow with the input:

1. Every valid line becomes a fixed-size key record ordered by (id, version desc,
   fetched_at desc, later file first); sorted on disk in bounded chunks, the first record
   of each id (or of each (id, version) with `all_versions`) is that article's line.
2. The chosen records that pass the filters and are not near-copies become records
   ordered by (published_at, id, version), nulls last, sorted the same way; their lines
   are then read back from the run files by offset and written in that order.
"""

from __future__ import annotations

import os
import struct
import tempfile
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from urllib.parse import urlsplit

import orjson

from crawler.datasets.extsort import DEFAULT_CHUNK_RECORDS, sorted_records
from crawler.datasets.filters import Filters
from crawler.times import WIB
from crawler.datasets.formats import format_of, open_writer
from crawler.datasets.runs import Problem, RunLine, read_run_lines, run_files, with_site

_BIAS = 1 << 62  # microseconds since 1970 shifted to stay positive for any real date
_NULL_TIME = (1 << 64) - 1  # sorts after every date: undated articles come last
_MAX32 = (1 << 32) - 1
_MAX64 = (1 << 64) - 1

# pass 1: id | ~version | ~fetched | ~file | ~offset || length | published | site | edition | host | flags
# (site, edition and host as indexes into the build's tables of names)
_CHOICE = struct.Struct(">8sIQIQIQHHIB")
# pass 2: published | id | version | file | offset | length | site to fill in (_AS_WRITTEN: none)
_ORDER = struct.Struct(">Q8sIIQIH")
_MATCHES, _NEAR_COPY, _UPGRADED = 1, 2, 4
_AS_WRITTEN = 0xFFFF  # the line's bytes are the article: copied as they are
_OPEN_FILES_MAX = 256


def _micros(timestamp: str | None) -> int:
    """Sortable microseconds of a validated ISO 8601 time (the schema requires its offset)."""
    if not timestamp:
        return _NULL_TIME
    delta = datetime.fromisoformat(timestamp) - datetime(1970, 1, 1, tzinfo=timezone.utc)
    return _BIAS + (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def _timestamp(micros: int, zone: timezone = timezone.utc) -> str:
    seconds, rest = divmod(micros - _BIAS, 1_000_000)
    moment = datetime.fromtimestamp(seconds, zone).replace(microsecond=rest)
    return moment.isoformat().replace("+00:00", "Z")


@dataclass
class Names:
    """Strings numbered in order of first sight: fixed-size records carry the number."""

    names: list[str] = field(default_factory=list)
    _numbers: dict[str, int] = field(default_factory=dict, repr=False)

    def number(self, name: str) -> int:
        number = self._numbers.get(name)
        if number is None:
            number = self._numbers[name] = len(self.names)
            self.names.append(name)
        return number


@dataclass
class BuildReport:
    """What a build read, chose and wrote; the dataset card is made from it."""

    output: Path
    format: str
    run_files: list[str] = field(default_factory=list)
    valid_lines: int = 0
    corrupt_lines: int = 0
    articles: int = 0
    per_site: dict[str, Counter] = field(default_factory=dict)  # site -> edition -> articles
    hosts: dict[str, Counter] = field(default_factory=dict)  # site -> host of the articles' urls -> articles
    versions_collapsed: int = 0
    duplicates_excluded: int = 0
    filtered_out: int = 0
    first_fetched_at: str | None = None
    last_fetched_at: str | None = None
    first_published_at: str | None = None
    last_published_at: str | None = None
    undated: int = 0
    names: dict[str, Names] = field(default_factory=lambda: {"site": Names(), "edition": Names(), "host": Names()},
                                    repr=False)


def build_dataset(source: Path, output: Path, filters: Filters = Filters(), *, all_versions: bool = False,
                  keep_duplicates: bool = False, on_problem: Callable[[Problem], None] = lambda problem: None,
                  chunk_records: int = DEFAULT_CHUNK_RECORDS) -> BuildReport:
    """Merge the run files under `source` into the dataset file `output` (format from its extension)."""
    output = Path(output)
    report = BuildReport(output=output, format=format_of(output))
    paths = run_files(Path(source))
    report.run_files = [str(path.relative_to(source)) for path in paths]

    def count_problem(problem: Problem) -> None:
        report.corrupt_lines += 1
        on_problem(problem)

    output.parent.mkdir(parents=True, exist_ok=True)
    partial = output.with_name(output.name + ".partial")
    with tempfile.TemporaryDirectory(prefix="dataset-", dir=output.parent) as tmp:
        tmp_dir = Path(tmp)
        lines = read_run_lines(paths, count_problem)
        choice = sorted_records((_choice_record(line, filters, report) for line in lines),
                                _CHOICE.size, tmp_dir, chunk_records)
        chosen = _chosen(choice, all_versions, keep_duplicates, report)
        ordered = sorted_records(chosen, _ORDER.size, tmp_dir, chunk_records)
        writer = open_writer(partial, report.format)
        try:
            for line in _lines_in_order(ordered, paths, report.names["site"].names):
                writer.write(line)
        finally:
            writer.close()
    os.replace(partial, output)  # a reader never sees half a dataset under the final name
    return report


def _choice_record(line: RunLine, filters: Filters, report: BuildReport) -> bytes:
    report.valid_lines += 1
    article = line.article
    flags = ((_MATCHES if filters.matches(article, line.site) else 0) | (_NEAR_COPY if article["duplicate_of"] else 0)
             | (_UPGRADED if line.upgraded else 0))
    names = report.names
    host = (urlsplit(article["url"]).hostname or "").removeprefix("www.")
    return _CHOICE.pack(bytes.fromhex(article["id"]), _MAX32 - article["version"],
                        _MAX64 - _micros(article["fetched_at"]), _MAX32 - line.file_index,
                        _MAX64 - line.offset, line.length, _micros(article["published_at"]),
                        names["site"].number(line.site), names["edition"].number(article["edition"]),
                        names["host"].number(host), flags)


def _chosen(records: Iterator[bytes], all_versions: bool, keep_duplicates: bool,
            report: BuildReport) -> Iterator[bytes]:
    """The first record of each id (of each (id, version) with all_versions), as pass-2 records."""
    group_width = 12 if all_versions else 8  # id, or id + version
    previous = None
    first_fetched = last_fetched = first_published = last_published = None
    for record in records:
        group = record[:group_width]
        if group == previous:
            report.versions_collapsed += 1
            continue
        previous = group
        (article_id, inverted_version, inverted_fetched, inverted_file, inverted_offset, length,
         published, site, edition, host, flags) = _CHOICE.unpack(record)
        if not flags & _MATCHES:
            report.filtered_out += 1
            continue
        if flags & _NEAR_COPY and not keep_duplicates:
            report.duplicates_excluded += 1
            continue
        report.articles += 1
        site_name = report.names["site"].names[site]
        report.per_site.setdefault(site_name, Counter())[report.names["edition"].names[edition]] += 1
        report.hosts.setdefault(site_name, Counter())[report.names["host"].names[host]] += 1
        fetched = _MAX64 - inverted_fetched
        first_fetched = fetched if first_fetched is None else min(first_fetched, fetched)
        last_fetched = fetched if last_fetched is None else max(last_fetched, fetched)
        if published == _NULL_TIME:
            report.undated += 1
        else:
            first_published = published if first_published is None else min(first_published, published)
            last_published = published if last_published is None else max(last_published, published)
        yield _ORDER.pack(published, article_id, _MAX32 - inverted_version, _MAX32 - inverted_file,
                          _MAX64 - inverted_offset, length, site if flags & _UPGRADED else _AS_WRITTEN)
    if first_fetched is not None:
        report.first_fetched_at, report.last_fetched_at = _timestamp(first_fetched), _timestamp(last_fetched)
    if first_published is not None:
        report.first_published_at = _timestamp(first_published, WIB)
        report.last_published_at = _timestamp(last_published, WIB)


def _lines_in_order(records: Iterator[bytes], paths: list[Path], site_names: list[str]) -> Iterator[bytes]:
    """The run lines the records point at, read by offset; older lines get their site filled in."""
    for record, line in _raw_lines(records, paths):
        site = _ORDER.unpack(record)[6]
        yield line if site == _AS_WRITTEN else orjson.dumps(with_site(orjson.loads(line), site_names[site]))


def _raw_lines(records: Iterator[bytes], paths: list[Path]) -> Iterator[tuple[bytes, bytes]]:
    """Each record with the bytes of the run line it points at."""
    descriptors: dict[int, int] = {}
    try:
        for record in records:
            _, _, _, file_index, offset, length, _ = _ORDER.unpack(record)
            descriptor = descriptors.get(file_index)
            if descriptor is None:
                if len(descriptors) >= _OPEN_FILES_MAX:  # many run files: stay under the descriptor limit
                    for open_descriptor in descriptors.values():
                        os.close(open_descriptor)
                    descriptors.clear()
                descriptor = descriptors[file_index] = os.open(paths[file_index], os.O_RDONLY)
            yield record, os.pread(descriptor, length, offset)
    finally:
        for descriptor in descriptors.values():
            os.close(descriptor)
