import asyncio
import errno
import json
from datetime import datetime, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import Article
from pipelines.dedup import DedupPipeline
import pipelines.jsonl
from pipelines.jsonl import JsonLinesWriterPipeline
from pipelines.normalize import NormalizePipeline, _is_clean, _rebuild, normalize_value
from pipelines.validate import ValidatePipeline

from crawler.parsing.simhash import simhash_hex
from crawler.runtime.runstate import RunState


def valid_item(**changes) -> dict:
    item = {
        "schema_version": 1, "id": "0123456789abcdef", "url": "https://minanews.net/a",
        "canonical_url": "https://minanews.net/a", "site": "mina", "agency": "MINA", "edition": "id",
        "language": "id",
        "title": "Judul", "published_at": "2019-04-23T10:15:00+07:00", "modified_at": None,
        "author": "Rana Setiawan", "editor": None, "category": "Internasional",
        "category_path": ["internasional"], "tags": ["Korea Utara"],
        "dateline": {"raw": "Pyongyang, MINA –", "place": "Pyongyang", "agency": "MINA", "date": None,
                     "hijri": None},
        "lead": "Paragraf satu.", "body": "Paragraf satu.\n\nParagraf dua.", "word_count": 4,
        "signature": {"raw": "(T/R11/P1)", "codes": ["T", "R11", "P1"]}, "related": [], "image": None,
        "mentioned_dates": [{"text": "Senin (22/4)", "date": "2019-04-22"}],
        "fetched_at": "2026-11-26T00:00:00+00:00", "content_hash": "a" * 40,
        "version": 1, "duplicate_of": None, "discovered_at": "2026-11-26T00:00:00+00:00",
    }
    item.update(changes)
    item.setdefault("simhash", simhash_hex(item["body"]))
    return item


class FakeSpider:
    name = "mina"
    run_label = "mina_id"


@pytest.fixture
def settings():
    return {}


@pytest.fixture
def crawler(tmp_path, settings):
    crawler = get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path), **settings})
    crawler.spider = FakeSpider()
    crawler.run_state = RunState.open(crawler.settings, "mina", "mina_id")
    crawler.stats.open_spider()
    yield crawler
    crawler.run_state.close()


def test_validation_drops_an_invalid_item_and_counts_the_reason(crawler):
    pipeline = ValidatePipeline.from_crawler(crawler)
    assert pipeline.process_item(Article(**valid_item()))
    with pytest.raises(DropItem, match="published_at"):
        pipeline.process_item(Article(**valid_item(published_at="Senin, 22 April 2019")))
    stats = crawler.stats.get_stats()
    assert stats["validate/dropped"] == 1
    assert stats["validate/dropped/published_at/pattern"] == 1


def test_valid_items_are_checked_without_jsonschema(crawler):
    """jsonschema (its import and its validator) is for explaining an invalid item; a poll exporting a few
    valid ones does not pay for it."""
    pipeline = ValidatePipeline.from_crawler(crawler)
    for number in range(3):
        assert pipeline.process_item(Article(**valid_item(id=f"{number:016x}")))
    assert pipeline.validator is None
    with pytest.raises(DropItem):
        pipeline.process_item(Article(**valid_item(word_count=-1)))
    assert pipeline.validator is not None


def test_validation_reports_missing_fields(crawler):
    pipeline = ValidatePipeline.from_crawler(crawler)
    item = valid_item()
    del item["title"]
    with pytest.raises(DropItem):
        pipeline.process_item(item)
    assert crawler.stats.get_value("validate/dropped/title/required") == 1


def test_normalize_folds_whitespace_and_expresses_times_in_wib():
    item = NormalizePipeline().process_item(valid_item(
        title="  Judul\u00a0 baru \n", body="Satu  dua.\n\n\n\n  Tiga\u3164 ", tags=["A", "A", "B"],
        published_at="2019-04-23T03:15:00+00:00"))
    assert item["title"] == "Judul baru"
    assert item["body"] == "Satu dua.\n\nTiga"
    assert item["tags"] == ["A", "B"]
    assert item["published_at"] == "2019-04-23T10:15:00+07:00"


def export(crawler, item: dict):
    """Run one item through dedup and the writer, as the crawl does."""
    writer = crawler.writer
    return writer.process_item(DedupPipeline.from_crawler(crawler).process_item(Article(**item)))


@pytest.fixture
def writing(crawler):
    crawler.writer = JsonLinesWriterPipeline.from_crawler(crawler)
    crawler.writer.open_spider()
    yield crawler
    crawler.writer.close_spider()


def test_a_second_copy_of_one_version_is_never_written(writing):
    export(writing, valid_item())
    with pytest.raises(DropItem):
        export(writing, valid_item(url="https://minanews.net/a/"))
    assert writing.stats.get_value("dedup/unchanged") == 1
    assert len(writing.writer.path.read_text(encoding="utf-8").splitlines()) == 1


def test_a_changed_article_is_exported_again_as_the_next_version(writing):
    export(writing, valid_item())
    export(writing, valid_item(body="Paragraf satu.\n\nParagraf dua diubah.", content_hash="b" * 40))
    lines = [json.loads(line) for line in writing.writer.path.read_text(encoding="utf-8").splitlines()]
    assert [line["version"] for line in lines] == [1, 2]
    assert lines[1]["discovered_at"] == lines[0]["discovered_at"]


@pytest.mark.parametrize("settings", [{"ARTICLE_VERSIONS": False}])
def test_versions_can_be_turned_off(writing):
    export(writing, valid_item())
    with pytest.raises(DropItem):
        export(writing, valid_item(content_hash="b" * 40))


def test_a_near_copy_under_another_url_points_to_the_original(writing):
    body = " ".join(f"kata{i} lain{i % 7} dan{i % 11}" for i in range(120))
    export(writing, valid_item(body=body))
    copy = export(writing, valid_item(id="fedcba9876543210", url="https://minanews.net/b",
                                      canonical_url="https://minanews.net/b", body=body + " Tambahan.",
                                      content_hash="c" * 40))
    assert copy["duplicate_of"] == "0123456789abcdef"
    assert writing.stats.get_value("dedup/near_duplicates") == 1


def test_writer_writes_whole_lines_under_output_dir_and_removes_empty_runs(crawler, tmp_path):
    writer = JsonLinesWriterPipeline.from_crawler(crawler)
    writer.open_spider()
    path = writer.path
    assert path.parent == (tmp_path / "mina").resolve() and path.name.startswith("mina_id_")
    writer.process_item(Article(**valid_item()))
    # Visible on disk before the run ends: nothing waits in a buffer.
    assert json.loads(path.read_text(encoding="utf-8"))["title"] == "Judul"
    writer.close_spider()
    assert len(path.read_text(encoding="utf-8").splitlines()) == 1

    idle = JsonLinesWriterPipeline.from_crawler(crawler)
    idle.open_spider()
    idle.close_spider()
    assert not idle.path.exists()


def test_runs_started_within_one_second_get_files_of_their_own(crawler, monkeypatch):
    """A poll right after a short run of the same label: sharing the run's file name, the idle poll deleted the
    run's file with its articles."""
    class OneSecond(datetime):
        @classmethod
        def now(cls, tz=None):
            return datetime(2026, 11, 30, 16, 5, 44, 900_000, tzinfo=timezone.utc)

    monkeypatch.setattr(pipelines.jsonl, "datetime", OneSecond)
    run = JsonLinesWriterPipeline.from_crawler(crawler)
    run.open_spider()
    run.process_item(Article(**valid_item()))
    run.close_spider()
    idle = JsonLinesWriterPipeline.from_crawler(crawler)
    idle.open_spider()
    busy = JsonLinesWriterPipeline.from_crawler(crawler)
    busy.open_spider()
    busy.process_item(Article(**valid_item(id="fedcba9876543210", url="https://minanews.net/b",
                                           canonical_url="https://minanews.net/b", content_hash="c" * 40)))
    idle.close_spider()
    busy.close_spider()
    assert run.path.name == "mina_id_20261130T160544Z.jsonl"
    assert busy.path.name == "mina_id_20261130T160546Z.jsonl"  # the idle run held ...45 until it closed
    assert [json.loads(line)["id"] for line in run.path.read_text(encoding="utf-8").splitlines()] == [
        valid_item()["id"]]
    assert [json.loads(line)["id"] for line in busy.path.read_text(encoding="utf-8").splitlines()] == [
        "fedcba9876543210"]
    assert not idle.path.exists()


class FillingDisk:
    """A run file on a disk that fills up: the write after `lines_fit` whole lines takes half its bytes, then
    every write fails as a full disk does."""

    def __init__(self, file, lines_fit: int):
        self.file, self.lines_left, self.full = file, lines_fit, False

    def write(self, data) -> int:
        if self.full:
            raise OSError(errno.ENOSPC, "No space left on device")
        if self.lines_left == 0:
            self.full = True
            return self.file.write(data[: len(data) // 2])
        self.lines_left -= 1
        return self.file.write(data)

    def __getattr__(self, name):
        return getattr(self.file, name)


def test_a_full_disk_loses_no_article_and_closes_the_crawl(writing, monkeypatch):
    closed = []
    monkeypatch.setattr(pipelines.jsonl, "deferred_from_coro", asyncio.run)  # no reactor in this test

    class Engine:
        async def close_spider_async(self, *, reason):
            closed.append(reason)

    writing.engine = Engine()
    writer = writing.writer
    writer.file = FillingDisk(writer.file, lines_fit=1)
    first, second, third = (valid_item(id=f"{n:016x}", url=f"https://minanews.net/{n}",
                                       canonical_url=f"https://minanews.net/{n}") for n in (1, 2, 3))
    export(writing, first)
    for unwritten in (second, third):
        with pytest.raises(DropItem, match="not written"):
            export(writing, unwritten)
    assert closed == ["write_failed"]
    # Whole lines only: the half line of the failed write is cut off.
    assert [json.loads(line)["id"] for line in writer.path.read_bytes().splitlines()] == [first["id"]]
    assert writing.stats.get_value("jsonl/write_failed") == 1 and writing.stats.get_value("jsonl/not_written") == 2
    # The store counts as exported what is in the file, and nothing else: the next run exports the others.
    store = writing.run_state.store
    store.flush()
    assert first["id"] in store and second["id"] not in store and third["id"] not in store


def test_a_full_disk_under_the_state_store_closes_the_crawl_as_under_the_run_file(writing, monkeypatch, caplog):
    """SQLite's `database or disk is full` at a batch's commit: one line, no traceback, the crawl closed as a full run
    file closes it; the lines written stay whole, and nothing more is written."""
    closed = []
    monkeypatch.setattr(pipelines.jsonl, "deferred_from_coro", asyncio.run)  # no reactor in this test

    class Engine:
        async def close_spider_async(self, *, reason):
            closed.append(reason)

    writing.engine = Engine()
    store = writing.run_state.store
    store._batch_claims = 1  # a commit before each claim after the first
    items = [valid_item(id=f"{n:016x}", url=f"https://minanews.net/{n}", canonical_url=f"https://minanews.net/{n}",
                        content_hash=f"{n:040x}") for n in range(1, 400)]
    export(writing, items[0])
    # The file may not grow: the next commits that need a page fail as on a full disk.
    store._db.execute(f"PRAGMA max_page_count = {store._db.execute('PRAGMA page_count').fetchone()[0]}")
    dropped = 0
    for item in items[1:]:
        try:
            export(writing, item)
        except DropItem as drop:
            assert "not written" in str(drop)
            dropped += 1
    assert closed == ["write_failed"] and dropped > 0
    assert writing.stats.get_value("jsonl/write_failed") == 1
    assert "cannot write to the state store (database or disk is full)" in caplog.text
    assert "Traceback" not in caplog.text
    written = [json.loads(line)["id"] for line in writing.writer.path.read_bytes().splitlines()]
    assert written == [item["id"] for item in items[:len(written)]] and len(written) + dropped == len(items)


def test_writer_rejects_a_run_label_that_leaves_the_output_dir(crawler):
    crawler.run_state.label = "../../x"
    with pytest.raises(ValueError, match="invalid run label"):
        JsonLinesWriterPipeline.from_crawler(crawler).open_spider()


@given(st.lists(st.sampled_from(["a", "é", "e\u0301", " ", "\n", "\t", "\u00a0", "\u3164"]), max_size=30).map("".join),
       st.booleans())
def test_normalizing_is_idempotent_and_leaves_no_loose_whitespace(text, multiline):
    once = normalize_value(text, multiline)
    assert normalize_value(once, multiline) == once
    assert once == once.strip() and "  " not in once and "\t" not in once and "\u00a0" not in once
    assert ("\n" not in once) if not multiline else all(p and p == p.strip() for p in once.split("\n\n") if once)


@given(st.lists(st.sampled_from(["a", "é", "e\u0301", " ", "\n", "\t", "\r", "\u00a0", "\u200b"]), max_size=30).map("".join),
       st.booleans())
def test_the_clean_text_shortcut_only_skips_text_that_rebuilding_keeps(text, multiline):
    if _is_clean(text, multiline):
        assert _rebuild(text, multiline) == text
    assert "\r" not in normalize_value(text, multiline)
