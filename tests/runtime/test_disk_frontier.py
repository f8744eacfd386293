"""The run's frontier on disk (crawler/runtime/frontier.py): key sets, the fingerprint filter, the scratch folder."""

from __future__ import annotations

from types import SimpleNamespace

from scrapy import Request
from scrapy.settings import Settings

from crawler.runtime.frontier import DiskDupeFilter, KeySet, frontier_folder, signed64


def test_a_key_set_answers_membership_from_its_file(tmp_path):
    keys = KeySet(tmp_path / "run" / "keys.sqlite")
    assert keys.add(1) and keys.add(-(1 << 63)) and keys.add((1 << 63) - 1)
    assert not keys.add(1)
    assert 1 in keys and -(1 << 63) in keys and 2 not in keys
    assert len(keys) == 3


def test_a_key_set_commits_in_batches_and_keeps_every_key(tmp_path):
    keys = KeySet(tmp_path / "keys.sqlite")
    assert all(keys.add(key) for key in range(25_000))
    assert not any(keys.add(key) for key in range(0, 25_000, 997))
    assert len(keys) == 25_000 and 24_999 in keys


def test_a_key_set_starts_empty_and_leaves_nothing_behind(tmp_path):
    folder = tmp_path / "frontier" / "mina_id"
    left = KeySet(folder / "keys.sqlite")
    left.add(7)
    # A killed run never closes its set: the next run of the label starts from an empty one.
    again = KeySet(folder / "keys.sqlite")
    assert 7 not in again
    again.close()
    left._db.close()
    assert not folder.exists()


def test_a_key_set_without_a_file_lives_in_memory():
    keys = KeySet(None)
    assert keys.add(3) and 3 in keys
    keys.close()


def test_the_fingerprint_filter_sees_each_request_once(tmp_path):
    dupefilter = DiskDupeFilter(tmp_path / "requests.seen.sqlite")
    first = Request("http://127.0.0.1:8000/id/berita-satu")
    assert not dupefilter.request_seen(first)
    assert dupefilter.request_seen(first.replace())
    assert not dupefilter.request_seen(Request("http://127.0.0.1:8000/id/berita-dua"))
    assert dupefilter.request_seen(Request("http://127.0.0.1:8000/id/berita-dua"))
    dupefilter.close("finished")
    assert not (tmp_path / "requests.seen.sqlite").exists()


def test_fingerprints_are_kept_as_their_first_64_bits():
    assert signed64(bytes.fromhex("ffffffffffffffff" + "00" * 12)) == -1
    assert signed64(bytes.fromhex("0000000000000001" + "ff" * 12)) == 1


def test_the_frontier_folder_is_the_run_label_s_under_output_dir(tmp_path):
    settings = Settings({"OUTPUT_DIR": str(tmp_path)})
    crawler = SimpleNamespace(settings=settings, run_state=SimpleNamespace(label="mina_id_en_ar"))
    assert frontier_folder(crawler) == (tmp_path / "frontier" / "mina_id_en_ar").resolve()
    # A run refused its lock has no run state: it writes nothing.
    assert frontier_folder(SimpleNamespace(settings=settings, run_state=None)) is None


def test_a_jobdir_run_gets_scrapy_s_resumable_scheduler_and_filter(tmp_path):
    from scrapy.dupefilters import RFPDupeFilter
    from scrapy.utils.test import get_crawler

    from crawler.runtime.frontier import DiskScheduler

    crawler = get_crawler(settings_dict={"JOBDIR": str(tmp_path / "job"),
                                         "SCHEDULER": "crawler.runtime.frontier.DiskScheduler",
                                         "DUPEFILTER_CLASS": "crawler.runtime.frontier.DiskDupeFilter"})
    scheduler = DiskScheduler.from_crawler(crawler)
    assert type(scheduler.df) is RFPDupeFilter and scheduler.df.file is not None
    assert scheduler.dqdir == str(tmp_path / "job" / "requests.queue") and not scheduler.scratch


def test_folders_that_killed_runs_of_other_labels_left_are_removed_live_ones_kept(tmp_path):
    from crawler.runtime.frontier import remove_abandoned_folders
    from crawler.runtime.lock import RunLock

    frontier = tmp_path / "frontier"
    for label in ("mina_id", "mina_id_en_ar", "mina_en", "antara_id"):
        (frontier / label / "requests.queue").mkdir(parents=True)
        (frontier / label / "requests.seen.sqlite").write_bytes(b"x")
    (frontier / ".removed-mina_ar-4242").mkdir()  # a removal cut short by a kill
    live = RunLock(tmp_path / "locks" / "mina_en.lock").acquire()  # another label's run, still crawling
    try:
        crawler = SimpleNamespace(settings=Settings({"OUTPUT_DIR": str(tmp_path)}),
                                  run_state=SimpleNamespace(label="mina_id"))
        assert remove_abandoned_folders(crawler) == ["antara_id", "mina_id_en_ar"]
        assert sorted(path.name for path in frontier.iterdir()) == ["mina_en", "mina_id"]
        # The labels' locks are free again: their next runs start.
        RunLock(tmp_path / "locks" / "mina_id_en_ar.lock").acquire().release()
    finally:
        live.release()
    # A run refused its lock touches nothing.
    assert remove_abandoned_folders(SimpleNamespace(settings=crawler.settings, run_state=None)) == []
