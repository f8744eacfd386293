"""End to end: the crawl's disk fills up mid-run (a small tmpfs holds OUTPUT_DIR, the state store with it), then
is given room; the two runs export every article exactly once. Needs the privilege to mount a tmpfs (skipped
without it)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections import Counter

import pytest

from helpers import read_lines, run_crawl, run_files, stat

pytestmark = pytest.mark.e2e


def mount(target, size: str, *options: str) -> bool:
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", ",".join((*options, f"size={size}")), "tmpfs", str(target)],
                            capture_output=True, timeout=30)
    return result.returncode == 0


@pytest.fixture
def small_disk(tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    if os.geteuid() != 0 or not mount(folder, "400k"):
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], capture_output=True, timeout=30)


def test_a_disk_that_fills_up_loses_and_repeats_no_article(make_sandbox, small_disk):
    server = make_sandbox(articles=150, seed=31)
    full = run_crawl(server.base_url, small_disk, "-s", "PARSE_PROCESSES=0")
    assert full.returncode == 3, full.stderr[-3000:]  # monitors failed: finish reason write_failed
    assert "'finish_reason': 'write_failed'" in full.stderr
    # Every component that could not save its files at close says so in one line, without a traceback.
    assert "Traceback" not in full.stderr
    assert "the state store could not save its last changes" in full.stderr
    assert re.search(r"ERROR: run report not written to \S+\.html \(No space left on device\)", full.stderr)
    assert not list(small_disk.rglob("*.tmp"))  # nor a temporary file of an atomic write
    written = stat(full.stderr, "jsonl/items_written")
    assert 0 < written < 150 and stat(full.stderr, "jsonl/write_failed") == 1
    [cut_short] = run_files(small_disk)
    assert all(line.endswith(b"\n") for line in cut_short.read_bytes().splitlines(keepends=True))

    assert mount(small_disk, "64m", "remount")
    room = run_crawl(server.base_url, small_disk, "-s", "PARSE_PROCESSES=0")
    assert room.returncode == 0, room.stderr[-3000:]
    exported = Counter(item["canonical_url"] for item in read_lines(small_disk))
    assert set(exported) == {record["canonical_url"] for record in server.site.truth(server.base_url)}
    assert max(exported.values()) == 1
    assert json.loads(run_files(small_disk)[0].read_bytes().splitlines()[0])["version"] == 1
