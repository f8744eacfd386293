"""Dataset file formats, chosen by the file name's extension: writers and readers.

- `.jsonl`, `.jsonl.gz`: the run lines themselves, byte for byte, one article per line.
- `.csv`: UTF-8, a header row with the schema's field names in schema order; arrays and
  objects as JSON strings; null as an empty cell.
- `.parquet`: an Arrow schema derived from `crawler.schema.FIELDS`: strings, 64-bit
  integers, arrays as lists and objects as structs (nested, queryable without JSON
  parsing), and real types where a reader filters or groups (`TYPED_COLUMNS`):
  - `published_at`, `modified_at`: timestamps (microseconds) with time zone `+07:00` (WIB,
    the zone the lines state them in); `fetched_at`, `discovered_at`: timestamps in `UTC`.
    Parquet stores the instant (UTC-adjusted); the zone is the Arrow type's, so pandas shows
    WIB wall times and DuckDB a TIMESTAMPTZ; comparisons need no cast.
  - `dateline.date`, `mentioned_dates[].date`: `date32` (calendar days, no zone).
  - `agency`, `site`, `edition`, `language`, `category`: dictionary-encoded strings.
  Rows keep the build's order: publication time, undated articles last.
  Read back by `read_dataset`, times and dates are ISO strings again, as in the lines.
"""

from __future__ import annotations

import csv
import gzip
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any, Protocol

import orjson

from crawler.schema import FIELDS

FORMATS = (".jsonl", ".jsonl.gz", ".csv", ".parquet")
PARQUET_BATCH_ROWS = 2_000  # rows held before a parquet row group is written: bounds memory


def format_of(path: Path) -> str:
    name = Path(path).name.lower()
    for suffix in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(suffix):
            return suffix
    raise ValueError(f"unknown dataset format for {path}: use one of {', '.join(FORMATS)}")


class Writer(Protocol):
    def write(self, line: bytes) -> None: ...  # one run line, without its newline
    def close(self) -> None: ...


class JsonLinesWriter:
    def __init__(self, path: Path, compressed: bool):
        # gzip level 6: close to 9 in size, several times faster
        self.file = gzip.open(path, "wb", compresslevel=6) if compressed else open(path, "wb")

    def write(self, line: bytes) -> None:
        self.file.write(line + b"\n")

    def close(self) -> None:
        self.file.close()


def _is_nested(field) -> bool:
    return field.json_type.get("type") in ("array", "object")


class CsvWriter:
    def __init__(self, path: Path):
        self.file = open(path, "w", encoding="utf-8", newline="")
        self.rows = csv.writer(self.file)
        self.rows.writerow([f.name for f in FIELDS])

    def write(self, line: bytes) -> None:
        article = orjson.loads(line)
        self.rows.writerow([_csv_cell(article.get(f.name), _is_nested(f)) for f in FIELDS])

    def close(self) -> None:
        self.file.close()


def _csv_cell(value: Any, nested: bool) -> Any:
    if value is None:
        return ""
    if nested:
        return orjson.dumps(value).decode()
    return value


WIB_ZONE, UTC_ZONE = "+07:00", "UTC"
# column path ("a.b" in a struct, "a[].b" in a list of structs) -> its Arrow type beyond "string"
TYPED_COLUMNS: dict[str, tuple[str, str | None]] = {
    "published_at": ("timestamp", WIB_ZONE),
    "modified_at": ("timestamp", WIB_ZONE),
    "fetched_at": ("timestamp", UTC_ZONE),
    "discovered_at": ("timestamp", UTC_ZONE),
    "dateline.date": ("date", None),
    "mentioned_dates[].date": ("date", None),
    **{name: ("dictionary", None) for name in ("agency", "site", "edition", "language", "category")},
}


def _typed(kind: str, zone: str | None):
    import pyarrow as pa

    if kind == "timestamp":
        return pa.timestamp("us", tz=zone)
    if kind == "date":
        return pa.date32()
    return pa.dictionary(pa.int32(), pa.string())


def arrow_type(json_type: dict[str, Any], path: str = ""):
    """The Arrow type of a JSON Schema fragment of `crawler.schema` at column `path`."""
    import pyarrow as pa

    if path in TYPED_COLUMNS:
        return _typed(*TYPED_COLUMNS[path])
    kind = json_type.get("type")
    kinds = [kind] if isinstance(kind, str) else [k for k in kind if k != "null"]
    if kinds == ["string"]:
        return pa.string()
    if kinds == ["integer"]:
        return pa.int64()
    if kinds == ["array"]:
        return pa.list_(arrow_type(json_type["items"], f"{path}[]"))
    if kinds == ["object"]:
        return pa.struct([pa.field(name, arrow_type(sub, f"{path}.{name}"), nullable="null" in _kinds(sub))
                          for name, sub in json_type["properties"].items()])
    raise ValueError(f"no Arrow type for {json_type}")


def _to_arrow(value: Any, path: str) -> Any:
    """A JSON value at column `path` as pyarrow takes it: ISO times and dates as datetime and date."""
    if value is None:
        return None
    if isinstance(value, list):
        return [_to_arrow(item, f"{path}[]") for item in value]
    if isinstance(value, dict):
        return {name: _to_arrow(item, f"{path}.{name}") for name, item in value.items()}
    kind = TYPED_COLUMNS.get(path, ("", None))[0]
    if kind == "timestamp":
        return datetime.fromisoformat(value)  # an aware time: Arrow keeps the instant
    if kind == "date":
        return date.fromisoformat(value)
    return value


def _from_arrow(value: Any) -> Any:
    """A value read from Parquet as its JSON line has it: times and dates as ISO strings."""
    if isinstance(value, list):
        return [_from_arrow(item) for item in value]
    if isinstance(value, dict):
        return {name: _from_arrow(item) for name, item in value.items()}
    if isinstance(value, datetime):
        return value.isoformat().replace("+00:00", "Z")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _kinds(json_type: dict[str, Any]) -> list[str]:
    kind = json_type.get("type")
    return [kind] if isinstance(kind, str) else list(kind)


def arrow_schema():
    """The dataset's Arrow schema, derived from `crawler.schema.FIELDS`."""
    import pyarrow as pa

    return pa.schema([pa.field(f.name, arrow_type(f.json_type, f.name), nullable=f.nullable) for f in FIELDS])


class ParquetWriter:
    def __init__(self, path: Path):
        import pyarrow.parquet as pq

        self.schema = arrow_schema()
        self.writer = pq.ParquetWriter(path, self.schema, compression="zstd")
        self.batch: list[dict] = []

    def write(self, line: bytes) -> None:
        article = orjson.loads(line)
        self.batch.append({name: _to_arrow(value, name) for name, value in article.items()})
        if len(self.batch) >= PARQUET_BATCH_ROWS:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.batch:
            self.writer.write_table(pa.Table.from_pylist(self.batch, schema=self.schema))
            self.batch = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def open_writer(path: Path, kind: str) -> Writer:
    """A writer of format `kind` (one of FORMATS) to `path`."""
    if kind == ".parquet":
        return ParquetWriter(path)
    if kind == ".csv":
        return CsvWriter(path)
    return JsonLinesWriter(path, compressed=kind == ".jsonl.gz")


class DatasetReadError(ValueError):
    """A file that is not a dataset of its extension's format (damaged, truncated, or another kind of file)."""


def read_dataset(path: Path) -> Iterator[dict]:
    """The articles of a dataset file of any format, as the dicts of their JSON lines.

    Raises `DatasetReadError` naming the file (and the line of a JSON lines file) where it is not one."""
    kind = format_of(path)
    try:
        if kind == ".parquet":
            yield from _parquet_rows(path)
        elif kind == ".csv":
            yield from _csv_rows(path)
        else:
            yield from _json_lines(path, kind)
    except (OSError, EOFError, UnicodeDecodeError, csv.Error) as error:  # not gzip, truncated, not UTF-8
        raise DatasetReadError(f"{path}: cannot be read as {kind}: {error}") from None


def _parquet_rows(path: Path) -> Iterator[dict]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_BATCH_ROWS):
            for row in batch.to_pylist():
                yield {name: _from_arrow(value) for name, value in row.items()}
    except pa.ArrowException as error:
        raise DatasetReadError(f"{path}: not a Parquet dataset: {error}") from None


def _csv_rows(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8", newline="") as file:
        rows = csv.DictReader(file)
        missing = [f.name for f in FIELDS if f.name not in (rows.fieldnames or ())]
        if missing:
            raise DatasetReadError(f"{path}: not a dataset CSV: no column {', '.join(missing[:3])}"
                                   + (f" (+{len(missing) - 3} more)" if len(missing) > 3 else ""))
        for number, row in enumerate(rows, start=2):
            try:
                yield {f.name: _from_csv(row[f.name], f) for f in FIELDS}
            except (ValueError, TypeError) as error:  # a nested cell that is no JSON, a short row
                raise DatasetReadError(f"{path}: line {number}: {error}") from None


def _json_lines(path: Path, kind: str) -> Iterator[dict]:
    opener = gzip.open if kind == ".jsonl.gz" else open
    with opener(path, "rb") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                article = orjson.loads(line)
            except orjson.JSONDecodeError as error:
                raise DatasetReadError(f"{path}: line {number}: not JSON ({error})") from None
            if not isinstance(article, dict):
                raise DatasetReadError(f"{path}: line {number}: not an article (a JSON object)")
            yield article


def _from_csv(cell: str, field) -> Any:
    if cell == "" and field.nullable:
        return None
    if _is_nested(field):
        return orjson.loads(cell)
    if field.json_type.get("type") == "integer":
        return int(cell)
    return cell
