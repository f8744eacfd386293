"""Redis specifics: the key layout other tools may read, URLs, and pending claims."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import fakeredis
import pytest

from crawler.state import open_store
from crawler.state.redis import RedisStateStore
from state_helpers import article_id, export, state


def test_keys_live_under_the_prefix():
    client = fakeredis.FakeRedis()
    store = RedisStateStore(client, "mina:state:")
    export(store, state(1, simhash=0x0123_4567_89AB_CDEF))
    store.set_file_offset("a.jsonl", 5)
    keys = {key.decode() for key in client.keys("*")}
    assert keys == {f"mina:state:a:{article_id(1)}", "mina:state:files", "mina:state:file_hosts",
                    "mina:state:band:0:cdef",
                    "mina:state:band:1:89ab", "mina:state:band:2:4567", "mina:state:band:3:0123"}


def test_prefixes_keep_stores_apart():
    client = fakeredis.FakeRedis()
    RedisStateStore(client, prefix="one:").claim(state(1))
    assert article_id(1) not in RedisStateStore(client, prefix="two:")


def test_membership_sees_other_workers_claims():
    server = fakeredis.FakeServer()
    first = RedisStateStore(fakeredis.FakeRedis(server=server), "t:")
    second = RedisStateStore(fakeredis.FakeRedis(server=server), "t:")
    assert article_id(1) not in second
    first.claim(state(1))
    assert article_id(1) in second


def test_open_store_reads_redis_urls_and_keeps_keys_under_the_setup_prefix(monkeypatch):
    client = fakeredis.FakeRedis()
    monkeypatch.setattr("redis.Redis.from_url", lambda url: client)
    with pytest.raises(ValueError, match="prefix"):
        open_store("redis://127.0.0.1:6379/0")
    export(open_store("redis://127.0.0.1:6379/0", "newsroom-b:"), state(1))
    assert {key.decode() for key in client.keys("*")} >= {f"newsroom-b:state:a:{article_id(1)}"}
    assert all(key.startswith(b"newsroom-b:state:") for key in client.keys("*"))


def two_workers(claim_ttl: float = 30.0) -> tuple[fakeredis.FakeRedis, RedisStateStore, RedisStateStore]:
    client = fakeredis.FakeRedis()
    return (client, RedisStateStore(client, "mina:state:", worker="host-1", claim_ttl=claim_ttl),
            RedisStateStore(client, "mina:state:", worker="host-2", claim_ttl=claim_ttl))


def test_a_claim_is_pending_until_confirmed():
    client, first, second = two_workers()
    assert first.claim(state(1))
    assert client.hget(f"mina:state:p:{article_id(1)}", "w") == b"host-1"
    assert not client.exists(f"mina:state:a:{article_id(1)}")
    assert not second.claim(state(1))  # a live pending claim holds the version
    assert article_id(1) in second and second.get(article_id(1)).version == 1
    assert first.confirm(state(1))
    assert not client.exists(f"mina:state:p:{article_id(1)}")
    assert client.hget(f"mina:state:a:{article_id(1)}", "v") == b"1"


def wait_until_gone(client: fakeredis.FakeRedis, key: str) -> None:
    deadline = time.monotonic() + 5
    while client.exists(key):
        assert time.monotonic() < deadline, f"{key} never expired"
        time.sleep(0.02)


def test_a_claim_never_confirmed_is_released():
    """The claimer died between its claim and its line: another worker exports the version."""
    client, dead, alive = two_workers(claim_ttl=0.05)
    assert dead.claim(state(1))
    wait_until_gone(client, f"mina:state:p:{article_id(1)}")
    assert article_id(1) not in alive
    assert alive.decide(article_id(1), state(1).content_hash, None).action == "new"
    assert alive.claim(state(1)) and alive.confirm(state(1))
    assert alive.get(article_id(1)).version == 1


def test_a_late_confirm_still_wins_when_nobody_took_over():
    client, slow, _ = two_workers(claim_ttl=0.05)
    assert slow.claim(state(1))
    wait_until_gone(client, f"mina:state:p:{article_id(1)}")
    assert slow.confirm(state(1))
    assert client.hget(f"mina:state:a:{article_id(1)}", "v") == b"1"


def test_a_confirm_fails_once_another_worker_took_the_claim_over():
    client, slow, fast = two_workers(claim_ttl=0.05)
    assert slow.claim(state(1))
    wait_until_gone(client, f"mina:state:p:{article_id(1)}")
    assert fast.claim(state(1))
    assert not slow.confirm(state(1))
    assert fast.confirm(state(1))


def test_a_line_found_in_the_log_is_recorded_over_a_pending_claim():
    """Killed after its write, before its confirm: reconciliation of its run file makes the claim final."""
    client, dead, restarted = two_workers()
    assert dead.claim(state(1))
    assert restarted.record(state(1))
    assert not client.exists(f"mina:state:p:{article_id(1)}")
    assert client.hget(f"mina:state:a:{article_id(1)}", "v") == b"1"
    assert not restarted.record(state(1))


def dead_process_id() -> str:
    """The worker id a process of this machine had: it has exited (and been reaped)."""
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    return f"{socket.gethostname()}-{finished.stdout.strip()}"


def test_a_dead_local_workers_claim_is_released_at_once():
    """Killed between its claim and its line, then restarted at once: the article is not known, and is exported."""
    client = fakeredis.FakeRedis()
    dead = RedisStateStore(client, "mina:state:", worker=dead_process_id())
    assert dead.claim(state(1)) and dead.claim(state(2)) and dead.claim(state(3))
    restarted = RedisStateStore(client, "mina:state:")
    assert article_id(1) not in restarted
    assert restarted.get(article_id(2)) is None
    assert restarted.claim(state(3)) and restarted.confirm(state(3))
    assert client.hget(f"mina:state:a:{article_id(3)}", "v") == b"1"
    assert not client.exists(f"mina:state:p:{article_id(1)}") and not client.exists(f"mina:state:p:{article_id(2)}")


def test_claims_of_live_or_remote_workers_hold_until_they_expire():
    client = fakeredis.FakeRedis()
    here = socket.gethostname()
    RedisStateStore(client, "mina:state:", worker=f"{here}-{os.getppid()}").claim(state(1))  # alive
    RedisStateStore(client, "mina:state:", worker=f"other-{dead_process_id().rpartition('-')[2]}").claim(state(2))
    RedisStateStore(client, "mina:state:", worker=f"{here}-0").claim(state(3))  # not a process
    reader = RedisStateStore(client, "mina:state:")
    for number in (1, 2, 3):
        assert article_id(number) in reader and reader.get(article_id(number)) is not None
        assert not reader.claim(state(number))
