"""A crawl's queue and fingerprints on disk: every request goes through them, nothing is left behind,
a folder left by a killed run does not hide its articles from the next run, and the next run of any
label removes it."""

from __future__ import annotations

import json

import pytest

from helpers import crawl_command, read_lines, run_command, stat

ARTICLES = 60


@pytest.mark.parametrize("in_memory", [0, 20, 4096])
def test_requests_beyond_the_memory_limit_wait_on_disk_and_the_folder_goes_with_the_run(make_sandbox, tmp_path,
                                                                                         in_memory):
    server = make_sandbox(articles=ARTICLES, seed=11)
    result = run_command(crawl_command(server.base_url, tmp_path, "-s", f"FRONTIER_MEMORY_REQUESTS={in_memory}"))
    assert result.returncode == 0, result.stderr[-2000:]
    enqueued, on_disk = stat(result.stderr, "scheduler/enqueued"), stat(result.stderr, "scheduler/enqueued/disk")
    if in_memory == 0:
        assert on_disk == enqueued
    elif in_memory < enqueued:
        assert 0 < on_disk < enqueued
    else:
        assert on_disk is None
    assert stat(result.stderr, "scheduler/dequeued") == enqueued
    assert stat(result.stderr, "scheduler/unserializable") is None
    lines = read_lines(tmp_path)
    assert len(lines) == len({line["id"] for line in lines}) == ARTICLES
    assert list((tmp_path / "frontier").iterdir()) == []


def test_a_killed_run_s_frontier_is_started_afresh(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=12)
    # What a run killed mid-crawl leaves: fingerprints of requests it never answered, a torn queue.
    folder = tmp_path / "frontier" / "mina_id_en_ar"
    (folder / "requests.queue" / "p-100").mkdir(parents=True)
    (folder / "requests.queue" / "active.json").write_text(json.dumps([-100]))
    (folder / "requests.queue" / "p-100" / "q00000").write_bytes(b"\x00torn")
    for name in ("requests.seen.sqlite", "requested_articles.sqlite"):
        (folder / name).write_bytes(b"not a database")
    # And one that a killed run of another label left, which that label may never run again.
    other = tmp_path / "frontier" / "mina_en"
    (other / "requests.queue" / "p-100").mkdir(parents=True)
    (other / "requests.seen.sqlite").write_bytes(b"not a database")
    result = run_command(crawl_command(server.base_url, tmp_path, "-s", "FRONTIER_MEMORY_REQUESTS=0"))
    assert result.returncode == 0, result.stderr[-2000:]
    lines = read_lines(tmp_path)
    assert len(lines) == len({line["id"] for line in lines}) == ARTICLES
    assert not folder.exists() and not other.exists()
    assert "removed the frontier folder a killed run of mina_en left" in result.stderr
