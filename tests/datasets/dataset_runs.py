"""Helper: small run files of synthetic articles (valid per the schema) under an OUTPUT_DIR."""

from __future__ import annotations

from pathlib import Path

import orjson

from crawler.datasets.samples import sample_article


def write_run(output_dir: Path, name: str, lines: list[dict | bytes], site: str = "mina") -> Path:
    """A run file `output_dir/<site>/<name>`: dicts become JSON lines, bytes are written as they are."""
    path = output_dir / site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as out:
        for line in lines:
            out.write(line if isinstance(line, bytes) else orjson.dumps(line) + b"\n")
    return path


def other_site_article(number: int, site: str | None = "kabar", **overrides) -> dict:
    """`sample_article(number)` as a made-up site without a profile would have it, on its own host
    (`site=None`: a page of no known site, on the `kabar` host)."""
    url = f"https://{site or 'kabar'}.example/berita/{number}"
    return {**sample_article(number), "site": site, "agency": site.upper() if site else None, "url": url,
            "canonical_url": url, **overrides}
