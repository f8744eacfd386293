"""Helper: small run files of synthetic articles (valid per the schema) under an OUTPUT_DIR."""

from __future__ import annotations

from pathlib import Path

import orjson


def write_run(output_dir: Path, name: str, lines: list[dict | bytes]) -> Path:
    """A run file `output_dir/mina/<name>`: dicts become JSON lines, bytes are written as they are."""
    path = output_dir / "mina" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for line in lines:
            out.write(line if isinstance(line, bytes) else orjson.dumps(line) + b"\n")
    return path
