"""Merging runs: versions, near-copies, order, filters, bad lines; the result does not depend on chunking."""

from __future__ import annotations

from datetime import date

import orjson
import pytest

from crawler.datasets.build import build_dataset
from crawler.datasets.filters import Filters
from crawler.datasets.formats import read_dataset
from crawler.datasets.samples import sample_article

from dataset_runs import other_site_article, write_run


def build(source, tmp_path, **options):
    out = tmp_path / "dataset.jsonl"
    problems = []
    report = build_dataset(source, out, on_problem=problems.append, **options)
    return list(read_dataset(out)), report, problems


def keys(articles):
    return [(a["id"], a["version"]) for a in articles]


@pytest.fixture
def versioned_runs(tmp_path):
    """Article 1 in versions 1, 2 (twice: the later fetch wins) over two runs; article 2 once."""
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [
        sample_article(1, version=1, title="v1"),
        sample_article(2),
        sample_article(1, version=2, title="v2 early", fetched_at="2026-11-25T10:00:00Z"),
    ])
    write_run(source, "mina_id_20261126T100000Z.jsonl", [
        sample_article(1, version=2, title="v2 late", fetched_at="2026-11-26T11:00:00Z"),
    ])
    return source


def test_latest_version_of_each_article_once(versioned_runs, tmp_path):
    articles, report, _ = build(versioned_runs, tmp_path)
    by_id = {a["id"]: a for a in articles}
    assert len(articles) == 2 == len(by_id)
    assert by_id[sample_article(1)["id"]]["title"] == "v2 late"  # highest version, then latest fetched_at
    assert report.versions_collapsed == 2
    assert report.valid_lines == 4


def test_version_tie_goes_to_the_latest_fetch_even_in_an_earlier_file(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1, title="late", fetched_at="2026-11-27T00:00:00Z")])
    write_run(source, "mina_id_20261126T100000Z.jsonl", [sample_article(1, title="early", fetched_at="2026-11-26T00:00:00Z")])
    articles, _, _ = build(source, tmp_path)
    assert [a["title"] for a in articles] == ["late"]


def test_all_versions_keeps_each_version_once(versioned_runs, tmp_path):
    articles, report, _ = build(versioned_runs, tmp_path, all_versions=True)
    first = sample_article(1)["id"]
    assert sorted(keys(a for a in articles if a["id"] == first)) == [(first, 1), (first, 2)]
    assert [a["title"] for a in articles if a["id"] == first and a["version"] == 2] == ["v2 late"]
    assert len(articles) == 3 and report.versions_collapsed == 1


def test_near_copies_are_excluded_unless_kept(tmp_path):
    source = tmp_path / "output"
    original = sample_article(1)
    write_run(source, "mina_id_20261125T100000Z.jsonl", [original, sample_article(2, duplicate_of=original["id"])])
    articles, report, _ = build(source, tmp_path)
    assert [a["id"] for a in articles] == [original["id"]]
    assert report.duplicates_excluded == 1
    kept, report, _ = build(source, tmp_path, keep_duplicates=True)
    assert len(kept) == 2 and report.duplicates_excluded == 0


def test_a_near_copy_verdict_follows_the_chosen_version(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [
        sample_article(1, version=1, duplicate_of="0123456789abcdef"),
        sample_article(1, version=2, duplicate_of=None),
    ])
    articles, _, _ = build(source, tmp_path)
    assert keys(articles) == [(sample_article(1)["id"], 2)]


def test_sorted_by_publication_instant_then_id_with_undated_last(tmp_path):
    source = tmp_path / "output"
    same_time = "2026-11-20T10:00:00+07:00"
    lines = [
        sample_article(1, published_at=None),
        sample_article(2, published_at="2026-11-20T03:30:00Z"),  # 10:30 WIB: after 10:00 WIB
        sample_article(3, published_at=same_time),
        sample_article(4, published_at=same_time),
        sample_article(5, published_at="2026-11-19T23:00:00+07:00"),
        sample_article(6, published_at=None),
    ]
    write_run(source, "mina_id_20261125T100000Z.jsonl", lines)
    articles, report, _ = build(source, tmp_path)
    tied = sorted([sample_article(3)["id"], sample_article(4)["id"]])
    undated = sorted([sample_article(1)["id"], sample_article(6)["id"]])
    assert [a["id"] for a in articles] == [sample_article(5)["id"], *tied, sample_article(2)["id"], *undated]
    assert report.undated == 2
    assert report.first_published_at == "2026-11-19T23:00:00+07:00"
    assert report.last_published_at == "2026-11-20T10:30:00+07:00"


@pytest.fixture
def mixed_runs(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_en_ar_20261125T100000Z.jsonl", [
        sample_article(1, published_at="2026-11-09T23:59:00+07:00"),
        sample_article(2, published_at="2026-11-09T17:30:00Z"),  # 10 Nov 00:30 WIB
        sample_article(3, published_at="2026-11-12T23:59:59+07:00", edition="en", language="en"),
        sample_article(4, published_at="2026-11-13T00:00:00+07:00", edition="ar", language="ar"),
        sample_article(5, published_at=None),
        sample_article(6, category="Ekonomi", category_path=["ekonomi"]),
        sample_article(7, category="Berita Utama", category_path=["nasional", "jabodetabek"]),
    ])
    return source


def numbers(articles):
    ids = {sample_article(n, edition=e)["id"]: n for n in range(1, 8) for e in ("id", "en", "ar")}
    return sorted(ids[a["id"]] for a in articles)


@pytest.mark.parametrize(("filters", "expected"), [
    (Filters(since=date(2026, 11, 10), until=date(2026, 11, 12)), [2, 3]),  # inclusive days in WIB
    (Filters(since=date(2026, 11, 13)), [4, 6, 7]),
    (Filters(until=date(2026, 11, 9)), [1]),
    (Filters(edition="en"), [3]),
    (Filters(category="ekonomi"), [6]),  # the name, case-insensitive
    (Filters(category="JABODETABEK"), [7]),  # a slug of category_path
    (Filters(category="asia"), [1, 2, 3, 4, 5]),
    (Filters(category="berita utama", edition="id"), [7]),
    (Filters(category="olahraga"), []),
])
def test_filters(mixed_runs, tmp_path, filters, expected):
    articles, report, _ = build(mixed_runs, tmp_path, filters=filters)
    assert numbers(articles) == expected
    assert report.filtered_out == 7 - len(expected)


def test_corrupt_and_partial_lines_are_reported_with_file_and_line_and_skipped(tmp_path):
    source = tmp_path / "output"
    missing_body = sample_article(3)
    del missing_body["body"]
    path = write_run(source, "mina_id_20261125T100000Z.jsonl", [
        sample_article(1),
        b'{"id": "0123456789abcdef", "title": \n',  # corrupt
        b"\n",  # blank lines are not articles and not errors
        orjson.dumps(missing_body) + b"\n",  # valid JSON, not a valid article
        b"[1, 2]\n",
        sample_article(2),
        orjson.dumps(sample_article(4))[:40],  # partial: a crash cut the last line short
    ])
    articles, report, problems = build(source, tmp_path)
    assert numbers(articles) == [1, 2]
    assert [(p.path, p.line) for p in problems] == [(path, 2), (path, 4), (path, 5), (path, 7)]
    assert "body" in problems[1].reason
    assert "partial" in problems[3].reason
    assert str(problems[0]).startswith(f"{path}:2: corrupt line")
    assert report.corrupt_lines == 4


def test_offsets_stay_right_after_crlf_and_non_ascii_lines(tmp_path):
    source = tmp_path / "output"
    arabic = sample_article(1, title="عنوان الخبر", edition="ar", language="ar")
    write_run(source, "mina_ar_20261125T100000Z.jsonl", [orjson.dumps(arabic) + b"\r\n", sample_article(2)])
    articles, _, _ = build(source, tmp_path)
    assert articles[0] == arabic or articles[1] == arabic
    assert len(articles) == 2


def test_small_chunks_give_the_same_dataset(tmp_path):
    source = tmp_path / "output"
    for run in range(3):
        write_run(source, f"mina_id_2026112{run}T100000Z.jsonl", [
            sample_article(n, version=run + 1, fetched_at=f"2026-11-2{run}T10:00:00Z",
                           published_at=f"2026-11-{1 + n % 28:02d}T08:00:00+07:00",
                           duplicate_of="0123456789abcdef" if n % 17 == 0 else None)
            for n in range(run * 40, 200)
        ])
    whole = tmp_path / "whole.jsonl"
    chunked = tmp_path / "chunked.jsonl"
    expected = build_dataset(source, whole)
    report = build_dataset(source, chunked, chunk_records=16)
    assert chunked.read_bytes() == whole.read_bytes()
    assert vars(report) | {"output": None} == vars(expected) | {"output": None}
    assert report.articles == 200 - len(range(0, 200, 17))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chunked.jsonl", "output", "whole.jsonl"]  # no temp files


def test_no_run_files_gives_an_empty_dataset(tmp_path):
    articles, report, _ = build(tmp_path, tmp_path)
    assert articles == [] and report.articles == 0 and report.first_fetched_at is None


def test_runs_of_several_sites_and_the_site_filter(tmp_path):
    """Runs of two sites under one OUTPUT_DIR; a line of no known site (`site` null) is its folder's."""
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1), sample_article(2)])
    write_run(source, "kabar_id_20261125T100000Z.jsonl", [other_site_article(4), other_site_article(3, site=None)],
              site="kabar")
    articles, report, _ = build(source, tmp_path)
    assert numbers(articles) == [1, 2, 3, 4]
    assert {site: dict(editions) for site, editions in report.per_site.items()} == {"mina": {"id": 2},
                                                                                     "kabar": {"id": 2}}
    assert dict(report.hosts["kabar"]) == {"kabar.example": 2}
    for sites, expected in ((("kabar",), [3, 4]), (("mina",), [1, 2]), (("mina", "kabar"), [1, 2, 3, 4]),
                            (("other",), [])):
        articles, report, _ = build(source, tmp_path, filters=Filters(sites=sites))
        assert numbers(articles) == expected, sites
        assert set(report.per_site) == set(sites) & {"mina", "kabar"}


@pytest.mark.parametrize("out_name", ["dataset.jsonl", "dataset.csv", "dataset.parquet"])
def test_lines_written_before_the_site_field_take_the_site_of_their_run_folder(tmp_path, out_name):
    """A schema-1 line without `site` (as written before articles named their site) is read, not skipped."""
    source = tmp_path / "output"
    old_line = {name: value for name, value in sample_article(1, site="antara", schema_version=1).items()
                if name != "site"}
    write_run(source, "antara_id_20250101T000000Z.jsonl", [old_line], site="antara")
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(2)])
    out = tmp_path / out_name
    problems = []
    report = build_dataset(source, out, on_problem=problems.append)
    articles = list(read_dataset(out))
    assert problems == [] and report.articles == 2 and set(report.per_site) == {"antara", "mina"}
    assert {article["title"]: article["site"] for article in articles} == {"Berita contoh 1": "antara",
                                                                           "Berita contoh 2": "mina"}
    assert list(articles[0])[:5] == ["schema_version", "id", "url", "canonical_url", "site"]
    assert build_dataset(source, out, Filters(sites=("antara",))).articles == 1
