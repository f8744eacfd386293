"""Redis specifics: the key layout other tools may read, and URLs."""

from __future__ import annotations

import fakeredis

from crawler.state import open_store
from crawler.state.redis import RedisStateStore
from state_helpers import article_id, state


def test_keys_live_under_the_prefix():
    client = fakeredis.FakeRedis()
    store = RedisStateStore(client)
    store.claim(state(1, simhash=0x0123_4567_89AB_CDEF))
    store.set_file_offset("a.jsonl", 5)
    keys = {key.decode() for key in client.keys("*")}
    assert keys == {f"mina:state:a:{article_id(1)}", "mina:state:files", "mina:state:band:0:cdef",
                    "mina:state:band:1:89ab", "mina:state:band:2:4567", "mina:state:band:3:0123"}


def test_prefixes_keep_stores_apart():
    client = fakeredis.FakeRedis()
    RedisStateStore(client, prefix="one:").claim(state(1))
    assert article_id(1) not in RedisStateStore(client, prefix="two:")


def test_membership_sees_other_workers_claims():
    server = fakeredis.FakeServer()
    first = RedisStateStore(fakeredis.FakeRedis(server=server))
    second = RedisStateStore(fakeredis.FakeRedis(server=server))
    assert article_id(1) not in second
    first.claim(state(1))
    assert article_id(1) in second


def test_open_store_reads_redis_urls(monkeypatch):
    monkeypatch.setattr("redis.Redis.from_url", lambda url: fakeredis.FakeRedis())
    assert isinstance(open_store("redis://127.0.0.1:6379/0"), RedisStateStore)
