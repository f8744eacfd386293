"""Each format is written and read back equal to the JSON lines it came from."""

from __future__ import annotations

import csv
import gzip

import pyarrow.parquet as pq
import pytest

from crawler.datasets.build import build_dataset
from crawler.datasets.formats import DatasetReadError, arrow_schema, format_of, read_dataset
from crawler.datasets.samples import sample_article
from crawler.schema import FIELD_NAMES

from dataset_runs import write_run


@pytest.fixture
def varied_runs(tmp_path):
    """Nulls, empty arrays, nested objects, non-ASCII text, quotes, commas and newlines in values."""
    source = tmp_path / "output"
    write_run(source, "mina_id_en_ar_20261125T100000Z.jsonl", [
        sample_article(1),
        sample_article(2, edition="ar", language="ar", title="القدس، \"الخبر\"", author=None, dateline=None,
                       signature={"raw": "[]", "codes": []}, image=None, lead=None, tags=[], related=[],
                       mentioned_dates=[], published_at=None, modified_at="2026-11-21T08:00:00+07:00"),
        sample_article(3, edition="en", language="en", body='Line one, with "quotes".\n\nLine two; ✓.',
                       category=None, category_path=[], version=3, duplicate_of=None),
    ])
    return source


@pytest.mark.parametrize("name", ["d.jsonl", "d.jsonl.gz", "d.csv", "d.parquet"])
def test_written_and_read_back_equal(varied_runs, tmp_path, name):
    reference = tmp_path / "reference.jsonl"
    build_dataset(varied_runs, reference)
    expected = list(read_dataset(reference))
    assert len(expected) == 3
    out = tmp_path / name
    build_dataset(varied_runs, out)
    assert list(read_dataset(out)) == expected
    assert all(list(article) == list(FIELD_NAMES) for article in read_dataset(out))


def test_jsonl_lines_are_the_run_lines_byte_for_byte(varied_runs, tmp_path):
    build_dataset(varied_runs, tmp_path / "d.jsonl")
    build_dataset(varied_runs, tmp_path / "d.jsonl.gz")
    run_lines = set((varied_runs / "mina" / "mina_id_en_ar_20261125T100000Z.jsonl").read_bytes().splitlines())
    plain = (tmp_path / "d.jsonl").read_bytes()
    assert set(plain.splitlines()) == run_lines
    assert gzip.decompress((tmp_path / "d.jsonl.gz").read_bytes()) == plain


def test_csv_has_a_header_and_nested_fields_as_json(varied_runs, tmp_path):
    build_dataset(varied_runs, tmp_path / "d.csv")
    with open(tmp_path / "d.csv", encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    assert rows[0] == list(FIELD_NAMES)
    first = next(dict(zip(rows[0], row)) for row in rows[1:] if row[1] == sample_article(1)["id"])
    assert first["category_path"] == '["internasional","asia"]'
    assert first["signature"] == '{"raw":"(T/RE1/P2)","codes":["T","RE1","P2"]}'
    assert first["modified_at"] == ""  # null


def test_parquet_schema_comes_from_the_article_schema(varied_runs, tmp_path):
    build_dataset(varied_runs, tmp_path / "d.parquet")
    schema = pq.read_schema(tmp_path / "d.parquet")
    assert schema.names == list(FIELD_NAMES)
    assert schema.equals(arrow_schema())
    assert str(schema.field("dateline").type).startswith("struct<raw: string")
    assert str(schema.field("mentioned_dates").type.value_type) == "struct<text: string not null, date: date32[day] not null>"
    assert not schema.field("body").nullable and schema.field("author").nullable
    table = pq.read_table(tmp_path / "d.parquet", columns=["version", "dateline"])
    assert sorted(table.column("version").to_pylist()) == [1, 1, 3]


def test_format_follows_the_extension():
    assert format_of("x/a.JSONL.GZ") == ".jsonl.gz"
    assert format_of("a.jsonl") == ".jsonl"
    with pytest.raises(ValueError, match="unknown dataset format"):
        format_of("a.json")


# How each file is damaged (from a good dataset's bytes of its format), and what reading it says.
DAMAGED = {
    "truncated.parquet": (lambda data: data[: len(data) // 2], "not a Parquet dataset"),
    "text.parquet": (lambda data: b"id,title\n1,x\n", "not a Parquet dataset"),
    "truncated.jsonl.gz": (lambda data: data[: len(data) // 2], "cannot be read as .jsonl.gz"),
    "plain.jsonl.gz": (gzip.decompress, "cannot be read as .jsonl.gz: Not a gzipped file"),
    "cut.jsonl": (lambda data: data + b'{"id": "abc", "tit', "line 2: not JSON"),
    "array.jsonl": (lambda data: b"[1, 2]\n", "line 1: not an article"),
    "latin1.csv": (lambda data: data.replace(b"Judul", "J\u00fcdul".encode("latin-1")), "cannot be read as .csv"),
    "other.csv": (lambda data: b"a,b\n1,2\n", "not a dataset CSV: no column schema_version, id, url (+"),
}


def build_dataset_of_one(tmp_path, out):
    source = tmp_path / "source"
    if not source.exists():
        write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1, title="Judul")])
    build_dataset(source, out)


@pytest.mark.parametrize("name", DAMAGED)
def test_a_damaged_or_foreign_file_is_named_with_what_is_wrong(tmp_path, name):
    damage, says = DAMAGED[name]
    good = tmp_path / ("good" + name[name.index("."):])
    build_dataset_of_one(tmp_path, good)
    path = tmp_path / name
    path.write_bytes(damage(good.read_bytes()))
    with pytest.raises(DatasetReadError) as raised:
        list(read_dataset(path))
    assert str(raised.value).startswith(f"{path}: ") and says in str(raised.value)
