"""Two sites in one OUTPUT_DIR and one Redis database: their state, locks, run files and keys stay apart.

`mina` is the real spider; `kabar` a made-up one (any spider name is a site).
"""

from __future__ import annotations

import fakeredis
import pytest
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawler.datasets.samples import sample_article
from crawler.items import Article
from crawler.runtime.distributed import Frontier, configure, frontier_prefix
from crawler.runtime.runstate import RunState
from pipelines.dedup import DedupPipeline
from pipelines.jsonl import JsonLinesWriterPipeline

SITES = {"mina": "mina_id", "kabar": "kabar_id"}  # spider name -> run label


def export_one(settings: dict, site: str, run_label: str, article: dict):
    """One run of `site` that exports `article`: what its pipelines decide and write."""
    crawler = get_crawler(settings_dict=settings)
    crawler.run_state = RunState.open(crawler.settings, site, run_label)
    crawler.stats.open_spider()
    writer = JsonLinesWriterPipeline.from_crawler(crawler)
    writer.open_spider()
    try:
        written = writer.process_item(DedupPipeline.from_crawler(crawler).process_item(Article(**article)))
    finally:
        writer.close_spider()
    return crawler.run_state, writer.path, written


def test_two_sites_hold_their_own_locks_state_and_run_files(tmp_path):
    settings = {"OUTPUT_DIR": str(tmp_path)}
    article = sample_article(1)  # the same article id in both sites: no clash
    # Both runs hold their locks at once.
    opened = {site: export_one(settings, site, label, {**article, "site": site}) for site, label in SITES.items()}
    for site, (run_state, run_file, written) in opened.items():
        run_state.close()
        assert written["version"] == 1  # new in each site's own state
        assert run_state.lock.path == (tmp_path / "locks" / f"{SITES[site]}.lock").resolve()
        assert run_state.runs_dir == (tmp_path / site).resolve() and run_file.parent == run_state.runs_dir
        assert (tmp_path / "state" / f"{site}.sqlite").is_file()
    # Each site's next run finds its own article known, and no other site's file to record.
    again = RunState.open(Settings(settings), "kabar", "kabar_id")
    assert again.reconciled.recorded == 0 and article["id"] in again.store
    again.close()


def test_two_sites_keep_apart_in_one_redis_database(tmp_path, monkeypatch):
    server = fakeredis.FakeServer()
    client = fakeredis.FakeRedis(server=server)
    monkeypatch.setattr("redis.Redis.from_url", lambda url: fakeredis.FakeRedis(server=server))
    settings = {"OUTPUT_DIR": str(tmp_path), "STATE_URL": "redis://127.0.0.1:6379/0"}
    article = sample_article(1)
    opened = [export_one(settings, site, label, {**article, "site": site}) for site, label in SITES.items()]
    for run_state, _, written in opened:
        assert written["version"] == 1
        run_state.close()
    keys = {key.decode() for key in client.keys("*")}
    assert {f"mina:state:a:{article['id']}", f"kabar:state:a:{article['id']}"} <= keys
    assert all(key.startswith(("mina:state:", "kabar:state:")) for key in keys)
    # The shared frontier of each site's crawl: its own keys, its own seed.
    prefixes = [frontier_prefix(Settings(), site, label) for site, label in SITES.items()]
    assert prefixes == ["mina:crawl:mina_id:", "kabar:crawl:kabar_id:"]
    assert all(Frontier(client, prefix, "host-1").seed() for prefix in prefixes)


@pytest.mark.parametrize("explicit", ["newsroom:", None])
def test_an_explicit_redis_prefix_still_names_every_key(explicit):
    settings = Settings({"REDIS_URL": "redis://127.0.0.1:6379/0", "REDIS_PREFIX": explicit})
    assert configure(settings, "kabar", "kabar_id") == f"{explicit or 'kabar:'}crawl:kabar_id:"
