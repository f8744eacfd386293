"""The dataset card beside a built file."""

from __future__ import annotations

import hashlib
import json
from datetime import date

from crawler.datasets.build import build_dataset
from crawler.datasets.card import card_data, card_markdown, card_paths, write_card
from crawler.datasets.filters import Filters
from crawler.datasets.samples import sample_article

from dataset_runs import other_site_article, write_run


def test_card_describes_the_build(tmp_path):
    source = tmp_path / "output"
    write_run(source, "mina_id_en_20261125T100000Z.jsonl", [
        sample_article(1, fetched_at="2026-11-25T10:00:00Z", published_at="2026-11-20T08:00:00+07:00"),
        sample_article(1, version=2, fetched_at="2026-11-25T12:00:00Z", published_at="2026-11-20T08:00:00+07:00"),
        sample_article(2, edition="en", language="en", fetched_at="2026-11-24T09:00:00Z",
                       published_at="2026-11-18T01:00:00Z"),
        sample_article(3, duplicate_of=sample_article(1)["id"]),
        sample_article(4, published_at="2026-10-01T08:00:00+07:00"),
        b"not json\n",
    ])
    out = tmp_path / "set.parquet"
    filters = Filters(since=date(2026, 11, 1))
    report = build_dataset(source, out, filters)
    card = card_data(report, filters, all_versions=False, keep_duplicates=False,
                     command="scrapy dataset build --from output --out set.parquet --since 2026-11-01")
    markdown_path, json_path = write_card(card, out)
    assert (markdown_path, json_path) == card_paths(out) == (tmp_path / "set.parquet.card.md",
                                                             tmp_path / "set.parquet.card.json")
    saved = json.loads(json_path.read_text(encoding="utf-8"))
    assert saved["source"] == {"sites": {"mina": {
        "agency": "MINA", "editions": {"id": "https://minanews.net", "en": "https://en.minanews.net"},
        "hosts": ["en.minanews.net", "minanews.net"]}}}
    assert saved["crawl_window"] == {"first_fetched_at": "2026-11-24T09:00:00Z", "last_fetched_at": "2026-11-25T12:00:00Z"}
    assert saved["publication_window"]["first_published_at"] == "2026-11-18T08:00:00+07:00"
    assert saved["publication_window"]["last_published_at"] == "2026-11-20T08:00:00+07:00"
    assert saved["counts"] == {"articles": 2, "per_site": {"mina": {"id": 1, "en": 1}}, "duplicates_excluded": 1,
                               "versions_collapsed": 1, "filtered_out": 1, "corrupt_lines_skipped": 1,
                               "valid_input_lines": 5, "run_files": 1}
    assert saved["schema"] == {"version": 2, "json_schema": "article.schema.json"}
    assert saved["checksums"] == {"set.parquet": {"sha256": hashlib.sha256(out.read_bytes()).hexdigest()}}
    assert saved["selection"]["filters"] == {"since": "2026-11-01"}
    assert saved["built"]["command"].endswith("--since 2026-11-01")
    assert saved["licence"] == "Content © MINA; check each agency's terms before redistribution."
    markdown = markdown_path.read_text(encoding="utf-8")
    for expected in ("# Dataset card: set.parquet", "News articles of MINA (`mina`)",
                     "articles from en.minanews.net, minanews.net; editions `id` (https://minanews.net), "
                     "`en` (https://en.minanews.net)", "Articles: 2 (mina: id 1, en 1)",
                     "Near-copies excluded: 1", "Corrupt or partial input lines skipped: 1", "since = 2026-11-01",
                     "JSON Schema file `article.schema.json`", saved["checksums"]["set.parquet"]["sha256"],
                     "scrapy dataset build --from output", saved["licence"]):
        assert expected in markdown


def test_card_names_each_site_and_the_hosts_its_articles_came_from(tmp_path):
    """A site without a profile (here `kabar`, a made-up one) still gets its editions, hosts and counts."""
    source = tmp_path / "output"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1)])
    write_run(source, "kabar_id_20261125T100000Z.jsonl", [other_site_article(2, url="https://www.kabar.example/2")],
              site="kabar")
    out = tmp_path / "set.jsonl"
    report = build_dataset(source, out)
    card = card_data(report, Filters(), all_versions=False, keep_duplicates=False, command="scrapy dataset build")
    assert card["source"]["sites"] == {
        "kabar": {"agency": None, "editions": {"id": None}, "hosts": ["kabar.example"]},
        "mina": {"agency": "MINA", "editions": {"id": "https://minanews.net"}, "hosts": ["minanews.net"]},
    }
    assert card["counts"]["per_site"] == {"kabar": {"id": 1}, "mina": {"id": 1}}


def test_a_sandbox_crawl_does_not_claim_the_real_site_as_its_source(tmp_path):
    source = tmp_path / "output"
    url = "http://127.0.0.1:8000/berita-contoh-1"
    write_run(source, "mina_id_20261125T100000Z.jsonl", [sample_article(1, url=url, canonical_url=url)])
    out = tmp_path / "demo.jsonl"
    card = card_data(build_dataset(source, out), Filters(), all_versions=False, keep_duplicates=False, command="")
    assert card["source"]["sites"]["mina"]["hosts"] == ["127.0.0.1"]
    markdown = card_markdown(card)
    assert "- `mina`: articles from 127.0.0.1; editions `id` (profile root https://minanews.net, no article from it)" \
        in markdown
    assert "(https://minanews.net)" not in markdown
