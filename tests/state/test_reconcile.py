"""Reconciliation: the run files are the log, the store learns every whole line it missed."""

from __future__ import annotations

import os
from pathlib import Path

import orjson

from crawler.state.reconcile import CorruptLine, reconcile
from state_helpers import article_id, content_hash


def _line(n: int, *, version: int | None = None, body: str = "isi berita") -> bytes:
    item = {"id": article_id(n), "canonical_url": f"https://minanews.net/article-{n}",
            "content_hash": content_hash(body + str(n)), "modified_at": None, "body": body,
            "fetched_at": "2026-11-01T10:00:00Z"}
    if version is not None:
        item["version"] = version
    return orjson.dumps(item) + b"\n"


def _write(path: Path, *chunks: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab") as stream:
        for chunk in chunks:
            stream.write(chunk)
    return path


def test_learns_whole_lines_cuts_partial_line_reports_corrupt_line(store, tmp_path):
    out = tmp_path / "mina"
    _write(out / "daily_20261101T000000Z.jsonl", _line(1), _line(2))
    partial = _line(5)[:40]
    crashed = _write(out / "daily_20261102T000000Z.jsonl", _line(3), b"{not json\n", _line(4), partial)
    report = reconcile(store, out)
    assert all(article_id(n) in store for n in (1, 2, 3, 4))
    assert article_id(5) not in store
    assert report.recorded == 4 and report.known == 0
    assert (report.truncated_lines, report.truncated_bytes) == (1, len(partial))
    assert crashed.read_bytes().endswith(_line(4))
    assert report.corrupt == [CorruptLine("daily_20261102T000000Z.jsonl", 2, report.corrupt[0].reason)]
    assert report.corrupt[0].reason.startswith("invalid JSON")
    assert store.get(article_id(3)).output_file == "daily_20261102T000000Z.jsonl"


def test_offsets_make_a_second_reconcile_read_nothing(store, tmp_path):
    out = tmp_path / "mina"
    run = _write(out / "a_1.jsonl", _line(1), _line(2))
    reconcile(store, out)
    again = reconcile(store, out)
    assert (again.files_read, again.bytes_read, again.lines_read) == (0, 0, 0)
    _write(run, _line(3))  # a file that grew: only the new bytes are read
    grown = reconcile(store, out)
    assert (grown.lines_read, grown.recorded, grown.bytes_read) == (1, 1, len(_line(3)))


def test_corrupt_line_numbers_count_from_the_start_of_the_file(store, tmp_path):
    out = tmp_path / "mina"
    run = _write(out / "a_1.jsonl", _line(1), _line(2))
    reconcile(store, out)
    _write(run, _line(3), b'["a list"]\n', b'{"id": "xyz"}\n')
    report = reconcile(store, out)
    assert [(c.line, c.reason) for c in report.corrupt] == [(4, "not a JSON object"), (5, "missing or invalid id")]


def test_lines_already_claimed_are_not_counted_again(store, tmp_path):
    out = tmp_path / "mina"
    _write(out / "a_1.jsonl", _line(1), _line(2, version=1))
    first = reconcile(store, out)
    _write(out / "b_2.jsonl", _line(1), _line(2, version=2, body="baru"))  # a rerun's copy and a new version
    second = reconcile(store, out)
    assert (first.recorded, second.recorded, second.known) == (2, 1, 1)
    assert store.get(article_id(2)).version == 2
    assert store.get(article_id(1)).output_file == "a_1.jsonl"


def test_file_order_does_not_change_the_result(store, tmp_path):
    out = tmp_path / "mina"
    newer = _write(out / "b_2.jsonl", _line(1, version=2, body="baru"))
    older = _write(out / "a_1.jsonl", _line(1, version=1))
    os.utime(older, (1, 1))
    os.utime(newer, (2, 2))
    older.touch()  # the older run's file now looks newest
    reconcile(store, out)
    assert store.get(article_id(1)).version == 2
    assert store.get(article_id(1)).output_file == "b_2.jsonl"


def test_a_replaced_shorter_file_is_read_again(store, tmp_path):
    out = tmp_path / "mina"
    run = _write(out / "a_1.jsonl", _line(1), _line(2))
    reconcile(store, out)
    run.write_bytes(_line(3))
    report = reconcile(store, out)
    assert report.recorded == 1 and article_id(3) in store


def test_missing_directory_is_an_empty_report(store, tmp_path):
    report = reconcile(store, tmp_path / "nowhere")
    assert report.files_read == 0 and report.corrupt == []
