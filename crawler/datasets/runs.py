"""Reading run files: every line of `OUTPUT_DIR/<spider>/*.jsonl`, checked, with its place in the file
and its site (the article's `site`, else the run file's folder).

Lines written before articles named their site (schema version 1 without a `site` key) are read
as if written now: `site` is filled from the run file's folder (`OUTPUT_DIR/<spider>/`), and the
line is marked `upgraded` so that writers rewrite it instead of copying its bytes.

A line that is not a JSON object valid against the Article schema (corrupt, or partial:
cut short by a crash) is reported with its file and line number and skipped.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import fastjsonschema
import orjson

from crawler.schema import SCHEMA_PATH


@dataclass(frozen=True)
class Problem:
    """A skipped input line."""

    path: Path
    line: int  # 1-based
    reason: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.reason}"


@dataclass(frozen=True)
class RunLine:
    """One valid article version and where its bytes are."""

    article: dict
    site: str
    file_index: int
    offset: int
    length: int  # bytes of the line, newline excluded
    upgraded: bool = False  # the article differs from the line's bytes (an older line brought up to date)


def run_files(output_dir: Path) -> list[Path]:
    """Run files under `output_dir` (`<spider>/*.jsonl`), sorted by spider, then name (= time)."""
    return sorted(path for path in Path(output_dir).glob("*/*.jsonl") if path.is_file())


def is_run_file_path(path: Path, output_dir: Path) -> bool:
    """Whether a file written at `path` would be taken for a run file of `output_dir` (by
    `run_files`, and by the crawler's start-up reconciliation)."""
    path = Path(path).resolve()
    return path.suffix == ".jsonl" and path.parent.parent == Path(output_dir).resolve()


@cache
def _validator() -> Callable[[dict], object]:
    return fastjsonschema.compile(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))


def check_article(data: object) -> str | None:
    """Why `data` is not a valid article line, or None."""
    if not isinstance(data, dict):
        return f"not a JSON object ({type(data).__name__})"
    try:
        _validator()(data)
    except fastjsonschema.JsonSchemaException as error:
        return f"invalid article: {error.message}"
    return None


def read_run_lines(paths: list[Path], on_problem: Callable[[Problem], None]) -> Iterator[RunLine]:
    """Every valid line of `paths`, in file order; each bad line goes to `on_problem`."""
    for file_index, path in enumerate(paths):
        folder_site = path.parent.name  # the spider that wrote the file
        offset = 0
        with path.open("rb") as lines:
            for number, raw in enumerate(lines, start=1):
                start, offset = offset, offset + len(raw)
                complete = raw.endswith(b"\n")
                content = raw.rstrip(b"\r\n")
                if not content.strip():
                    continue
                try:
                    data = orjson.loads(content)
                except orjson.JSONDecodeError as error:
                    reason = ("partial line (cut short at the end of the file)" if not complete
                              else f"corrupt line: {error}")
                    on_problem(Problem(path, number, reason))
                    continue
                upgraded = is_before_site(data)
                if upgraded:
                    data = with_site(data, folder_site)
                if reason := check_article(data):
                    on_problem(Problem(path, number, reason))
                    continue
                yield RunLine(data, data.get("site") or folder_site, file_index, start, len(content), upgraded)


def is_before_site(data: object) -> bool:
    """Whether `data` is a line written before articles named their site (version 1, no `site` key)."""
    return isinstance(data, dict) and "site" not in data and data.get("schema_version") == 1


def with_site(article: dict, site: str) -> dict:
    """`article` with `site` in its schema place (after `canonical_url`), for a line of the site's run file."""
    upgraded = {}
    for name, value in article.items():
        upgraded[name] = value
        if name == "canonical_url":
            upgraded["site"] = site
    upgraded.setdefault("site", site)
    return upgraded
