"""Store contract, on SQLite and Redis: forgetting (by run file, id, time, everything), the summary
`scrapy state show` prints, and the webhook outbox."""

from __future__ import annotations

import fakeredis

from crawler.state import forget_run_files, missing_run_files, reconcile
from crawler.state.base import to_epoch
from crawler.state.redis import RedisStateStore
from state_helpers import article_id, export, state


def test_forgetting_a_run_file_forgets_the_articles_whose_latest_version_it_holds(store):
    export(store, state(1, output_file="a.jsonl"))
    export(store, state(2, output_file="a.jsonl"))
    export(store, state(2, version=2, body="new", output_file="b.jsonl"))
    export(store, state(3, output_file="b.jsonl"))
    assert sorted(store.run_files()) == ["a.jsonl", "b.jsonl"]

    forgotten = store.forget_files(["b.jsonl"])

    assert sorted((s.id, s.version) for s in forgotten) == sorted([(article_id(2), 2), (article_id(3), 1)])
    assert article_id(1) in store and article_id(2) not in store and article_id(3) not in store
    assert store.decide(article_id(3), "x" * 40, None).action == "new"
    assert store.run_files() == ["a.jsonl"]


def test_forget_by_id_and_by_first_seen(store):
    export(store, state(1, seen_at="2026-01-01T00:00:00Z"))
    export(store, state(2, seen_at="2026-03-01T00:00:00Z"))
    export(store, state(3, seen_at="2026-05-01T00:00:00Z"))
    assert store.forget_ids([article_id(1), article_id(9)]) == 1
    assert store.forget_since(to_epoch("2026-04-01T00:00:00Z")) == 1
    assert [n for n in (1, 2, 3) if article_id(n) in store] == [2]


def test_summary_counts_articles_per_run_file_and_the_outbox(store):
    export(store, state(1, output_file="mina_id_20260101T000000Z.jsonl"))
    export(store, state(2, output_file="mina_id_20260101T000000Z.jsonl"))
    export(store, state(3, output_file="mina_en_20260101T000000Z.jsonl"))
    store.mark_not_article(article_id(7))
    store.outbox_add("k", {"id": "x"})
    store.flush()
    summary = store.summary()
    assert summary.articles == 3 and summary.not_articles == 1 and summary.outbox == 1
    assert summary.articles_per_file == {"mina_id_20260101T000000Z.jsonl": 2, "mina_en_20260101T000000Z.jsonl": 1}
    assert summary.size


def test_reset_forgets_everything(store):
    export(store, state(1))
    store.mark_not_article(article_id(2))
    store.outbox_add("k", {"id": "x"})
    store.set_file_offset("run_1.jsonl", 10)
    store.reset()
    assert article_id(1) not in store and not store.is_not_article(article_id(2))
    assert store.outbox_count() == 0 and store.run_files() == [] and store.file_offsets() == {}


def test_the_outbox_keeps_notifications_in_order_until_removed(open_stores):
    store = open_stores()
    for n in range(3):
        store.outbox_add(f"{article_id(n)}:1", {"id": article_id(n), "version": 1})
    store.outbox_add(f"{article_id(0)}:1", {"id": "a later copy keeps the first place"})
    store.outbox_remove([f"{article_id(1)}:1"])
    store.close()
    reopened = open_stores()  # durable: another connection (a later run) sees them
    assert [payload["id"] for _, payload in reopened.outbox_pending()] == [article_id(0), article_id(2)]
    assert reopened.outbox_count() == 2


def test_missing_run_files_are_those_the_store_refers_to_that_are_gone(store, tmp_path):
    runs = tmp_path / "mina"
    runs.mkdir()
    (runs / "a.jsonl").write_text("")
    export(store, state(1, output_file="a.jsonl"))
    export(store, state(2, output_file="b.jsonl"))
    export(store, state(3, output_file="c.jsonl"))
    assert missing_run_files(store, runs) == ["b.jsonl", "c.jsonl"]
    assert missing_run_files(store, runs, skip=lambda name: name == "c.jsonl") == ["b.jsonl"]


def test_forgetting_a_later_version_reads_earlier_ones_back_from_the_remaining_files(store, tmp_path):
    runs = tmp_path / "mina"
    runs.mkdir()
    line = ('{"id": "%s", "version": 1, "content_hash": "%s", "body": "b", "fetched_at": "2026-01-01T00:00:00Z"}\n'
            % (article_id(1), "ab" * 20))
    (runs / "a.jsonl").write_text(line)
    assert reconcile(store, runs).recorded == 1
    export(store, state(1, version=2, body="new", output_file="b.jsonl"))  # b.jsonl then deleted

    forgotten = forget_run_files(store, runs, missing_run_files(store, runs))
    assert forgotten.articles == 1 and forgotten.files == ["b.jsonl"]
    reconcile(store, runs)
    assert store.get(article_id(1)).version == 1  # the next change is exported as version 2, not a second 1


def test_redis_names_only_this_hosts_run_files():
    server = fakeredis.FakeServer()
    here = RedisStateStore(fakeredis.FakeRedis(server=server), "t:")
    there = RedisStateStore(fakeredis.FakeRedis(server=server), "t:", host="another-host")
    export(here, state(1, output_file="here.jsonl"))
    export(there, state(2, output_file="there.jsonl"))
    assert here.run_files() == ["here.jsonl"] and there.run_files() == ["there.jsonl"]
