"""End to end: every sandbox article is exported exactly once (per version), across reruns,
edits, near-copies, `kill -9` at random moments and concurrent runs."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
import urllib.request
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from crawler.runtime.health import EXIT_LOCK_HELD
from helpers import ROOT, crawl_command, read_lines, run_crawl, run_files, start_crawl, stat, wait_for

pytestmark = pytest.mark.e2e

ARTICLES = 80


def ids_by_url(items: list[dict]) -> Counter:
    return Counter(item["canonical_url"] for item in items)


def new_lines(output_dir, before: list) -> list[dict]:
    """Lines of the run files that were not in `before`."""
    return [json.loads(line) for path in run_files(output_dir) if path not in before
            for line in path.open(encoding="utf-8")]


def lastmod_in_sitemap(base_url: str, edition: str, url: str) -> str | None:
    with urllib.request.urlopen(f"{base_url}/{edition}/post-sitemap.xml", timeout=10) as response:
        xml = response.read().decode()
    start = xml.find(f"<loc>{url}</loc>")
    if start < 0:
        return None
    tag = xml.index("<lastmod>", start) + len("<lastmod>")
    return xml[tag:xml.index("</lastmod>", tag)]


def just_after_now() -> datetime:
    """A modification time later than any sighting so far (sightings are stored in whole seconds)."""
    return datetime.now(timezone.utc).replace(microsecond=0) + timedelta(seconds=2)


def test_a_rerun_exports_nothing(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=1)
    first = run_crawl(server.base_url, tmp_path)
    assert first.returncode == 0, first.stderr[-3000:]
    items = read_lines(tmp_path)
    assert set(ids_by_url(items)) == {r["canonical_url"] for r in server.site.truth(server.base_url)}
    assert max(ids_by_url(items).values()) == 1
    assert {item["version"] for item in items} == {1}

    files = run_files(tmp_path)
    second = run_crawl(server.base_url, tmp_path)
    assert second.returncode == 0, second.stderr[-3000:]
    assert run_files(tmp_path) == files  # an idle run leaves no (empty) file behind
    assert stat(second.stderr, "jsonl/items_written") is None
    assert stat(second.stderr, "discovery/skipped_known") >= ARTICLES


def test_an_edited_article_is_exported_again_as_version_2(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=2)
    site = server.site
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    truth = site.truth(server.base_url)
    # The newest article is in the feed and the news sitemap too (dated by publication there);
    # an old one only in the post sitemap.
    newest, old = truth[-1], next(r for r in truth[5:] if r["edition"] == truth[-1]["edition"])
    edited = {}
    for record in (newest, old):
        sitemap_url = next(u for u in record["urls"] if "?" not in u and "/?p=" not in u)
        before = [lastmod_in_sitemap(server.base_url, record["edition"], u) for u in record["urls"]]
        site.modify(record["canonical_url"], body=record["body"] + "\n\nA correction was added later.",
                    modified=just_after_now())
        after = [lastmod_in_sitemap(server.base_url, record["edition"], u) for u in record["urls"]]
        assert after != before, sitemap_url  # the sitemap announces the change
        edited[record["canonical_url"]] = record

    files = run_files(tmp_path)
    rerun = run_crawl(server.base_url, tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    items = new_lines(tmp_path, files)
    assert sorted(i["canonical_url"] for i in items) == sorted(edited)
    for item in items:
        assert item["version"] == 2
        assert item["body"].endswith("A correction was added later.")
        assert item["modified_at"] is not None

    # Nothing changed since: the next run exports nothing.
    files = run_files(tmp_path)
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    assert new_lines(tmp_path, files) == []


def test_edits_are_not_exported_again_when_versions_are_off(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=3)
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    record = server.site.truth(server.base_url)[-1]
    server.site.modify(record["canonical_url"], body=record["body"] + "\n\nUpdated.", modified=just_after_now())

    files = run_files(tmp_path)
    rerun = run_crawl(server.base_url, tmp_path, "-s", "ARTICLE_VERSIONS=false")
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    assert new_lines(tmp_path, files) == []
    assert stat(rerun.stderr, "dedup/unchanged") >= 1  # it was fetched, and judged unchanged


def test_an_edit_the_sitemap_does_not_date_is_found_by_a_recheck(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=4)
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    record = server.site.truth(server.base_url)[20]
    # The sandbox's clock is in the past: this modification time is older than the last sighting.
    server.site.modify(record["canonical_url"], body=record["body"] + "\n\nA late fix.")

    files = run_files(tmp_path)
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    assert new_lines(tmp_path, files) == []
    assert run_crawl(server.base_url, tmp_path, "-a", "recheck=true").returncode == 0
    items = new_lines(tmp_path, files)
    assert [(i["canonical_url"], i["version"]) for i in items] == [(record["canonical_url"], 2)]


def test_a_near_copy_under_another_url_names_its_original(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=5)
    site = server.site
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    truth = site.truth(server.base_url)
    original = max((r for r in truth if r["edition"] == "id"), key=lambda r: len(r["body"]))
    copy = next(a for a in site.add_articles(10) if a.edition == "id")
    site.modify(copy.index, body=original["body"] + "\n\nRedaksi menambahkan satu kalimat.")
    copy_url = site.truth_record(server.base_url, copy)["canonical_url"]

    files = run_files(tmp_path)
    rerun = run_crawl(server.base_url, tmp_path)
    assert rerun.returncode == 0, rerun.stderr[-3000:]
    items = {i["canonical_url"]: i for i in new_lines(tmp_path, files)}
    assert len(items) == 10  # every added article, the copy included
    original_id = next(i["id"] for i in read_lines(tmp_path) if i["canonical_url"] == original["canonical_url"])
    assert items[copy_url]["duplicate_of"] == original_id
    assert [url for url, i in items.items() if i["duplicate_of"]] == [copy_url]


def test_a_near_copy_threshold_of_zero_turns_the_check_off(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=5)
    site = server.site
    assert run_crawl(server.base_url, tmp_path).returncode == 0
    original = max((r for r in site.truth(server.base_url) if r["edition"] == "id"), key=lambda r: len(r["body"]))
    copy = next(a for a in site.add_articles(10) if a.edition == "id")
    site.modify(copy.index, body=original["body"] + "\n\nRedaksi menambahkan satu kalimat.")

    files = run_files(tmp_path)
    assert run_crawl(server.base_url, tmp_path, "-s", "NEAR_DUPLICATE_DISTANCE=0").returncode == 0
    items = new_lines(tmp_path, files)
    assert len(items) == 10 and [i for i in items if i["duplicate_of"]] == []


def holds_lock(output_dir, crawl: subprocess.Popen, label: str = "mina_id_en_ar") -> bool:
    """The crawl got past start-up (imports) and into its run: it holds the run lock."""
    lock = output_dir / "locks" / f"{label}.lock"
    return lock.exists() and lock.read_text().startswith(f"pid {crawl.pid} ")


def lines_written(output_dir) -> int:
    return sum(path.read_bytes().count(b"\n") for path in run_files(output_dir))


def test_kill_9_at_random_moments_then_rerun_exports_every_article_exactly_once(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=6)
    expected = {r["canonical_url"] for r in server.site.truth(server.base_url)}
    # A reference run's length, from taking the lock (reconciliation, discovery, export) to its exit.
    reference, folder = start_crawl(server.base_url, tmp_path / "reference"), tmp_path / "reference"
    assert wait_for(lambda: holds_lock(folder, reference) or reference.poll() is not None)
    locked = time.monotonic()
    assert reference.wait(timeout=120) == 0
    run_time = time.monotonic() - locked

    rng = random.Random(2024)
    interrupted_mid_export = 0
    for trial in range(10):
        output = tmp_path / f"trial-{trial}"
        crawl = start_crawl(server.base_url, output)
        try:
            # Even trials: any moment of the run (by the clock); odd ones: a moment of the export
            # (by progress, so that machine load cannot push the kill past the export).
            if trial % 2 == 0:
                assert wait_for(lambda: holds_lock(output, crawl) or crawl.poll() is not None)
                crawl.wait(timeout=rng.uniform(0, run_time))
            else:
                target = rng.randint(1, len(expected) - 1)
                assert wait_for(lambda: lines_written(output) >= target or crawl.poll() is not None,
                                step=0.002)
        except subprocess.TimeoutExpired:
            pass
        finally:
            crawl.kill()  # SIGKILL: no handler, no flush, no cleanup
            crawl.wait(timeout=60)
        interrupted_mid_export += 0 < lines_written(output) < len(expected)

        rerun = run_crawl(server.base_url, output)
        assert rerun.returncode == 0, rerun.stderr[-3000:]
        items = read_lines(output)  # every line whole, valid JSON
        counts = ids_by_url(items)
        assert set(counts) == expected, f"trial {trial}"
        assert [url for url, n in counts.items() if n > 1] == [], f"trial {trial}"
        assert len({item["id"] for item in items}) == len(items)
    # Kills fell inside the export (else the test proved little).
    assert interrupted_mid_export >= 3


def _children(pid: int) -> list[int]:
    try:
        return [int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def _gone(pid: int) -> bool:
    try:  # a zombie (exited, not yet reaped by whoever adopted it) has gone too
        return Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0] in ("Z", "X")
    except OSError:
        return True


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
def test_a_crawl_killed_with_sigkill_leaves_no_parsing_worker_behind(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=8)
    crawl = start_crawl(server.base_url, tmp_path, "-s", "DOWNLOAD_DELAY=0.2", "-s", "PARSE_PROCESSES=1",
                        "-s", "PARSE_INLINE_SECONDS=0")  # the worker from the first page on
    try:
        assert wait_for(lambda: bool(_children(crawl.pid)) or crawl.poll() is not None)
        workers = _children(crawl.pid)
        assert workers and crawl.poll() is None
    finally:
        crawl.kill()  # SIGKILL: the crawl cannot close its worker
        crawl.wait(timeout=60)
    # The worker reads end-of-input on its socket and exits by itself.
    assert wait_for(lambda: all(_gone(pid) for pid in workers), timeout=30)


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads child processes from /proc")
def test_a_sigterm_to_the_whole_group_shuts_down_with_the_worker_still_parsing(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=9)
    log = tmp_path / "crawl.log"
    with log.open("w") as stderr:  # its own process group, as a service manager runs it
        crawl = subprocess.Popen(crawl_command(server.base_url, tmp_path, "-s", "DOWNLOAD_DELAY=0.1",
                                               "-s", "PARSE_PROCESSES=1", "-s", "PARSE_INLINE_SECONDS=0"),
                                 cwd=ROOT, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
    try:
        assert wait_for(lambda: lines_written(tmp_path) >= 3 or crawl.poll() is not None)
        workers = _children(crawl.pid)
        assert workers and crawl.poll() is None
        os.killpg(crawl.pid, signal.SIGTERM)  # the crawl and its worker alike
        crawl.wait(timeout=120)
    finally:
        if crawl.poll() is None:
            os.killpg(crawl.pid, signal.SIGKILL)
            crawl.wait(timeout=60)
    text = log.read_text(encoding="utf-8")
    assert "'finish_reason': 'shutdown'" in text, text[-3000:]
    assert "parsing worker exited" not in text  # the pages in flight were still parsed by the worker
    assert wait_for(lambda: all(_gone(pid) for pid in workers), timeout=30)


def test_a_second_concurrent_run_exits_75(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=7)
    lock = tmp_path / "locks" / "mina_id.lock"
    # Slowed down so that it is still running while the second one starts.
    first = start_crawl(server.base_url, tmp_path, "-s", "DOWNLOAD_DELAY=0.5",
                        "-s", "CONCURRENT_REQUESTS_PER_DOMAIN=1", edition="id")
    try:
        assert wait_for(lambda: lock.exists() and lock.read_text().startswith(f"pid {first.pid} "))
        second = run_crawl(server.base_url, tmp_path, edition="id")
        assert first.poll() is None
    finally:
        first.terminate()
        first.wait(timeout=60)
    assert second.returncode == EXIT_LOCK_HELD, second.stderr[-3000:]
    assert "another run holds" in second.stderr and f"pid {first.pid}" in second.stderr
    assert stat(second.stderr, "downloader/request_count") is None  # it fetched nothing

    # Another edition has its own lock: it is not blocked by a live run of the first.
    other = run_crawl(server.base_url, tmp_path, edition="en")
    assert other.returncode == 0, other.stderr[-3000:]


def test_a_lock_left_by_a_dead_process_is_taken_over(make_sandbox, tmp_path):
    server = make_sandbox(articles=ARTICLES, seed=8)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    lock = tmp_path / "locks" / "mina_id.lock"
    lock.parent.mkdir(parents=True)
    lock.write_text(f"pid {dead.pid} since 2026-01-01T00:00:00+00:00\n")

    result = run_crawl(server.base_url, tmp_path, edition="id")
    assert result.returncode == 0, result.stderr[-3000:]
    assert f"took over the lock left by a finished or dead run (pid {dead.pid} since" in result.stderr
    truth_id = {r["canonical_url"] for r in server.site.truth(server.base_url) if r["edition"] == "id"}
    assert set(ids_by_url(read_lines(tmp_path))) == truth_id
    assert lock.read_text() == ""  # released at the end
    assert not os.path.exists(tmp_path / "locks" / "mina_id_en_ar.lock")
