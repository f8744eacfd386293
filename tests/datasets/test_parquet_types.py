"""The Parquet dataset has real types: a reader filters times and dates without casts, in two engines."""

from __future__ import annotations

from datetime import date, datetime, timezone

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
import pytest

from crawler.datasets.build import build_dataset
from crawler.datasets.formats import read_dataset
from crawler.datasets.samples import sample_article

from dataset_runs import write_run


@pytest.fixture
def parquet_dataset(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [
        sample_article(1, published_at="2026-11-20T23:30:00+07:00"),  # 16:30 UTC
        sample_article(2, published_at="2026-11-18T08:00:00+07:00", edition="en", language="en",
                       dateline={"raw": "Gaza, MINA –", "place": "Gaza", "agency": "MINA", "date": "2026-11-17",
                             "hijri": None}),
        sample_article(3, published_at=None, modified_at="2026-11-21T09:00:00.250000+07:00"),
        sample_article(4, published_at="2026-11-21T00:30:00+07:00", category="Ekonomi"),
    ])
    out = tmp_path / "set.parquet"
    build_dataset(source, out)
    return out


def test_times_dates_and_names_have_their_types(parquet_dataset):
    schema = pq.read_schema(parquet_dataset)
    assert schema.field("published_at").type == pa.timestamp("us", tz="+07:00")
    assert schema.field("modified_at").type == pa.timestamp("us", tz="+07:00")
    assert schema.field("fetched_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("discovered_at").type == pa.timestamp("us", tz="UTC")
    assert schema.field("dateline").type.field("date").type == pa.date32()
    assert schema.field("mentioned_dates").type.value_type.field("date").type == pa.date32()
    for name in ("agency", "site", "edition", "language", "category"):
        assert pa.types.is_dictionary(schema.field(name).type), name


def test_pyarrow_reads_instants_in_publication_order(parquet_dataset):
    table = pq.read_table(parquet_dataset)
    published = table.column("published_at").to_pylist()
    assert published[:3] == sorted(published[:3]) and published[3] is None  # undated last
    assert published[1] == datetime(2026, 11, 20, 16, 30, tzinfo=timezone.utc)  # the instant is kept
    window = table.filter((pc.field("published_at") >= pa.scalar(datetime(2026, 11, 20, 17, tzinfo=timezone.utc),
                                                                  pa.timestamp("us", tz="UTC")))
                          & (pc.field("published_at") < pa.scalar(datetime(2026, 11, 22, tzinfo=timezone.utc),
                                                                   pa.timestamp("us", tz="UTC"))))
    assert window.column("title").to_pylist() == ["Berita contoh 4"]
    assert table.column("dateline").combine_chunks().field("date").to_pylist()[0] == date(2026, 11, 17)


def test_duckdb_filters_a_time_range_and_a_date_without_casts(parquet_dataset):
    connection = duckdb.connect()
    connection.execute("SET TimeZone = 'UTC'")
    titles = connection.execute(
        "SELECT title FROM read_parquet(?) WHERE published_at >= TIMESTAMPTZ '2026-11-20 23:00:00+07:00' "
        "AND published_at < TIMESTAMPTZ '2026-11-21 12:00:00+07:00' ORDER BY published_at", [str(parquet_dataset)]
    ).fetchall()
    assert titles == [("Berita contoh 1",), ("Berita contoh 4",)]
    by_date = connection.execute(
        "SELECT title, edition FROM read_parquet(?) WHERE dateline.date = DATE '2026-11-17' "
        "AND fetched_at < TIMESTAMPTZ '2026-11-27 00:00:00Z'", [str(parquet_dataset)]).fetchall()
    assert by_date == [("Berita contoh 2", "en")]
    mentioned = connection.execute(
        "SELECT count(*) FROM read_parquet(?), unnest(mentioned_dates) AS m(d) WHERE d.date < DATE '2026-11-17'",
        [str(parquet_dataset)]).fetchone()
    assert mentioned == (4,)


def test_read_back_as_the_lines_iso_strings(parquet_dataset):
    articles = {article["title"]: article for article in read_dataset(parquet_dataset)}
    assert articles["Berita contoh 1"]["published_at"] == "2026-11-20T23:30:00+07:00"
    assert articles["Berita contoh 1"]["fetched_at"] == "2026-11-26T10:15:00Z"
    assert articles["Berita contoh 3"]["modified_at"] == "2026-11-21T09:00:00.250000+07:00"
    assert articles["Berita contoh 2"]["dateline"]["date"] == "2026-11-17"
    assert articles["Berita contoh 4"]["category"] == "Ekonomi"
