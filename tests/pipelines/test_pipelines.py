import json

import pytest
from scrapy.exceptions import DropItem
from scrapy.utils.test import get_crawler

from crawler.items import Article
from pipelines.dedup import DedupPipeline
from pipelines.jsonl import JsonLinesWriterPipeline
from pipelines.normalize import NormalizePipeline
from pipelines.validate import ValidatePipeline


def valid_item(**changes) -> dict:
    item = {
        "schema_version": 1, "id": "0123456789abcdef", "url": "https://minanews.net/a",
        "canonical_url": "https://minanews.net/a", "agency": "MINA", "edition": "id", "language": "id",
        "title": "Judul", "published_at": "2019-04-23T10:15:00+07:00", "modified_at": None,
        "author": "Rana Setiawan", "editor": None, "category": "Internasional",
        "category_path": ["internasional"], "tags": ["Korea Utara"],
        "dateline": {"raw": "Pyongyang, MINA –", "place": "Pyongyang", "agency": "MINA", "date": None,
                     "hijri": None},
        "lead": "Paragraf satu.", "body": "Paragraf satu.\n\nParagraf dua.", "word_count": 4,
        "signature": {"raw": "(T/R11/P1)", "codes": ["T", "R11", "P1"]}, "related": [], "image": None,
        "mentioned_dates": [{"text": "Senin (22/4)", "date": "2019-04-22"}],
        "fetched_at": "2026-11-26T00:00:00+00:00", "content_hash": "a" * 40,
    }
    item.update(changes)
    return item


class FakeSpider:
    name = "mina"
    run_label = "mina_id"


@pytest.fixture
def crawler(tmp_path):
    crawler = get_crawler(settings_dict={"OUTPUT_DIR": str(tmp_path)})
    crawler.spider = FakeSpider()
    crawler.stats.open_spider()
    return crawler


def test_validation_drops_an_invalid_item_and_counts_the_reason(crawler):
    pipeline = ValidatePipeline.from_crawler(crawler)
    assert pipeline.process_item(Article(**valid_item()))
    with pytest.raises(DropItem, match="published_at"):
        pipeline.process_item(Article(**valid_item(published_at="Senin, 22 April 2019")))
    stats = crawler.stats.get_stats()
    assert stats["validate/dropped"] == 1
    assert stats["validate/dropped/published_at/pattern"] == 1


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


def test_dedup_drops_a_second_copy_in_the_same_run(crawler):
    pipeline = DedupPipeline.from_crawler(crawler)
    pipeline.process_item(valid_item())
    with pytest.raises(DropItem):
        pipeline.process_item(valid_item(url="https://minanews.net/a/"))
    assert crawler.stats.get_value("dedup/dropped/same_run") == 1


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


def test_writer_rejects_a_run_label_that_leaves_the_output_dir(crawler):
    crawler.spider.run_label = "../../x"
    with pytest.raises(ValueError, match="invalid run label"):
        JsonLinesWriterPipeline.from_crawler(crawler).open_spider()
