"""A crawl's queue and fingerprints on disk: every request goes through them, nothing is left behind,
and a folder left by a killed run does not hide its articles from the next run."""

from __future__ import annotations

import json

from helpers import crawl_command, read_lines, run_command, stat

ARTICLES = 60


def test_requests_wait_on_disk_and_the_scratch_folder_goes_with_the_run(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=11)
    result = run_command(crawl_command(server.base_url, tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    enqueued = stat(result.stderr, "scheduler/enqueued")
    assert enqueued and stat(result.stderr, "scheduler/enqueued/disk") == enqueued
    assert stat(result.stderr, "scheduler/unserializable") is None
    assert len({line["id"] for line in read_lines(tmp_path)}) == ARTICLES
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
    result = run_command(crawl_command(server.base_url, tmp_path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert len({line["id"] for line in read_lines(tmp_path)}) == ARTICLES
    assert not folder.exists()
